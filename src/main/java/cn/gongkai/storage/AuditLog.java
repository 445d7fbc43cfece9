package cn.gongkai.storage;

import java.sql.SQLException;
import java.time.Instant;

/**
 * The one writer of the audit log (table {@code audit_log}): every staff action, every reveal of
 * personal data, every change of an account. Written inside the transaction of the action it
 * records, so an action and its entry stand or fall together. The table is append-only.
 */
public final class AuditLog {
    private AuditLog() {}

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
