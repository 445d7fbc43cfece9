package cn.gongkai.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Exactly once for journal entries that make a row (a kiosk request, a staff call, an SMS): the
 * entry carries a key made when the person acted, and the row is made in the same transaction
 * as the {@code journal_once} row whose primary key is that key. A second replay finds it.
 */
public final class Once {
    /** Makes the row inside the replay's transaction; returns its id. */
    @FunctionalInterface
    public interface Maker {
        long make(Tx tx) throws SQLException;
    }

    private Once() {}

    /** Makes the row once for {@code key}; a repeat returns the first row's id. */
    public static long make(Tx tx, String key, String kind, Instant at, Maker maker) throws SQLException {
        Optional<Long> seen = ref(tx, key);
        if (seen.isPresent()) {
            return seen.get();
        }
        long ref = maker.make(tx);
        tx.update("INSERT INTO journal_once (key, kind, ref_id, at) VALUES (?, ?, ?, ?)", key, kind, ref, at);
        return ref;
    }

    /** The row made for {@code key}, once its entry has been replayed. */
    public static Optional<Long> ref(Tx tx, String key) throws SQLException {
        return tx.one("SELECT ref_id FROM journal_once WHERE key = ?", rs -> rs.getLong(1), key);
    }
}
