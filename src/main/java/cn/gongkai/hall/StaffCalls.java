package cn.gongkai.hall;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Once;
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

    static final String CALL = "staff_call";
    static final String PHONE_SHOWN = "staff_call_phone";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Teaches {@code db} to write calls journaled by {@link #callSoon}; every program opening the home does. */
    public static void register(Database db) {
        db.onReplay(CALL, (tx, e) -> Once.make(tx, e.path("key").asText(), CALL,
                Instant.parse(e.path("at").asText()), x -> insert(x, e.path("kiosk").asText(),
                        Instant.parse(e.path("at").asText()))));
        db.onReplay(PHONE_SHOWN, (tx, e) -> {
            // Follows its call through the journal, so the call is there by now.
            Optional<Long> id = Once.ref(tx, e.path("key").asText());
            if (id.isPresent()) {
                tx.update("UPDATE staff_calls SET outcome = 'PHONE_SHOWN', phone_shown_at = ?"
                        + " WHERE id = ? AND outcome = 'WAITING'", Instant.parse(e.path("at").asText()), id.get());
            }
        });
    }

    /**
     * A call from a kiosk on this machine, journaled first and written from a background thread,
     * so the tap never waits for SQLite's lock (issue 22); returns the key that finds it once
     * written ({@link #idOf}). Written directly only if the journal cannot be.
     */
    public String callSoon(String kiosk) {
        Instant now = clock.instant();
        String key = "call-" + java.util.UUID.randomUUID();
        var e = JSON.createObjectNode().put("key", key).put("kiosk", kiosk).put("at", now.toString());
        try {
            db.journalOnly(CALL, e);
            db.replaySoon();
        } catch (java.io.UncheckedIOException journalFull) {
            db.write(tx -> Once.make(tx, key, CALL, now, x -> insert(x, kiosk, now)));
        }
        return key;
    }

    /** The call made by {@link #callSoon} under {@code key}, once it is written. */
    public Optional<Long> idOf(String key) {
        return db.read(tx -> Once.ref(tx, key));
    }

    /** {@link #phoneShown} for a call made by {@link #callSoon}, in the journal after it. */
    public void phoneShownSoon(String key) {
        var e = JSON.createObjectNode().put("key", key).put("at", clock.instant().toString());
        try {
            db.journalOnly(PHONE_SHOWN, e);
            db.replaySoon();
        } catch (java.io.UncheckedIOException journalFull) {
            idOf(key).ifPresent(this::phoneShown);
        }
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
