package cn.gongkai.gateway;

import cn.gongkai.app.Records;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.corpus.Snapshots;
import cn.gongkai.hall.StaffCalls;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.ops.ClientAddress;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.DeliveryWanted;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.terminals.Submissions;
import cn.gongkai.terminals.Terminals;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API a remote kiosk uses ({@code /api/kiosk/...}): what the kiosk's screens need and
 * nothing else. Every call carries {@code Authorization: Bearer TOKEN}; {@link #guard} checks it
 * before any handler runs. Search, pickup codes, inquiries and requests go through the same
 * services as every other channel; what a kiosk sends carries an id made on the kiosk, written
 * once however often it is sent.
 */
public final class KioskApi {
    public static final String PREFIX = "/api/kiosk";
    static final String GENERATION_HEADER = "X-Gongkai-Generation";
    private static final String TERMINAL = "gongkai.kiosk";

    private final Corpus corpus;
    private final Records records;
    private final Terminals terminals;
    private final ClientAddress clients;

    /** Behind a proxy on this machine (the shipped nginx), or none. */
    public KioskApi(Corpus corpus, Records records) {
        this(corpus, records, ClientAddress.loopbackProxy());
    }

    /** @param clients whose {@code X-Forwarded-For} names the real client (the trusted proxies) */
    public KioskApi(Corpus corpus, Records records, ClientAddress clients) {
        this.corpus = corpus;
        this.records = records;
        this.terminals = new Terminals(records.database(), records.clock());
        this.clients = clients;
    }

    void routes(io.javalin.config.RoutesConfig r) {
        r.beforeMatched(this::guard);
        r.get(PREFIX + "/hello", this::hello, Access.KIOSK);
        r.get(PREFIX + "/search", this::search, Access.KIOSK);
        r.get(PREFIX + "/latest", this::latest, Access.KIOSK);
        r.get(PREFIX + "/disclosures/{id}", this::disclosure, Access.KIOSK);
        r.get(PREFIX + "/pickup/{code}", this::pickup, Access.KIOSK);
        r.get(PREFIX + "/snapshot", this::snapshot, Access.KIOSK);
        r.post(PREFIX + "/inquiries", this::inquiry, Access.KIOSK);
        r.post(PREFIX + "/feedback", this::feedback, Access.KIOSK);
        r.post(PREFIX + "/requests", this::request, Access.KIOSK);
        r.post(PREFIX + "/calls", this::call, Access.KIOSK);
        r.get(PREFIX + "/calls/{id}", this::callState, Access.KIOSK);
        r.post(PREFIX + "/calls/{id}/phone-shown", this::phoneShown, Access.KIOSK);
    }

    /** Only a registered, unrevoked kiosk gets past; a refusal is audited (the address, never the token). */
    void guard(Context ctx) {
        if (!ctx.path().startsWith(PREFIX + "/")) {
            return;
        }
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : null;
        String from = clients.of(ctx.req().getRemoteAddr(), headers(ctx, "X-Forwarded-For"),
                headers(ctx, "X-Real-IP"));
        var t = terminals.authenticate(token, from);
        if (t.isEmpty()) {
            terminals.refused(from, ctx.path());
            throw new HttpResponseException(401, "自助机令牌无效或已停用");
        }
        ctx.attribute(TERMINAL, t.get());
    }

    private static List<String> headers(Context ctx, String name) {
        return java.util.Collections.list(ctx.req().getHeaders(name));
    }

    private static Terminals.Terminal terminal(Context ctx) {
        return ctx.attribute(TERMINAL);
    }

    void hello(Context ctx) {
        Terminals.Terminal t = terminal(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", t.name());
        body.put("hall", t.hall());
        body.put("generation", Snapshots.name(corpus.generation()));
        body.put("documents", corpus.size());
        Json.send(ctx, 200, body);
    }

    void search(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 10_000);
        int limit = intParam(ctx, "limit", 10, SearchRequest.MAX_LIMIT);
        String q = ctx.queryParam("q");
        results(ctx, corpus.search().search(SearchRequest.of(q == null ? "" : q).page(offset, limit)));
    }

    void latest(Context ctx) {
        int limit = intParam(ctx, "limit", SearchRequest.MAX_LIMIT, SearchRequest.MAX_LIMIT);
        String category = ctx.queryParam("category");
        results(ctx, corpus.search().latest(null, category == null || category.isBlank() ? null : category, limit));
    }

    private void results(Context ctx, SearchResult r) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, Object> m = disclosure(h.disclosure());
            m.put("in_force", h.inForce());
            m.put("snippet", h.snippet());
            hits.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("village", r.village());
        body.put("terms", r.terms());
        body.put("hits", hits);
        ctx.header(GENERATION_HEADER, Snapshots.name(corpus.generation()));
        Json.send(ctx, 200, body);
    }

    void disclosure(Context ctx) {
        send(ctx, corpus.get(ctx.pathParam("id")).orElse(null));
    }

    void pickup(Context ctx) {
        String code = ctx.pathParam("code");
        send(ctx, code.matches("\\d{1,12}") ? records.pickupCodes().resolve(code).flatMap(corpus::get).orElse(null) : null);
    }

    private static void send(Context ctx, Disclosure d) {
        if (d == null) {
            Json.send(ctx, 404, Map.of("error", "没有这条公开信息"));
        } else {
            Json.send(ctx, 200, disclosure(d));
        }
    }

    /** The generation in use as one zip; the kiosk keeps it for reading offline. */
    void snapshot(Context ctx) throws IOException {
        var gen = corpus.generation();
        ctx.attribute(Json.ANSWERED, Boolean.TRUE);
        ctx.header(GENERATION_HEADER, Snapshots.name(gen));
        ctx.contentType("application/zip");
        Snapshots.write(gen, records.config(), ctx.outputStream());
    }

    void inquiry(Context ctx) {
        JsonNode b = body(ctx);
        Terminals.Terminal t = terminal(ctx);
        String id = submission(b);
        List<String> ids = new ArrayList<>();
        b.path("result_ids").forEach(n -> ids.add(n.asText()));
        String text = text(b, "text", 200, true);
        String category = text(b, "category", 60, false);
        Instant at = madeAt(b);
        String what = b.path("what").asText("");
        String kind = what.equals("SEARCH") || what.equals("VIEW") ? what : null; // older kiosks do not say
        NewInquiry q = new NewInquiry(InquiryChannel.KIOSK, at, null, text, ids, ids.isEmpty(), null,
                "kiosk-" + id, null, category);
        Submissions.Outcome o = records.database().write(tx -> Submissions.once(tx, id, t.id(),
                Submissions.Kind.INQUIRY, kind, at, records.clock().instant(), x -> InquiryLog.record(x, q, at)));
        Json.send(ctx, 200, Map.of("inquiry", o.refId(), "fresh", o.fresh()));
    }

    void feedback(Context ctx) {
        JsonNode b = body(ctx);
        Terminals.Terminal t = terminal(ctx);
        String id = submission(b);
        String inquiry = b.path("inquiry").asText("");
        if (!Submissions.validId(inquiry)) {
            throw new BadRequestResponse("inquiry 应为自助机生成的编号");
        }
        boolean helpful = b.path("helpful").asBoolean();
        Instant at = madeAt(b);
        Submissions.Outcome o = records.database().write(tx -> {
            long q = Submissions.ref(tx, inquiry, Submissions.Kind.INQUIRY)
                    .orElseThrow(() -> new HttpResponseException(404, "没有这条咨询记录"));
            return Submissions.once(tx, id, t.id(), Submissions.Kind.FEEDBACK, helpful ? "HELPFUL" : "UNHELPFUL", at,
                    records.clock().instant(), x -> {
                x.update("UPDATE inquiries SET feedback = ?, feedback_at = ? WHERE id = ?",
                        helpful ? "HELPFUL" : "UNHELPFUL", at, q);
                return q;
            });
        });
        Json.send(ctx, 200, Map.of("inquiry", o.refId(), "fresh", o.fresh()));
    }

    /** A formal request from the kiosk; it waits for staff to confirm receipt (Art. 31) like any other. */
    void request(Context ctx) {
        JsonNode b = body(ctx);
        Terminals.Terminal t = terminal(ctx);
        String id = submission(b);
        ApplicantType type;
        try {
            type = ApplicantType.valueOf(b.path("applicant_type").asText(""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("applicant_type 不对");
        }
        // address and delivery (Art. 29) are optional: a kiosk from before they existed sends neither.
        DeliveryWanted delivery;
        try {
            String d = text(b, "delivery", 20, false);
            delivery = d == null ? null : DeliveryWanted.valueOf(d);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("delivery 不对");
        }
        NewRequest r = new NewRequest(type, text(b, "name", 60, false), text(b, "contact", 20, false), false,
                RequestChannel.KIOSK, text(b, "content", 1000, true), text(b, "form_wanted", 40, false), null, null,
                text(b, "address", 100, false), delivery);
        Instant at = madeAt(b);
        var service = records.requests();
        Submissions.Outcome o;
        try {
            o = records.database().write(tx -> Submissions.once(tx, id, t.id(), Submissions.Kind.REQUEST, at,
                    records.clock().instant(), x -> service.addAwaitingReceipt(x, r, "kiosk:" + t.name())));
        } catch (UserException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        String code = service.show(o.refId()).request().receiptCode();
        Json.send(ctx, 200, Map.of("request", o.refId(), "receipt_code", code, "fresh", o.fresh()));
    }

    void call(Context ctx) {
        JsonNode b = body(ctx);
        Terminals.Terminal t = terminal(ctx);
        String id = submission(b);
        Instant now = records.clock().instant();
        // A call queued while the network was down is shown with the time it was made.
        Instant at = madeAt(b);
        Submissions.Outcome o = records.database().write(tx -> Submissions.once(tx, id, t.id(),
                Submissions.Kind.CALL, at, now, x -> StaffCalls.insert(x, t.name(), at)));
        Json.send(ctx, 200, Map.of("call", o.refId(), "fresh", o.fresh()));
    }

    void callState(Context ctx) {
        var c = ownCall(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("outcome", c.outcome().name());
        body.put("called_at", c.calledAt());
        body.put("coming_at", c.comingAt());
        Json.send(ctx, 200, body);
    }

    void phoneShown(Context ctx) {
        var c = ownCall(ctx);
        boolean changed = new StaffCalls(records.database(), records.clock()).phoneShown(c.id());
        Json.send(ctx, 200, Map.of("changed", changed));
    }

    /** A kiosk reads and changes only the calls it made. */
    private StaffCalls.Call ownCall(Context ctx) {
        String id = ctx.pathParam("id");
        var c = id.matches("\\d{1,18}") ? new StaffCalls(records.database(), records.clock()).get(Long.parseLong(id))
                : java.util.Optional.<StaffCalls.Call>empty();
        if (c.isEmpty() || !c.get().kiosk().equals(terminal(ctx).name())) {
            throw new HttpResponseException(404, "没有这次呼叫");
        }
        return c.get();
    }

    static Map<String, Object> disclosure(Disclosure d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("doc_no", d.docNo());
        m.put("index_no", d.indexNo());
        m.put("agency", d.agency());
        m.put("category", d.category());
        m.put("type", d.type());
        m.put("published", d.published());
        m.put("repealed", d.repealed());
        m.put("in_force", d.inForceOn(LocalDate.now()));
        m.put("villages", d.villages());
        m.put("summary", d.summary());
        m.put("body", d.body());
        return m;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.MAPPER.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw new BadRequestResponse("请求内容应为 JSON 对象");
            }
            return n;
        } catch (IOException e) {
            throw new BadRequestResponse("请求内容不是 JSON");
        }
    }

    private static String submission(JsonNode b) {
        String id = b.path("id").asText("");
        if (!Submissions.validId(id)) {
            throw new BadRequestResponse("id 应为自助机生成的编号 (8 到 64 个字母、数字、- 或 _)");
        }
        return id;
    }

    /** When the kiosk made it (queued sends arrive later); absent or unreadable: now. */
    private Instant madeAt(JsonNode b) {
        try {
            Instant at = Instant.parse(b.path("at").asText(""));
            Instant now = records.clock().instant();
            return at.isAfter(now) ? now : at; // a kiosk clock ahead of ours must not date the future
        } catch (java.time.format.DateTimeParseException e) {
            return records.clock().instant();
        }
    }

    private static String text(JsonNode b, String field, int max, boolean required) {
        JsonNode n = b.get(field);
        String s = n == null || n.isNull() ? null : n.asText().strip();
        if (s == null || s.isEmpty()) {
            if (required) {
                throw new BadRequestResponse(field + " 不能为空");
            }
            return null;
        }
        if (s.length() > max) {
            throw new BadRequestResponse(field + " 最多 " + max + " 个字");
        }
        return s;
    }

    private static int intParam(Context ctx, String name, int dflt, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > max) {
                throw new BadRequestResponse(name + " 应在 0 到 " + max + " 之间");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " 应为整数");
        }
    }
}
