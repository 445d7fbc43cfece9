package cn.gongkai.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one SQLite connection, kept for its life: a text sent to the SMS
 * webhook ran about ten statements, and sqlite-jdbc compiled each anew (and ran a further
 * {@code SELECT last_insert_rowid()} after every INSERT, upserts included). The same SQL string
 * is prepared once per connection and reused; only one thread uses a connection at a time (the
 * writer thread, or the reader's own thread), so nothing here is shared. Bounded: SQL built from
 * filters (a list with optional conditions) has many shapes, and the least recently used
 * statement is closed to make room.
 */
final class Statements implements AutoCloseable {
    /** Enough for every fixed statement a hot path runs; a connection's statements cost native memory. */
    private static final int MAX = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> cached = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, prepared on first use; the caller must not close it. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = cached.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            cached.put(sql, ps);
        }
        return ps;
    }

    /**
     * Forgets the statement of {@code sql} after it failed: a statement that threw part-way may be
     * left in any state, so the next use prepares a fresh one.
     */
    void discard(String sql) {
        PreparedStatement ps = cached.remove(sql);
        if (ps != null) {
            closeQuietly(ps);
        }
    }

    int size() {
        return cached.size();
    }

    /** Closes every statement (before the connection is closed or given back). */
    @Override
    public void close() {
        for (Iterator<PreparedStatement> it = cached.values().iterator(); it.hasNext(); ) {
            closeQuietly(it.next());
            it.remove();
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // a statement of a connection already broken: nothing left to free
        }
    }
}
