package cn.gongkai.storage;

import cn.gongkai.config.Home;
import cn.gongkai.config.OwnerOnly;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one database of a home: its SQLite file ({@code data/gongkai.db}), or on a city platform the
 * PostgreSQL server that {@code GONGKAI_DATABASE_URL} names ({@link DatabaseTarget}). Migrated on
 * open, safe from any thread, and one writer per process at a time.
 */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

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
    private final Dialect dialect;
    /** PostgreSQL only: the pool every read and the writer borrow from. SQLite opens its own. */
    private final com.zaxxer.hikari.HikariDataSource pool;
    // SQLite has a single writer. Our writers queue in Java for one writer thread that commits
    // them in groups, instead of spinning on SQLITE_BUSY; busy_timeout still covers other
    // processes (serve and a shell command at the same time).
    /**
     * Idle read connections, newest first: opening a SQLite connection and applying its pragmas
     * costs more than most of our reads, so a read borrows one and gives it back. Not one per
     * thread: Jetty ends idle server threads and starts new ones under bursts, and a connection
     * kept by a thread that ended was never closed (its file handles stayed open until the process
     * ended). Beyond {@link #IDLE_READERS} idle ones a connection given back is closed. A read
     * transaction ends with a rollback, so an idle connection holds no snapshot.
     */
    private final java.util.concurrent.LinkedBlockingDeque<Statements> idleReaders =
            new java.util.concurrent.LinkedBlockingDeque<>(IDLE_READERS);
    static final int IDLE_READERS = 16;
    /** SQLite read connections open now (idle and lent), for the test that no read leaves one behind. */
    private final java.util.concurrent.atomic.AtomicInteger openReaders =
            new java.util.concurrent.atomic.AtomicInteger();
    // PostgreSQL keeps the group-commit writer too (one writer thread per node): a caller is still
    // answered only once its write is committed, and one commit (one WAL flush on the server) carries
    // many pieces. Other nodes write at the same time; row locks and unique indexes keep them apart,
    // and a piece that loses a deadlock or a unique race fails alone at its savepoint.
    private final GroupCommit writes;
    /**
     * SQLite, opt-in ({@code -Dgongkai.sqlite.walsync=true}): the writer commits with
     * {@code synchronous=NORMAL} and {@link WalSync} syncs the WAL on its own thread before the
     * callers hear back, so the next batch runs during the fsync. Off by default: on the shared
     * bench machine it cut the SMS commit wait at 16 clients (18 → 13–14 ms) but did not show a
     * gain at 32, and a read can see a commit a few milliseconds before it is durable. Default:
     * every COMMIT syncs itself ({@code FULL}).
     */
    private final boolean walSync = Boolean.getBoolean("gongkai.sqlite.walsync");

    private final Ballast ballast;
    private final Ballast journalReserve;
    private final Journal journal;
    private final Map<String, Journal.Replayer> replayers = new ConcurrentHashMap<>();
    private final AtomicBoolean replaying = new AtomicBoolean();
    /** When a write last failed for a full disk; cleared once the reserve is back in place. */
    private volatile Instant fullSince;
    private volatile long lastLook;

    private Database(Path file, DatabaseTarget server) {
        this.file = file;
        this.url = server == null ? "jdbc:sqlite:" + file : server.url();
        this.dialect = server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
        this.pool = server == null ? null : Pool.open(server);
        this.writes = new GroupCommit(this::openWriter, server == null && walSync ? new WalSync(file) : null);
        // Two reserves: one freed for the database when the disk fills, and a smaller one that
        // only the journal frees, so what the database can no longer take still has room.
        this.ballast = new Ballast(file.getParent(), "reserve.bin", 0.75);
        this.journalReserve = new Ballast(file.getParent(), "journal-reserve.bin", 0.25);
        this.journal = new Journal(file.resolveSibling("journal.jsonl"), journalReserve);
        JournalRoomLogFilter.watch(journalReserve, System.getProperty("gongkai.logs"));
    }

    /** Opens (creating if needed) the database of the home and applies pending migrations. */
    public static Database open(Home home) {
        java.util.Optional<DatabaseTarget> server = DatabaseTarget.configured();
        return server.isPresent() ? open(home.database(), server.get()) : open(home.database());
    }

    /**
     * Opens the PostgreSQL database {@code server} names and applies pending migrations; the home's
     * data folder ({@code file}'s) still keeps the journal of what the server could not take.
     */
    public static Database open(Path file, DatabaseTarget server) {
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnly.directory(dir);
        if (!Files.isWritable(dir)) {
            throw new UserException("数据目录不可写: " + dir);
        }
        Database db = new Database(file.toAbsolutePath(), server);
        db.migrate();
        db.restoreReserves();
        return db;
    }

    public static Database open(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnly.directory(dir);
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new UserException("数据目录不可写: " + dir);
        }
        // SQLite gives its -wal and -shm files the mode of the database file: a 0600 file before
        // the first connection keeps all three owner-only whatever the umask.
        OwnerOnly.createFile(file);
        OwnerOnly.file(Path.of(file + "-wal"));
        OwnerOnly.file(Path.of(file + "-shm"));
        Database db = new Database(file.toAbsolutePath(), null);
        db.migrate();
        db.restoreReserves();
        return db;
    }

    public Path file() {
        return file;
    }

    /**
     * Waits until every write this process committed so far is on disk: for a reply read back
     * (a carrier's retry) that is about to be sent, since a read can see a commit a few
     * milliseconds before its WAL sync is done.
     */
    public void awaitDurable() {
        try {
            writes.awaitDurable();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** What this process's writes have cost so far (see {@link WriteStats}). */
    public WriteStats writeStats() {
        return writes.stats();
    }

    /** Whether this is PostgreSQL (the city platform) rather than the home's SQLite file. */
    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * What a claiming {@code SELECT} ends with so two nodes never take one row: PostgreSQL's
     * {@code FOR UPDATE SKIP LOCKED}; nothing on SQLite, whose one writer ({@code BEGIN
     * IMMEDIATE}) already makes a read-then-update transaction atomic.
     */
    public String skipLocked() {
        return dialect.skipLocked();
    }

    /** SQLite or PostgreSQL: for the few statements written differently (see {@link Dialect}). */
    public Dialect dialect() {
        return dialect;
    }

    /** The file or the server (without credentials), for messages and the serve banner. */
    public String where() {
        return pool == null ? file.toString() : DatabaseTarget.shownUrl(url);
    }

    private void migrate() {
        try {
            var flyway = Flyway.configure().locations(dialect.migrations());
            if (pool == null) {
                // WAL is a property of the file; set it before Flyway writes its history table.
                read(tx -> tx.pragma("journal_mode=WAL"));
                flyway.dataSource(url, null, null);
            } else {
                flyway.dataSource(pool);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            SQLException cause = sqlCause(e);
            if (cause != null) {
                throw translate(cause);
            }
            throw new IllegalStateException("database migration failed for " + where() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in a write transaction: opened {@code BEGIN IMMEDIATE} (so it never
     * fails half-way on SQLITE_BUSY after reading) and committed before this method returns, so
     * whatever the caller then tells a person is already on disk.
     */
    public <T> T write(Work<T> work) {
        keepOffTheJournalsRoom();
        T done;
        try {
            done = writes.write(work);
        } catch (SQLException e) {
            RuntimeException r = translate(e);
            // The disk filled up: free the reserve and try once more, so this write still lands.
            if (!(r instanceof WriteUnavailable w && w.diskFull() && ballast.release())) {
                throw r;
            }
            log.warn("disk full: the reserve {} was released", ballast.file());
            try {
                done = writes.write(work);
            } catch (SQLException again) {
                throw translate(again);
            }
        }
        afterWrite();
        return done;
    }

    /**
     * Once the journal has freed its reserve, the room it freed is the journal's: a database
     * write tried first would take it (a text's commit writes several pages to the WAL, a journal
     * line is one), and the next text could then be kept nowhere. So while that room is not back,
     * writes are refused at once, as for a full disk, and what people do goes to the journal.
     */
    private void keepOffTheJournalsRoom() {
        if (journalReserve.present()) {
            return;
        }
        long usable;
        try {
            usable = Files.getFileStore(file.getParent()).getUsableSpace();
        } catch (IOException e) {
            return; // cannot tell: let SQLite find out
        }
        // Twice the reserve: just after the journal freed it, the disk has the reserve's room and
        // no more, and a write let in at that moment would take it before the journal's line.
        if (usable < 2 * journalReserve.bytes()) {
            if (fullSince == null) {
                fullSince = Instant.now();
            }
            throw new WriteUnavailable("磁盘已满，无法写入数据库 " + file, true, null);
        }
    }

    /**
     * Writes as {@link #write} does; if the database cannot be written (disk full, lock held too
     * long), keeps {@code entry} in the journal instead and returns empty. The replayer registered
     * for {@code kind} writes it later. Fails only if the journal cannot be written either.
     * {@code work} returns non-null: empty means "journaled".
     */
    public <T> Optional<T> writeOrJournal(Work<T> work, String kind, ObjectNode entry) {
        try {
            return Optional.of(java.util.Objects.requireNonNull(write(work), "work must return a value"));
        } catch (WriteUnavailable e) {
            keep(kind, entry, e);
            return Optional.empty();
        }
    }

    /** Keeps {@code entry} in the journal after {@code cause} (a write that just failed); rethrows it if that fails too. */
    public void keep(String kind, ObjectNode entry, WriteUnavailable cause) {
        try {
            journal.append(kind, entry);
        } catch (UncheckedIOException lost) {
            cause.addSuppressed(lost);
            throw cause;
        }
        log.warn("database not writable ({}): kept in the journal {}", cause.getMessage(), journal.file());
    }

    /** Appends to the journal without trying the database: for what must follow an entry still there. */
    public void journalOnly(String kind, ObjectNode entry) {
        journal.append(kind, entry);
    }

    /**
     * Copies what waits in the journal to {@code target} (a backup takes it before the database,
     * so an entry replayed meanwhile is in one or both, never in neither); returns how many entries.
     */
    public int copyJournal(Path target) {
        try {
            return journal.copyTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException("journal not readable: " + journal.file(), e);
        }
    }

    /** How the program that writes entries of {@code kind} to the journal wants them replayed. */
    public void onReplay(String kind, Journal.Replayer replayer) {
        replayers.put(kind, replayer);
    }

    /**
     * Replays the journal now, on this thread, if there is anything in it; returns how many
     * entries were written.
     */
    public int replayJournal() {
        if (!journal.nonEmpty() || !replaying.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int n = journal.replay(this, replayers);
            if (n > 0) {
                log.info("journal: {} entries written to the database", n);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("journal not readable: " + journal.file(), e);
        } finally {
            replaying.set(false);
        }
    }

    /** One background replay at a time, asked for by {@link #replaySoon()}. */
    private final AtomicBoolean replayAsked = new AtomicBoolean();
    private final java.util.concurrent.ExecutorService replayer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "journal-replay-soon");
        t.setDaemon(true);
        return t;
    });

    /**
     * Replays the journal on a background thread, now, without waiting for it: for a program
     * that journals first and must not wait for the database (the kiosk's taps). Calls made
     * while a replay is queued are that replay; a call made once it has started queues one more.
     */
    public void replaySoon() {
        if (!replayAsked.compareAndSet(false, true)) {
            return;
        }
        try {
            replayer.execute(() -> {
                replayAsked.set(false);
                try {
                    replayJournal();
                } catch (RuntimeException e) {
                    // Still not writable: keepReplaying tries again; the entries are safe on disk.
                    log.debug("journal not replayed yet: {}", e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            replayAsked.set(false); // the program is ending: the next one to open the home replays it
        }
    }

    /**
     * For a program that is ending: lets a background replay finish, then tries once more here, so
     * what it journaled is on record when it exits if the database can be written at all (what
     * cannot stays in the journal for the next program to open the home).
     */
    public void finishReplays() {
        replayer.shutdown();
        try {
            if (!replayer.awaitTermination(WRITE_WAIT.toSeconds() + 2, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("journal: a replay still running at exit");
                return;
            }
            replayJournal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("journal kept for the next program to open the home: {}", e.getMessage());
        }
    }

    /**
     * Every {@code every}, replays a waiting journal and lays used reserves down again (a daemon
     * thread, for long-running programs: serve, the kiosk).
     */
    public void keepReplaying(java.time.Duration every) {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    replayJournal();
                    if (!journal.nonEmpty()) {
                        restoreReserves();
                    }
                } catch (RuntimeException e) {
                    log.debug("journal not replayed yet: {}", e.getMessage());
                }
            }
        }, "journal-replay-timer");
        t.setDaemon(true);
        t.start();
    }

    /** Lays both reserves down again if there is room; a full disk is over once they are. */
    private void restoreReserves() {
        boolean journalOk = journalReserve.restore();
        if (ballast.restore() && journalOk) {
            fullSince = null;
        }
        if (journalOk) {
            long dropped = JournalRoomLogFilter.takeDropped();
            if (dropped > 0) {
                log.warn("the disk has room again: {} log lines were left out while the journal used its reserve", dropped);
            }
        }
    }

    /** The state of the disk under the database, for /health and the console. */
    public record DiskStatus(boolean full, boolean reserveInPlace, int journalPending, long usableBytes) {
        public boolean trouble() {
            return full || !reserveInPlace || journalPending != 0;
        }
    }

    public DiskStatus diskStatus() {
        long usable;
        try {
            usable = Files.getFileStore(file.getParent()).getUsableSpace();
        } catch (IOException e) {
            usable = -1;
        }
        return new DiskStatus(fullSince != null, ballast.present() && journalReserve.present(), journal.pending(),
                usable);
    }

    /**
     * After a write went through: at most once a second, replay a waiting journal (another thread,
     * so this caller is not held up) and lay the reserve down again if it was used.
     */
    private void afterWrite() {
        long now = System.nanoTime();
        if (now - lastLook < 1_000_000_000L) {
            return;
        }
        lastLook = now;
        boolean pending = journal.nonEmpty();
        boolean reserve = !ballast.present() || !journalReserve.present();
        if (!pending && !reserve) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                if (pending) {
                    replayJournal();
                }
                if (!journal.nonEmpty()) {
                    restoreReserves();
                }
            } catch (RuntimeException e) {
                log.warn("journal not replayed yet: {}", e.getMessage());
            }
        }, "journal-replay");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Makes rows already deleted unrecoverable from the files: rebuilds the database without its
     * free pages ({@code VACUUM}, with its scratch copy in memory rather than a temporary file)
     * and copies the WAL into it and truncates it to nothing, so no old frame keeps a deleted
     * text. Outside any transaction, so it waits its turn like any writer.
     */
    public void scrub() {
        if (pool != null) {
            Pool.vacuum(pool);
            return;
        }
        try (Connection c = connect(SQLiteConfig.TransactionMode.DEFERRED, (int) WRITE_WAIT.toMillis());
                java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA secure_delete=ON");
            s.execute("PRAGMA temp_store=MEMORY");
            s.execute("VACUUM");
            for (int attempt = 0; ; attempt++) {
                boolean busy;
                try (java.sql.ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    busy = rs.next() && rs.getInt(1) != 0;
                }
                if (!busy) {
                    return;
                }
                if (attempt == 40) { // a reader kept its snapshot for ten seconds
                    throw new UserException("数据库正被读取，未能清空 " + file + "-wal；请稍后再运行一次");
                }
                Thread.sleep(250);
            }
        } catch (SQLException e) {
            throw translate(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("清理数据库时被中断: " + file, e);
        }
    }

    /** Runs {@code work} in a read transaction: one consistent snapshot, however many queries. */
    public <T> T read(Work<T> work) {
        if (pool != null) {
            try {
                return Pool.read(pool, work);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        // A borrowed connection keeps its prepared statements too (the webhook reads two rows a text).
        Statements r = idleReaders.pollFirst();
        boolean healthy = false;
        try {
            if (r != null && r.connection().isClosed()) {
                discard(r);
                r = null;
            }
            if (r == null) {
                r = openReader();
            }
            T result;
            try {
                result = work.run(new Tx(r));
            } finally {
                rollbackQuietly(r.connection());
            }
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            // After a failure the connection may be in any state: it is closed, the next read opens a fresh one.
            if (healthy && idleReaders.offerFirst(r)) {
                r = null;
            }
            discard(r);
        }
    }

    private Statements openReader() throws SQLException {
        Connection c = connect(SQLiteConfig.TransactionMode.DEFERRED, 5000);
        openReaders.incrementAndGet();
        try {
            c.setAutoCommit(false);
            return new Statements(c);
        } catch (SQLException | RuntimeException e) {
            closeReader(c);
            throw e;
        }
    }

    /** Closes a read connection that is not given back (failed, or more idle ones than kept); null is nothing. */
    private void discard(Statements r) {
        if (r != null) {
            r.close();
            closeReader(r.connection());
        }
    }

    private void closeReader(Connection c) {
        openReaders.decrementAndGet();
        try {
            c.close();
        } catch (SQLException e) {
            // Closing a broken connection can fail too; nothing is left to save, but say so.
            log.debug("a read connection did not close cleanly: {}", e.getMessage());
        }
    }

    /** SQLite read connections open now, idle or lent. */
    int openReadConnections() {
        return openReaders.get();
    }

    /**
     * The writer's busy timeout is short: it retries BEGIN IMMEDIATE itself, up to {@link #WRITE_WAIT}.
     */
    /** The group-commit writer's connection: SQLite's own, or one borrowed from the pool. */
    private Connection openWriter() throws SQLException {
        if (pool != null) {
            return pool.getConnection();
        }
        if (!walSync) {
            return connect(SQLiteConfig.TransactionMode.IMMEDIATE, 50);
        }
        Connection c = connect(SQLiteConfig.TransactionMode.IMMEDIATE, 50, SQLiteConfig.SynchronousMode.NORMAL);
        try (java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            if (!(rs.next() && "wal".equalsIgnoreCase(rs.getString(1)))) {
                // No WAL (a file system without shared memory): the rollback journal must sync at COMMIT.
                s.execute("PRAGMA synchronous=FULL");
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private Connection connect(SQLiteConfig.TransactionMode mode, int busyMillis) throws SQLException {
        return connect(mode, busyMillis, SQLiteConfig.SynchronousMode.FULL);
    }

    private Connection connect(SQLiteConfig.TransactionMode mode, int busyMillis, SQLiteConfig.SynchronousMode sync)
            throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(busyMillis);
        config.enforceForeignKeys(true);
        // FULL: an fsync per commit, so a service-hall PC that loses power keeps every request
        // a member of staff was told was saved (NORMAL can lose the last commits in WAL mode).
        // The group-commit writer alone gets NORMAL, and only in WAL mode, where WalSync does the
        // same fsync after the COMMIT and before anyone is told (see openWriter).
        config.setSynchronous(sync);
        config.setTransactionMode(mode);
        // Off: sqlite-jdbc would run SELECT last_insert_rowid() after every INSERT, upserts too;
        // Tx.insert asks for the id itself, the one place it is read.
        config.setGetGeneratedKeys(false);
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
        if (pool != null) {
            return Pool.translate(e, where());
        }
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            int primary = code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                if (fullSince == null) {
                    fullSince = Instant.now();
                }
                return new WriteUnavailable("磁盘已满，无法写入数据库 " + file, true, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                return new WriteUnavailable("无法写入数据库 " + file + " (只读或无权限)", false, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                // SQLite reports a full disk during an fsync or a WAL write as an I/O error.
                boolean full = code == SQLiteErrorCode.SQLITE_IOERR_WRITE || code == SQLiteErrorCode.SQLITE_IOERR_FSYNC
                        || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE || code == SQLiteErrorCode.SQLITE_IOERR_TRUNCATE;
                if (full && fullSince == null) {
                    fullSince = Instant.now();
                }
                return new WriteUnavailable("读写数据库出错 " + file + ": " + code.name(), full, e);
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new WriteUnavailable("数据库正忙，请稍后再试: " + file, false, e);
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
