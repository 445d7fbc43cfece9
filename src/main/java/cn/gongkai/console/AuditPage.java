package cn.gongkai.console;

import cn.gongkai.app.Records;
import cn.gongkai.storage.Tx;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 操作日志 (admin only): who did what to which request, newest first. */
public final class AuditPage {
    private final Records records;

    AuditPage(Records records) {
        this.records = records;
    }

    /** One line of the audit log. */
    public record Line(Instant at, String actor, String action, Long requestId, String detail) {}

    public void show(Context ctx) {
        if (!Web.admin(ctx)) {
            throw new ForbiddenResponse("只有管理员可以查看操作日志");
        }
        String request = ctx.queryParam("request");
        Long requestId = null;
        if (request != null && request.matches("\\d{1,12}")) {
            requestId = Long.parseLong(request);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log");
        List<Object> args = new ArrayList<>();
        if (requestId != null) {
            sql.append(" WHERE request_id = ?");
            args.add(requestId);
        }
        sql.append(" ORDER BY id DESC LIMIT 500");
        List<Line> lines = records.database().read(tx -> tx.list(sql.toString(), rs -> new Line(Tx.instant(rs, "at"),
                rs.getString("actor"), rs.getString("action"),
                rs.getObject("request_id") == null ? null : rs.getLong("request_id"), rs.getString("detail")),
                args.toArray()));
        Web.render(ctx, "audit.jte", requestId == null ? "操作日志" : "申请 #" + requestId + " 的操作日志", "audit",
                "lines", lines);
    }
}
