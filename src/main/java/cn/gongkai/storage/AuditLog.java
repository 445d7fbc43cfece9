package cn.gongkai.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of the audit log (table {@code audit_log}): every staff action, every reveal of
 * personal data, every change of an account. Written inside the transaction of the action it
 * records, so an action and its entry stand or fall together. The table is append-only, and
 * read here too (the console's 操作日志).
 */
public final class AuditLog {
    private AuditLog() {}

    /** One line of the audit log. */
    public record Line(Instant at, String actor, String action, Long requestId, String detail) {}

    /** The newest {@code limit} lines, of one request or (null) of all, newest first. */
    public static List<Line> newest(Tx tx, Long requestId, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log");
        List<Object> args = new ArrayList<>();
        if (requestId != null) {
            sql.append(" WHERE request_id = ?");
            args.add(requestId);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return tx.list(sql.toString(), rs -> new Line(Tx.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getObject("request_id") == null ? null : rs.getLong("request_id"), rs.getString("detail")),
                args.toArray());
    }

    /** Records {@code action} on request {@code requestId}; returns the entry's id. */
    public static long record(Tx tx, Instant at, String actor, String action, Long requestId, String detail)
            throws SQLException {
        return tx.insert("INSERT INTO audit_log (at, actor, action, request_id, detail) VALUES (?, ?, ?, ?, ?)",
                at, actor, action, requestId, detail);
    }

    /** Records {@code action}, which concerns no request; returns the entry's id. */
    public static long record(Tx tx, Instant at, String actor, String action, String detail) throws SQLException {
        return record(tx, at, actor, action, null, detail);
    }
}
