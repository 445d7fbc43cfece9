package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.gateway.sms.SubscriptionNotices;
import cn.gongkai.app.Records;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 公开信息: list and search; edit the plain-language summary and villages; publish a new one,
 * which queues an SMS notice to the subscribers of its category or villages.
 */
public final class DisclosurePages {
    private static final Logger log = LoggerFactory.getLogger(DisclosurePages.class);
    static final List<String> TYPES = List.of("通知", "公告", "公示", "规章", "规范性文件", "政策解读", "办事指南", "其他");

    private final Corpus corpus;
    private final Records records;
    private final DisclosureFiles files;
    /** Null where no SMS gateway runs: nothing to notify through. */
    private final SubscriptionNotices subscriptions;

    DisclosurePages(Home home, Corpus corpus, Records records, SubscriptionNotices subscriptions) {
        this.corpus = corpus;
        this.records = records;
        this.files = new DisclosureFiles(home, corpus,
                new cn.gongkai.cluster.SharedContent(records.database(), records.clock()));
        this.subscriptions = subscriptions;
    }

    public void list(Context ctx) {
        String q = ctx.queryParam("q");
        List<Disclosure> shown;
        if (q != null && !q.isBlank()) {
            shown = corpus.search().search(new SearchRequest(q, null, null, null, null, null, 0, SearchRequest.MAX_LIMIT))
                    .hits().stream().map(SearchHit::disclosure).toList();
        } else {
            shown = new ArrayList<>(corpus.all());
            shown.sort(Comparator.comparing(Disclosure::published, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Disclosure::id));
        }
        Web.render(ctx, "disclosures.jte", "公开信息", "disclosures", "list", shown, "q", q == null ? "" : q,
                "total", corpus.size());
    }

    public void edit(Context ctx) {
        Disclosure d = corpus.get(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("没有这条公开信息"));
        Web.render(ctx, "disclosure.jte", d.title(), "disclosures", "d", d, "villages", corpus.villages().names(),
                "file", files.folder().resolve(d.id() + ".md").toString());
    }

    public void save(Context ctx) {
        Disclosure d = corpus.get(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("没有这条公开信息"));
        try {
            // Everything else kept as imported (成文日期 too); the lead follows the summary.
            Disclosure changed = d.withSummaryAndVillages(Web.text(ctx, "summary"), villages(Web.text(ctx, "villages")));
            files.save(changed, Web.actor(ctx));
            audit(ctx, "DISCLOSURE_EDITED", d.id());
            Web.done(ctx, "已保存并重新索引 " + d.id(), "/staff/disclosures/" + d.id());
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/disclosures/" + d.id());
        }
    }

    public void newForm(Context ctx) {
        Web.render(ctx, "disclosure-new.jte", "发布新的公开信息", "disclosures", "types", TYPES,
                "villages", corpus.villages().names(), "today", LocalDate.now(records.clock()));
    }

    public void create(Context ctx) {
        try {
            LocalDate published = Web.date(ctx, "published", "发布日期");
            String id = Web.text(ctx, "id");
            if (id == null) {
                id = nextId(published.getYear());
            } else if (corpus.get(id).isPresent()) {
                throw new UserException("编号 " + id + " 已经有了；修改已有信息请在列表里点“编辑”");
            }
            String type = Web.text(ctx, "type");
            Disclosure d = new Disclosure(id, RequestPages.required(ctx, "title", "标题"), Web.text(ctx, "doc_no"), null,
                    Web.text(ctx, "agency"), Web.text(ctx, "category"), type == null ? "其他" : type, published, null,
                    villages(Web.text(ctx, "villages")), Web.text(ctx, "summary"),
                    RequestPages.required(ctx, "body", "正文"), null);
            Disclosure saved = files.save(d, Web.actor(ctx));
            audit(ctx, "DISCLOSURE_ADDED", saved.id());
            Web.done(ctx, "已发布 " + saved.id() + "，已进入检索（自助终端、短信、语音立即可查）" + notify(saved),
                    "/staff/disclosures/" + saved.id());
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/disclosures/new");
        }
    }

    /**
     * Queues the subscribers' notices once the file is saved and indexed (a 取件码 in the notice
     * must open it). A failure here does not undo the publication: it is said, and logged.
     */
    private String notify(Disclosure saved) {
        if (subscriptions == null) {
            return "。本服务器未开通短信，没有发送订阅通知";
        }
        try {
            var published = subscriptions.publish(saved);
            int queued = published.queued();
            String skipped = published.optedOut() == 0 ? ""
                    : "（另有 " + published.optedOut() + " 个订阅号码已退订短信，不发）";
            return (queued == 0 ? "。没有需要通知的订阅号码，未发通知"
                    : "。已给 " + queued + " 个订阅号码排队发送通知短信") + skipped;
        } catch (RuntimeException e) {
            log.error("subscription notices for {} failed", saved.id(), e);
            return "。但订阅通知未能排队，请联系管理员";
        }
    }

    /** "GK-2026-0003": the next free number of the year for disclosures written here. */
    private String nextId(int year) {
        String prefix = "GK-" + year + "-";
        int n = 1;
        for (Disclosure d : corpus.all()) {
            if (d.id().startsWith(prefix)) {
                try {
                    n = Math.max(n, Integer.parseInt(d.id().substring(prefix.length())) + 1);
                } catch (NumberFormatException ignored) {
                    // someone's own numbering: leave it alone
                }
            }
        }
        return prefix + String.format("%04d", n);
    }

    /** Village names as typed (comma or 、 separated), each resolved to its canonical name from villages.txt. */
    private List<String> villages(String typed) {
        if (typed == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : typed.split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(corpus.villages().resolve(part.strip()).orElseThrow(() -> new UserException(
                    "不认识的村名 “" + part.strip() + "”；可用: " + String.join("、", corpus.villages().names())
                            + "（村名表在 kiosk-config/villages.txt）")));
        }
        return List.copyOf(out);
    }

    private void audit(Context ctx, String action, String id) {
        String actor = Web.actor(ctx);
        Instant now = records.clock().instant();
        records.database().write(tx -> AuditLog.record(tx, now, actor, action, id));
    }
}
