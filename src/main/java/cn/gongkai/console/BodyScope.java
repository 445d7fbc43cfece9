package cn.gongkai.console;

import cn.gongkai.app.Records;
import cn.gongkai.config.UserException;
import cn.gongkai.requests.RequestRecord;
import cn.gongkai.storage.AuditLog;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/**
 * Which disclosing body (公开主体) a console request may touch. An account scoped to one body
 * sees only that body's requests, reports and routed inquiries; anything else is refused with
 * 403, and the attempt is written to the audit log. A platform account (no body) sees every
 * body, or the one it switched to. The check runs per request on the request's own body, so
 * it holds whatever route led there.
 */
final class BodyScope {
    static final String REFUSED = "这件申请属于其他公开主体，您的账号无权查看或办理。";

    private BodyScope() {}

    /** The body the account is scoped to; null for a platform account. */
    static String own(Context ctx) {
        return Web.session(ctx).body;
    }

    /** The body whose work the page shows: the account's own, else the one a platform account chose; null: all. */
    static String shown(Context ctx) {
        Sessions.Session s = Web.session(ctx);
        return s.body != null ? s.body : s.viewing;
    }

    /** The id of the page's request, once the account may touch it; 403 and an audit line if not. */
    static long request(Context ctx, Records records) {
        long id = Web.id(ctx);
        String own = own(ctx);
        if (own == null) {
            return id;
        }
        RequestRecord r;
        try {
            r = records.requests().record(id);
        } catch (UserException e) {
            throw new io.javalin.http.NotFoundResponse(e.getMessage());
        }
        if (!own.equals(r.body())) {
            refuse(ctx, records, id, "request of body=" + (r.body() == null ? "intake" : r.body()));
        }
        return id;
    }

    /** The inquiries a scoped account may see: those routed to its body. */
    static java.util.List<cn.gongkai.inquiries.Inquiry> inquiries(Context ctx, Records records,
            java.util.List<cn.gongkai.inquiries.Inquiry> rows) {
        String own = own(ctx);
        if (own == null || rows.isEmpty()) {
            return rows;
        }
        java.util.Set<Long> routed = new java.util.HashSet<>(records.database().read(tx -> tx.list(
                "SELECT id FROM inquiries WHERE body_id = ?", rs -> rs.getLong(1), own)));
        return rows.stream().filter(q -> routed.contains(q.id())).toList();
    }

    /** An inquiry page: only one routed to the account's body; 403 and an audit line if not. */
    static void inquiry(Context ctx, Records records, long id) {
        String own = own(ctx);
        if (own == null) {
            return;
        }
        String body = records.database().read(tx -> tx.one("SELECT body_id FROM inquiries WHERE id = ?",
                rs -> rs.getString(1), id)).orElse(null);
        if (!own.equals(body)) {
            refuse(ctx, records, null, "inquiry " + id + " of body=" + (body == null ? "platform" : body));
        }
    }

    /** Records the refused attempt, then answers 403. */
    static void refuse(Context ctx, Records records, Long requestId, String what) {
        String detail = ctx.method() + " " + ctx.path() + " " + what + " account_body=" + own(ctx);
        records.database().write(tx -> AuditLog.record(tx, records.clock().instant(), Web.actor(ctx), "BODY_DENIED",
                requestId, detail));
        throw new ForbiddenResponse(REFUSED);
    }
}
