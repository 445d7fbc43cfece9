package cn.gongkai.hall;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 呼叫工作人员: a kiosk's call for help, shown on the console's 今日 page until someone marks
 * 已到场. The kiosk and the console are separate processes sharing the database, so the call
 * travels through it; every call stays in the table with its outcome.
 */
public final class StaffCalls {
    public enum Outcome { WAITING, COMING, PHONE_SHOWN, ARRIVED }

    /** One call: which kiosk, when, and what came of it so far. */
    public record Call(long id, String kiosk, Instant calledAt, Outcome outcome, Instant comingAt, String comingBy,
            Instant phoneShownAt, Instant arrivedAt, String arrivedBy) {}

    private final Database db;
    private final Clock clock;

    public StaffCalls(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new call from the named kiosk; returns its id. */
    public long call(String kiosk) {
        Instant now = clock.instant();
        return db.write(tx -> tx.insert("INSERT INTO staff_calls (kiosk, called_at) VALUES (?, ?)", kiosk, now));
    }

    /** A new call inside the caller's transaction (a remote kiosk's call is written once with its id). */
    public static long insert(Tx tx, String kiosk, Instant at) throws java.sql.SQLException {
        return tx.insert("INSERT INTO staff_calls (kiosk, called_at) VALUES (?, ?)", kiosk, at);
    }

    public Optional<Call> get(long id) {
        return db.read(tx -> tx.one("SELECT * FROM staff_calls WHERE id = ?", StaffCalls::row, id));
    }

    /** Calls nobody has marked 已到场 yet, oldest first. */
    public List<Call> open() {
        return db.read(tx -> tx.list("SELECT * FROM staff_calls WHERE outcome <> 'ARRIVED' ORDER BY called_at, id",
                StaffCalls::row));
    }

    /** A staff member is on the way; false if the call is unknown or already answered. */
    public boolean coming(long id, String actor) {
        Instant now = clock.instant();
        return db.write(tx -> tx.update("UPDATE staff_calls SET outcome = 'COMING', coming_at = ?, coming_by = ?"
                + " WHERE id = ? AND outcome IN ('WAITING', 'PHONE_SHOWN')", now, actor, id)) == 1;
    }

    /** Someone is with the resident: the call leaves the 今日 page. */
    public boolean arrived(long id, String actor) {
        Instant now = clock.instant();
        return db.write(tx -> tx.update("UPDATE staff_calls SET outcome = 'ARRIVED', arrived_at = ?, arrived_by = ?"
                + " WHERE id = ? AND outcome <> 'ARRIVED'", now, actor, id)) == 1;
    }

    /** Nobody answered in time and the kiosk showed the office phone; only a waiting call changes. */
    public boolean phoneShown(long id) {
        Instant now = clock.instant();
        return db.write(tx -> tx.update("UPDATE staff_calls SET outcome = 'PHONE_SHOWN', phone_shown_at = ?"
                + " WHERE id = ? AND outcome = 'WAITING'", now, id)) == 1;
    }

    /** Calls per kiosk name since {@code since} (the console's 今日 counts today's), busiest first. */
    public java.util.Map<String, Integer> countsSince(Instant since) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        db.read(tx -> tx.list("SELECT kiosk, COUNT(*) FROM staff_calls WHERE called_at >= ? GROUP BY kiosk"
                + " ORDER BY COUNT(*) DESC, kiosk", rs -> out.put(rs.getString(1), rs.getInt(2)), since));
        return out;
    }

    private static Call row(ResultSet rs) throws SQLException {
        return new Call(rs.getLong("id"), rs.getString("kiosk"), Tx.instant(rs, "called_at"),
                Outcome.valueOf(rs.getString("outcome")), Tx.instant(rs, "coming_at"), rs.getString("coming_by"),
                Tx.instant(rs, "phone_shown_at"), Tx.instant(rs, "arrived_at"), rs.getString("arrived_by"));
    }
}
