package cn.gongkai.gateway;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.storage.Database;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API: health, search and one disclosure (contract, "HTTP routes"). */
final class ApiHandlers {
    private final Corpus corpus;
    private final Database db;

    ApiHandlers(Corpus corpus) {
        this(corpus, null);
    }

    /** With {@code db} (may be null), health reports disk trouble: full, reserve used, journal waiting. */
    ApiHandlers(Corpus corpus, Database db) {
        this.corpus = corpus;
        this.db = db;
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("documents", corpus.size());
        if (db != null) {
            Database.DiskStatus d = db.diskStatus();
            // Still 200: the service answers; "degraded" tells the monitor a person must free space.
            body.put("status", d.trouble() ? "degraded" : "ok");
            Map<String, Object> disk = new LinkedHashMap<>();
            disk.put("full", d.full());
            disk.put("reserve_in_place", d.reserveInPlace());
            disk.put("journal_pending", d.journalPending());
            disk.put("free_bytes", d.usableBytes());
            body.put("disk", disk);
        }
        Json.send(ctx, 200, body);
    }

    void search(Context ctx) {
        int limit = intParam(ctx, "limit", 10);
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new BadRequestResponse("limit 应在 1 到 " + SearchRequest.MAX_LIMIT + " 之间");
        }
        int offset = intParam(ctx, "offset", 0);
        String q = ctx.queryParam("q");
        if (offset < 0 || offset > 10_000) {
            throw new BadRequestResponse("offset 应在 0 到 10000 之间");
        }
        SearchRequest request = new SearchRequest(q == null ? "" : q, ctx.queryParam("village"),
                ctx.queryParam("category"), ctx.queryParam("type"), dateParam(ctx, "from"), dateParam(ctx, "to"),
                offset, limit).withBody(bodyParam(ctx));
        SearchResult result = corpus.search().search(request);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            hits.add(hit(h, corpus.bodies()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("hits", hits);
        Json.send(ctx, 200, body);
    }

    void disclosure(Context ctx) {
        String id = ctx.pathParam("id");
        var found = corpus.get(id);
        if (found.isEmpty()) {
            Json.send(ctx, 404, Map.of("error", "没有这条公开信息: " + id));
            return;
        }
        Disclosure d = found.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", d.id());
        body.put("title", d.title());
        body.put("doc_no", d.docNo());
        body.put("index_no", d.indexNo());
        body.put("agency", d.agency());
        body.put("body_id", d.bodyId());
        body.put("body_short", corpus.bodies().shortName(d.bodyId()));
        body.put("category", d.category());
        body.put("type", d.type());
        body.put("published", d.published());
        body.put("written", d.written());
        body.put("repealed", d.repealed());
        body.put("in_force", d.inForceOn(java.time.LocalDate.now()));
        body.put("villages", d.villages());
        body.put("summary", d.summary());
        body.put("lead", d.lead());
        body.put("body", d.body());
        Json.send(ctx, 200, body);
    }

    /**
     * {@code body=ID}: only that body's documents. An unknown id is a 400 that lists none of the
     * ids (the caller may be anyone); on a single-body home its own id filters nothing.
     */
    private String bodyParam(Context ctx) {
        String b = ctx.queryParam("body");
        if (b == null || b.isBlank()) {
            return null;
        }
        var bodies = corpus.bodies();
        var found = bodies.find(b);
        if (found.isEmpty()) {
            throw new BadRequestResponse("没有这个公开主体: " + b.strip());
        }
        return bodies.single() ? null : found.get().id();
    }

    private static Map<String, Object> hit(SearchHit h, cn.gongkai.bodies.Bodies bodies) {
        Disclosure d = h.disclosure();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("category", d.category());
        m.put("type", d.type());
        m.put("published", d.published());
        m.put("written", d.written());
        m.put("village", String.join("、", d.villages()));
        m.put("villages", d.villages());
        m.put("in_force", h.inForce());
        m.put("repealed", d.repealed());
        m.put("summary", d.summary());
        m.put("lead", d.lead());
        m.put("snippet", h.snippet());
        m.put("highlights", h.highlights());
        m.put("body_id", d.bodyId());
        m.put("body_short", bodies.shortName(d.bodyId()));
        return m;
    }

    private static java.time.LocalDate dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestResponse(name + " 应为日期, 如 2025-10-09");
        }
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " 应为整数");
        }
    }
}
