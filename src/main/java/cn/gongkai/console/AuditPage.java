package cn.gongkai.console;

import cn.gongkai.app.Records;
import cn.gongkai.storage.AuditLog;
import io.javalin.http.Context;
import java.util.List;

/** 操作日志 (an admin route): who did what to which request, newest first. */
public final class AuditPage {
    private final Records records;

    AuditPage(Records records) {
        this.records = records;
    }

    public void show(Context ctx) {
        String request = ctx.queryParam("request");
        Long requestId = null;
        if (request != null && request.matches("\\d{1,12}")) {
            requestId = Long.parseLong(request);
        }
        Long of = requestId;
        List<AuditLog.Line> lines = records.database().read(tx -> AuditLog.newest(tx, of, 500));
        Web.render(ctx, "audit.jte", requestId == null ? "操作日志" : "申请 #" + requestId + " 的操作日志", "audit",
                "lines", lines);
    }
}
