package cn.gongkai.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;

/** The PostgreSQL side of {@link Database}: the pool, reads, VACUUM and the errors a person can act on. */
final class Pool {
    private Pool() {}

    static HikariDataSource open(DatabaseTarget server) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(server.url());
        c.setUsername(server.user());
        c.setPassword(server.password());
        c.setPoolName("gongkai");
        // Server threads read at once and one writer thread per node writes: ten connections per
        // node leave a default max_connections of 100 room for many nodes and the DBA's tools.
        c.setMaximumPoolSize(10);
        // None kept while idle: a node that is quiet holds no connection, and a pool whose database
        // has gone away (dropped, failed over) does not keep knocking; a new one costs milliseconds.
        c.setMinimumIdle(0);
        // Under Twilio's 15 s: a node that cannot reach the server answers "busy" in time.
        c.setConnectionTimeout(Database.WRITE_WAIT.toMillis());
        c.setInitializationFailTimeout(Database.WRITE_WAIT.toMillis());
        c.addDataSourceProperty("ApplicationName", "gongkai");
        try {
            return new HikariDataSource(c);
        } catch (RuntimeException e) {
            // The driver's own words (English, with host and port) go to the log; staff read one line.
            org.slf4j.LoggerFactory.getLogger(Pool.class).warn("cannot connect to {}: {}", server.shown(), firstLine(e));
            throw new cn.gongkai.config.UserException("无法连接数据库 " + server.shown()
                    + "：请检查 GONGKAI_DATABASE_URL 的地址和端口、用户名和密码，以及数据库服务器是否在运行", e);
        }
    }

    /**
     * A read transaction from the pool: {@code REPEATABLE READ}, so its queries see one snapshot as
     * they do on SQLite; read-only, so it never waits for a lock or fails to serialise.
     */
    static <T> T read(HikariDataSource pool, Database.Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run(new Tx(c));
            } finally {
                c.rollback(); // the pool resets isolation and read-only as it takes the connection back
            }
        }
    }

    /**
     * What {@link Database#scrub()} does on SQLite, as far as a server allows: VACUUM frees the rows a
     * purge deleted so no query, backup or replica reads them again. Zeroing the freed bytes on disk
     * is the storage's business on a server (an encrypted volume), not ours.
     */
    static void vacuum(HikariDataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true); // VACUUM cannot run inside a transaction
            s.execute("VACUUM");
        } catch (SQLException e) {
            throw translate(e, pool.getJdbcUrl());
        }
    }

    /**
     * Problems with the server itself (unreachable, shutting down, out of disk, too many clients) are
     * {@link WriteUnavailable}: the journal keeps what could not be written. Anything else is a bug.
     */
    static RuntimeException translate(SQLException e, String where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P")
                || state.equals("53300")) {
            return new WriteUnavailable("无法连接数据库，请稍后再试: " + DatabaseTarget.shownUrl(where), false, e);
        }
        if (state.startsWith("53")) { // 53100 disk full, 53200 out of memory: the server's disk, not ours
            return new WriteUnavailable("数据库服务器空间不足: " + DatabaseTarget.shownUrl(where), false, e);
        }
        if (state.equals("25006")) { // read-only transaction: a standby promoted too late, or a replica
            return new WriteUnavailable("数据库只读: " + DatabaseTarget.shownUrl(where), false, e);
        }
        if (state.equals("23505")) { // in SQLite's words, so a log reads the same on both databases
            return new IllegalStateException("UNIQUE constraint failed on " + DatabaseTarget.shownUrl(where) + ": "
                    + e.getMessage(), e);
        }
        return new IllegalStateException("database error on " + DatabaseTarget.shownUrl(where) + ": " + e.getMessage(), e);
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
