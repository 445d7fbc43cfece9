package cn.gongkai.outreach;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Numbers the console's SMS simulator may act as, so that no member of staff can act as a
 * villager: the reserved block 139 0000 0300–0399, the simulator's own sender {@code console-sim},
 * and the numbers an admin added (table {@code sms_test_numbers}). Whatever the pipeline queues
 * for a test number stays in the outbox: {@link OutboxSender} never sends it.
 */
public final class TestNumbers {
    /** The reserved block: 139 0000 03 followed by two digits. */
    public static final String RESERVED_PREFIX = "+86139000003";
    public static final String RESERVED_LABEL = "139 0000 0300 至 139 0000 0399";
    /** The simulator's sender when none is typed: plainly not a phone. */
    public static final String SIMULATOR = "console-sim";

    private TestNumbers() {}

    static boolean reserved(String normalized) {
        return normalized.equals(Numbers.normalize(SIMULATOR))
                || (normalized.startsWith(RESERVED_PREFIX) && normalized.length() == RESERVED_PREFIX.length() + 2);
    }

    public static boolean isTest(Database db, String raw) {
        String n = Numbers.normalize(raw);
        return reserved(n) || db.read(tx -> added(tx, n));
    }

    static boolean added(Tx tx, String normalized) throws SQLException {
        return tx.one("SELECT 1 FROM sms_test_numbers WHERE phone = ?", rs -> 1, normalized).isPresent();
    }

    /** The numbers admins added, in E.164. */
    public static List<String> added(Database db) {
        return db.read(tx -> tx.list("SELECT phone FROM sms_test_numbers ORDER BY phone", rs -> rs.getString(1)));
    }

    /** Adds a test number, audited with the admin's name; false if it was one already. */
    public static boolean add(Database db, String raw, String admin, Instant now) {
        String n = Numbers.normalize(raw);
        return db.write(tx -> {
            if (reserved(n) || added(tx, n)) {
                return false;
            }
            tx.update("INSERT INTO sms_test_numbers (phone, added_by, added_at) VALUES (?, ?, ?)", n, admin, now);
            AuditLog.record(tx, now, admin, "SMS_TEST_NUMBER_ADDED", n);
            return true;
        });
    }
}
