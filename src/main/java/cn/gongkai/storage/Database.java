package cn.gongkai.storage;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite database of a home ({@code data/gongkai.db}): migrated on open, a fresh
 * connection per call (safe from any thread), and one writer at a time.
 */
public final class Database {

    /** A unit of work against one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /**
     * The longest a write waits for SQLite's lock held by another process before it fails:
     * under Twilio's 15 s, with room for the reply.
     */
    public static final java.time.Duration WRITE_WAIT = java.time.Duration.ofSeconds(8);

    private final Path file;
    private final String url;
    // SQLite has a single writer. Our writers queue in Java for one writer thread that commits
    // them in groups, instead of spinning on SQLITE_BUSY; busy_timeout still covers other
    // processes (serve and a shell command at the same time).
    /**
     * One read connection per thread (server threads are pooled, so these are too): opening a
     * SQLite connection and applying its pragmas costs more than most of our reads. A read
     * transaction ends with a rollback, so an idle connection holds no snapshot.
     */
    private final ThreadLocal<Connection> readers = new ThreadLocal<>();
    private final GroupCommit writes = new GroupCommit(() -> connect(SQLiteConfig.TransactionMode.IMMEDIATE, 50));

    private Database(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file;
    }

    /** Opens (creating if needed) the database of the home and applies pending migrations. */
    public static Database open(Home home) {
        return open(home.database());
    }

    public static Database open(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("无法创建数据目录 " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new UserException("数据目录不可写: " + dir);
        }
        Database db = new Database(file.toAbsolutePath());
        db.migrate();
        return db;
    }

    public Path file() {
        return file;
    }

    private void migrate() {
        // WAL is a property of the file; set it before Flyway writes its history table.
        read(tx -> tx.pragma("journal_mode=WAL"));
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            SQLException cause = sqlCause(e);
            if (cause != null) {
                throw translate(cause);
            }
            throw new IllegalStateException("database migration failed for " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in a write transaction: opened {@code BEGIN IMMEDIATE} (so it never
     * fails half-way on SQLITE_BUSY after reading) and committed before this method returns, so
     * whatever the caller then tells a person is already on disk.
     */
    public <T> T write(Work<T> work) {
        try {
            return writes.write(work);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} in a read transaction: one consistent snapshot, however many queries. */
    public <T> T read(Work<T> work) {
        Connection c = readers.get();
        try {
            if (c == null || c.isClosed()) {
                c = connect(SQLiteConfig.TransactionMode.DEFERRED, 5000);
                c.setAutoCommit(false);
                readers.set(c);
            }
            try {
                return work.run(new Tx(c));
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            forget(c);
            throw translate(e);
        } catch (RuntimeException e) {
            forget(c);
            throw e;
        }
    }

    /** After a failure the thread's connection may be in any state: the next read opens a fresh one. */
    private void forget(Connection c) {
        readers.remove();
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    /**
     * The writer's busy timeout is short: it retries BEGIN IMMEDIATE itself, up to {@link #WRITE_WAIT}.
     */
    private Connection connect(SQLiteConfig.TransactionMode mode, int busyMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(busyMillis);
        config.enforceForeignKeys(true);
        // FULL: an fsync per commit, so a service-hall PC that loses power keeps every request
        // a member of staff was told was saved (NORMAL can lose the last commits in WAL mode).
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(mode);
        Properties props = config.toProperties();
        return DriverManager.getConnection(url, props);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; nothing was committed
        }
    }

    /** Problems a person can fix (disk full, read-only folder, locked) become one-line messages. */
    private RuntimeException translate(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            int primary = code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                return new UserException("磁盘已满，无法写入数据库 " + file, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                return new UserException("无法写入数据库 " + file + " (只读或无权限)", e);
            }
            if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                return new UserException("读写数据库出错 " + file + ": " + code.name(), e);
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new UserException("数据库正忙，请稍后再试: " + file, e);
            }
        }
        return new IllegalStateException("database error on " + file + ": " + e.getMessage(), e);
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
