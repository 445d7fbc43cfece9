package cn.gongkai.terminals;

import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Exactly once for what a kiosk sends: the kiosk names each send with an id of its own, and the
 * row is made in the same transaction as the {@code kiosk_submissions} row whose primary key
 * is that id. A repeat finds the first row and makes nothing.
 */
public final class Submissions {
    public enum Kind { INQUIRY, FEEDBACK, REQUEST, CALL }

    /** The row a submission made, and whether this send made it (false: a repeat). */
    public record Outcome(long refId, boolean fresh) {}

    /** Makes the row inside the caller's transaction. */
    @FunctionalInterface
    public interface Maker {
        long make(Tx tx) throws SQLException;
    }

    private Submissions() {}

    /** An id a kiosk may use: long enough to be its own, short and plain enough to store. */
    public static boolean validId(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{8,64}");
    }

    /** Makes the row once for {@code id}; a repeat returns the first row's id. Run inside a write. */
    public static Outcome once(Tx tx, String id, long kioskId, Kind kind, Instant madeAt, Instant now, Maker maker)
            throws SQLException {
        return once(tx, id, kioskId, kind, null, madeAt, now, maker);
    }

    /**
     * As above, noting what it was for the per-kiosk charts: SEARCH or VIEW for an inquiry,
     * HELPFUL or UNHELPFUL for feedback (see {@link KioskUsage}); null when not known.
     */
    public static Outcome once(Tx tx, String id, long kioskId, Kind kind, String what, Instant madeAt, Instant now,
            Maker maker) throws SQLException {
        Optional<Long> seen = tx.one("SELECT ref_id FROM kiosk_submissions WHERE submission_id = ? AND kind = ?",
                rs -> rs.getLong(1), id, kind.name());
        if (seen.isPresent()) {
            return new Outcome(seen.get(), false);
        }
        long ref = maker.make(tx);
        tx.update("INSERT INTO kiosk_submissions (submission_id, kiosk_id, kind, what, ref_id, made_at, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, kioskId, kind.name(), what, ref, madeAt, now);
        return new Outcome(ref, true);
    }

    /** The row an earlier submission made (feedback names its inquiry by the inquiry's submission id). */
    public static Optional<Long> ref(Tx tx, String id, Kind kind) throws SQLException {
        return tx.one("SELECT ref_id FROM kiosk_submissions WHERE submission_id = ? AND kind = ?",
                rs -> rs.getLong(1), id, kind.name());
    }
}
