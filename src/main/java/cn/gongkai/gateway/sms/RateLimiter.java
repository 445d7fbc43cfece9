package cn.gongkai.gateway.sms;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-number limit over a one-minute window: a flood from one phone gets one polite reply and
 * then silence (a reply to every flood text would cost money and feed a loop), while other
 * numbers are not touched. Kept in the database (table {@code sms_rate}) when given one, so a
 * flood nginx splits across several nodes is counted once; in memory when the database cannot
 * be written (disk full) or none is given — lost on restart, which is harmless.
 */
final class RateLimiter {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    enum Verdict { ALLOW, FIRST_REFUSAL, SILENT }

    private static final long WINDOW_MS = 60_000;
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long start;
        int count;
        /** Message ids counted in this window: a carrier's retry of one message is not a second text. */
        final java.util.Set<String> seen = new java.util.HashSet<>();
    }

    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    /** Null: this node's memory only. */
    private final cn.gongkai.storage.Database db;

    RateLimiter(int perMinute, Clock clock) {
        this(null, perMinute, clock);
    }

    RateLimiter(cn.gongkai.storage.Database db, int perMinute, Clock clock) {
        this.db = db;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one text from {@code phone}; a message id seen in this window is let through uncounted. */
    Verdict check(String phone, String messageId) {
        if (db != null) {
            try {
                long now = clock.millis(); // read before the transaction: nothing slow inside it
                String key = key(phone);
                return db.write(tx -> inTransaction(tx, key, messageId, now));
            } catch (cn.gongkai.storage.WriteUnavailable e) {
                // The text must still be answered: this node counts alone until the database is back.
            }
        }
        return inMemory(phone, messageId);
    }

    /**
     * Counts one text inside the write transaction that logs it (the webhook's hot path: no
     * write of its own, so a text costs one group commit, not two). Only for a limiter given a
     * database. {@code key} ({@link #key}) and {@code now} are worked out by the caller before
     * the transaction: the one writer thread does nothing it need not.
     */
    Verdict inTransaction(cn.gongkai.storage.Tx tx, String key, String messageId, long now) throws java.sql.SQLException {
        return shared(tx, key, messageId, now, true);
    }

    /** What {@link #inTransaction} would say, counting nothing. */
    Verdict peek(cn.gongkai.storage.Tx tx, String key, String messageId, long now) throws java.sql.SQLException {
        return shared(tx, key, messageId, now, false);
    }

    /**
     * This node's own count, in memory, kept for every text: a number this node alone has seen
     * over the limit is over it cluster-wide too (give or take where the minute started), so its
     * text is not searched for an answer that is not sent. The shared count decides.
     */
    Verdict local(String phone, String messageId) {
        return inMemory(phone, messageId);
    }

    /** The same rule on the shared row: read and written in one write transaction (one writer). */
    private Verdict shared(cn.gongkai.storage.Tx tx, String phone, String messageId, long now, boolean count)
            throws java.sql.SQLException {
        record Row(long start, int hits, java.util.List<String> seen) {}
        // PostgreSQL: FOR UPDATE (wait for the other node's count, never skip it); SQLite: one writer already.
        Row row = tx.one("SELECT window_start, hits, seen FROM sms_rate WHERE phone = ?" + (db.isPostgres() ? " FOR UPDATE" : ""),
                rs -> new Row(rs.getLong(1), rs.getInt(2), ids(rs.getString(3))), phone).orElse(null);
        boolean fresh = row == null || now - row.start() > WINDOW_MS;
        long start = fresh ? now : row.start();
        int hits = fresh ? 0 : row.hits();
        java.util.List<String> seen = new java.util.ArrayList<>(fresh ? java.util.List.of() : row.seen());
        if (messageId != null && seen.contains(messageId)) {
            return Verdict.ALLOW;
        }
        hits++;
        if (!count) {
            // A peek: nothing written, so the row and its ids stay as they were.
            return hits <= perMinute ? Verdict.ALLOW : hits == perMinute + 1 ? Verdict.FIRST_REFUSAL : Verdict.SILENT;
        }
        // Only ids that got an answer need remembering: a retry of a silenced text stays silent anyway.
        if (messageId != null && hits <= perMinute + 1) {
            seen.add(messageId);
        }
        String json;
        try {
            json = JSON.writeValueAsString(seen);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        tx.update("""
                INSERT INTO sms_rate (phone, window_start, hits, seen) VALUES (?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET window_start = excluded.window_start, hits = excluded.hits,
                    seen = excluded.seen""", phone, start, hits, json);
        if (calls.incrementAndGet() % 500 == 0) {
            // A number's row is useless a minute on and is personal data: cleared now and then.
            tx.update("DELETE FROM sms_rate WHERE window_start < ?", now - 10 * WINDOW_MS);
        }
        if (hits <= perMinute) {
            return Verdict.ALLOW;
        }
        return hits == perMinute + 1 ? Verdict.FIRST_REFUSAL : Verdict.SILENT;
    }

    /**
     * The shared row needs only to tell numbers apart, so it holds a one-way hash, never the
     * number: the inquiry purge (which scrubs numbers from the record) has nothing to find here,
     * and stale rows go within minutes anyway.
     */
    static String key(String phone) {
        byte[] d = SHA256.get().digest(("gongkai-sms-rate:" + phone).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d, 0, 16);
    }

    /** One digest per thread: looking one up per text showed in the writer thread's profile. */
    private static final ThreadLocal<java.security.MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    });

    private static java.util.List<String> ids(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.List<String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return java.util.List.of(); // a damaged row: the window starts over
        }
    }

    private Verdict inMemory(String phone, String messageId) {
        long now = clock.millis();
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> now - w.start > WINDOW_MS);
        }
        Window w = windows.computeIfAbsent(phone, p -> new Window());
        synchronized (w) {
            if (now - w.start > WINDOW_MS) {
                w.start = now;
                w.count = 0;
                w.seen.clear();
            }
            if (messageId != null && !w.seen.add(messageId)) {
                return Verdict.ALLOW;
            }
            w.count++;
            if (w.count <= perMinute) {
                return Verdict.ALLOW;
            }
            return w.count == perMinute + 1 ? Verdict.FIRST_REFUSAL : Verdict.SILENT;
        }
    }
}
