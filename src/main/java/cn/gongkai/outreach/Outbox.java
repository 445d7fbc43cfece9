package cn.gongkai.outreach;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound texts waiting, sent or given up (table {@code outbox}). A notice is queued once per
 * dedupe key; {@link OutboxSender} claims a row before it calls the provider, so two senders
 * (or a restart) never send the same row twice.
 */
public final class Outbox {
    /** REPLY: the answer to a text that came in through a line without inline replies (gammu-smsd). */
    public enum Kind { REQUEST_NOTICE, SUBSCRIPTION, VOICE_COPY, REPLY }

    /** One outbound text and where it stands. */
    public record Row(long id, String to, String body, Kind kind, String dedupeKey, String status, int attempts,
            Instant nextAttemptAt, Instant firstClaimAt, String providerSid, String deliveryStatus, String lastError) {}

    /** How the outbox stands, for /metrics: rows waiting to go (of them uncertain, or retried), and given up. */
    public record Counts(long waiting, long uncertain, long retrying, long failed) {}

    /**
     * How long a node may hold a row SENDING before another node takes it back: longer than one
     * attempt can take (the provider's 5 s connect + 15 s answer, and a lookup). A test shortens
     * it with {@code -Dgongkai.outbox.lease.seconds}.
     */
    public static final Duration LEASE = Duration.ofSeconds(Long.getLong("gongkai.outbox.lease.seconds", 60));

    private final Database db;
    private final Clock clock;
    /** The node that claims rows through this outbox (serve --node); one process, one name. */
    private volatile String node = "local";
    private volatile Duration lease = LEASE;

    public Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Claims rows in the name of {@code node} from now on (serve sets its node name). */
    public Outbox claimingAs(String node, Duration lease) {
        this.node = node;
        this.lease = lease;
        return this;
    }

    public String node() {
        return node;
    }

    /** Queues a text unless one with the same key was ever queued; true if queued now. */
    public boolean enqueue(String to, String body, Kind kind, String dedupeKey) {
        Instant now = clock.instant();
        return db.write(tx -> enqueue(tx, to, body, kind, dedupeKey, now));
    }

