package cn.gongkai.console;

import cn.gongkai.app.Records;
import cn.gongkai.bodies.Body;
import cn.gongkai.requests.RequestStatus;
import cn.gongkai.requests.RequestView;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 各公开主体: the platform overview — open and overdue requests per body — and the switcher a
 * platform account uses to work as one body (Today, requests, report follow the choice). A
 * scoped account sees its own body's line only and cannot switch.
 */
public final class BodyPages {
    private final Records records;

    BodyPages(Records records) {
        this.records = records;
    }

    /** One body's open work; {@code intake} is the platform's unassigned count (same on every line). */
    public record Line(String id, String name, String shortName, int open, int overdue, int awaiting, int intake) {}

    public void show(Context ctx) {
        String own = BodyScope.own(ctx);
        List<RequestView> open = records.requests().list(true);
        Map<String, int[]> counts = new LinkedHashMap<>();
        int intake = 0;
        for (RequestView v : open) {
            String b = v.request().body();
            if (b == null) {
                intake++;
                continue;
            }
            int[] c = counts.computeIfAbsent(b, k -> new int[3]);
            c[0]++;
            if (v.overdue()) c[1]++;
            if (v.status() == RequestStatus.AWAITING_RECEIPT) c[2]++;
        }
        List<Line> lines = new ArrayList<>();
        for (Body b : records.bodies().all()) {
            if (own != null && !own.equals(b.id())) {
                continue;
            }
            int[] c = counts.getOrDefault(b.id(), new int[3]);
            lines.add(new Line(b.id(), b.name(), b.shortName(), c[0], c[1], c[2], own == null ? intake : 0));
        }
        Web.render(ctx, "bodies.jte", "各公开主体", "bodies", "lines", lines, "viewing", Web.session(ctx).viewing,
                "platform", own == null);
    }

    /** A platform account chooses the body it works as (empty: every body); a scoped account cannot. */
    public void switchTo(Context ctx) {
        if (BodyScope.own(ctx) != null) {
            BodyScope.refuse(ctx, records, null, "switch to body=" + Web.text(ctx, "body"));
        }
        String to = Web.text(ctx, "body");
        if (to == null) {
            Web.session(ctx).viewing(null);
            Web.done(ctx, "现在查看全部公开主体", "/staff/today");
            return;
        }
        var body = records.bodies().find(to);
        if (body.isEmpty()) {
            Web.refused(ctx, "没有这个公开主体: " + to, "/staff/bodies");
            return;
        }
        Web.session(ctx).viewing(body.get().id());
        Web.done(ctx, "现在以 " + body.get().name() + " 的身份工作", "/staff/today");
    }
}