    /** The same inside the caller's transaction (a journal replay). */
    public static boolean enqueue(Tx tx, String to, String body, Kind kind, String dedupeKey, Instant now)
            throws java.sql.SQLException {
        return tx.update("""
                INSERT INTO outbox (to_phone, body, kind, dedupe_key, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", Numbers.normalize(to), body, kind, dedupeKey, now, now) == 1;
    }

    /** Whether a text under {@code dedupeKey} is in the outbox already. */
    public static boolean queued(Tx tx, String dedupeKey) throws java.sql.SQLException {
        return tx.one("SELECT 1 FROM outbox WHERE dedupe_key = ?", rs -> 1, dedupeKey).isPresent();
    }

    public List<Row> list(int limit) {
        return db.read(tx -> tx.list("SELECT * FROM outbox ORDER BY id DESC LIMIT ?", Outbox::row, limit));
    }

    /** Counted through the (status, next_attempt_at) index: cheap enough for every scrape. */
    public Counts counts() {
        return db.read(tx -> {
            long waiting = 0;
            long uncertain = 0;
            long failed = 0;
            for (Object[] r : tx.list("SELECT status, COUNT(*) FROM outbox GROUP BY status",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                long n = (Long) r[1];
                switch ((String) r[0]) {
                    case "QUEUED", "SENDING" -> waiting += n;
                    case "UNCERTAIN" -> {
                        waiting += n;
                        uncertain += n;
                    }
                    case "FAILED" -> failed += n;
                    default -> { }
                }
            }
            long retrying = tx.one("""
                    SELECT COUNT(*) FROM outbox WHERE status IN ('QUEUED', 'UNCERTAIN') AND attempts > 0""",
                    rs -> rs.getLong(1)).orElse(0L);
            return new Counts(waiting, uncertain, retrying, failed);
        });
    }

    public Optional<Row> get(long id) {
        return db.read(tx -> tx.one("SELECT * FROM outbox WHERE id = ?", Outbox::row, id));
    }

    /** Ids of rows whose next attempt is due, oldest first. */
    List<Long> due(int limit) {
        return db.read(tx -> tx.list("""
                SELECT id FROM outbox WHERE status IN ('QUEUED', 'UNCERTAIN') AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT ?""", rs -> rs.getLong(1), clock.instant(), limit));
    }

    /**
     * Marks the row SENDING and counts the attempt; returns the row as it was before (its status
     * says whether an earlier attempt may have gone out), empty if another sender took it first.
     */
    Optional<Row> claim(long id) {
        Instant now = clock.instant();
        String by = node;
        return db.write(tx -> {
            Optional<Row> before = tx.one("SELECT * FROM outbox WHERE id = ? AND status IN ('QUEUED', 'UNCERTAIN')"
                    + " AND next_attempt_at <= ?" + db.skipLocked(), Outbox::row, id, now);
            if (before.isEmpty()) {
                return Optional.<Row>empty(); // sent, or another node holds it
            }
            // The condition again: on SQLite (one writer, BEGIN IMMEDIATE) the row cannot change
            // between the two statements; on PostgreSQL the SKIP LOCKED above holds it for us.
            int n = tx.update("""
                    UPDATE outbox SET status = 'SENDING', attempts = attempts + 1,
                        first_claim_at = COALESCE(first_claim_at, ?), claimed_by = ?, claimed_at = ?
                    WHERE id = ? AND status IN ('QUEUED', 'UNCERTAIN') AND next_attempt_at <= ?""",
                    now, by, now, id, now);
            return n == 1 ? before : Optional.<Row>empty();
        });
    }

    /**
     * A send that was under way when its node stopped may have gone out: never assume it did
     * not. At start a node takes back its own rows (it is the one that stopped) and, as on every
     * round, rows another node has held past the lease (that node died, or lost the database).
     */
    int recoverInterrupted() {
        Instant expired = clock.instant().minus(lease);
        String me = node;
        return db.write(tx -> tx.update("""
                UPDATE outbox SET status = 'UNCERTAIN', claimed_by = NULL
                WHERE status = 'SENDING' AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)""", me, expired));
    }

    /** Rows SENDING past the lease (their node died mid-send) become UNCERTAIN: looked up, then sent if not. */
    int reclaimExpired() {
        Instant expired = clock.instant().minus(lease);
        if (db.read(tx -> tx.one("SELECT 1 FROM outbox WHERE status = 'SENDING' AND claimed_at < ? LIMIT 1",
                rs -> true, expired)).isEmpty()) {
            return 0; // the usual round: no write at all
        }
        return db.write(tx -> tx.update("""
                UPDATE outbox SET status = 'UNCERTAIN', claimed_by = NULL
                WHERE status = 'SENDING' AND claimed_at < ?""", expired));
    }

    void sent(long id, String sid) {
        db.write(tx -> tx.update("""
                UPDATE outbox SET status = 'SENT', provider_sid = ?, sent_at = ?, last_error = NULL
                WHERE id = ? AND status IN ('SENDING', 'UNCERTAIN')""", sid, clock.instant(), id));
    }

    void finish(long id, String status, String error) {
        db.write(tx -> tx.update("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?", status, error, id));
    }

    /** Back to the queue (QUEUED: surely not sent; UNCERTAIN: look it up before sending again). */
    void retryLater(long id, String status, Instant next, String error) {
        db.write(tx -> tx.update("UPDATE outbox SET status = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                status, next, error, id));
    }

    /**
     * Records a delivery report. A report naming our row settles an UNCERTAIN send: the provider
     * did take it, under this id.
     */
    public boolean delivered(SmsChannel.DeliveryReport r) {
        Instant now = clock.instant();
        return db.write(tx -> {
            if (r.outboxId() != null && r.providerId() != null) {
                tx.update("""
                        UPDATE outbox SET status = 'SENT', provider_sid = ?, sent_at = COALESCE(sent_at, ?)
                        WHERE id = ? AND status IN ('SENDING', 'UNCERTAIN', 'QUEUED') AND provider_sid IS NULL""",
                        r.providerId(), now, r.outboxId());
            }
            return tx.update("UPDATE outbox SET delivery_status = ?, delivery_at = ?, last_error = COALESCE(?, last_error) WHERE provider_sid = ?",
                    r.status(), now, r.errorCode() == null ? null : "delivery error " + r.errorCode(), r.providerId()) == 1;
        });
    }

    static boolean optedOut(Database db, String phone) {
        return db.read(tx -> Preferences.optedOut(tx, phone));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("to_phone"), rs.getString("body"), Kind.valueOf(rs.getString("kind")),
                rs.getString("dedupe_key"), rs.getString("status"), rs.getInt("attempts"),
                Tx.instant(rs, "next_attempt_at"), Tx.instant(rs, "first_claim_at"), rs.getString("provider_sid"),
                rs.getString("delivery_status"), rs.getString("last_error"));
    }
}
