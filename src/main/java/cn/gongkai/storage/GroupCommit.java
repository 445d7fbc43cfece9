package cn.gongkai.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's one writer, shared: writes from many threads are queued, and one writer thread runs
 * whatever has queued up in a single transaction, each piece inside its own savepoint, then
 * commits once. With {@code synchronous=FULL} every commit is an fsync, and the fsync, not the
 * SQL, is what a write costs on a service-hall PC: one fsync for many texts keeps every write
 * durable before its caller answers, at many times the throughput. A piece that fails is rolled
 * back to its savepoint alone; the others still commit.
 */
final class GroupCommit {
    /** The most pieces in one transaction: bounded so one commit never takes long. */
    private static final int MAX_BATCH = 64;
    /** An idle writer closes its connection and ends; the next write starts another. */
    private static final long IDLE_MILLIS = 2000;

    interface Opener {
        Connection open() throws SQLException;
    }

    private record Pending<T>(Database.Work<T> work, CompletableFuture<T> done) {}

    private final Opener opener;
    /** SQLite in WAL mode: the fsync after the commit, on its own thread (null: COMMIT syncs). */
    private final WalSync wal;
    /** Whether the open connection commits without syncing ({@code synchronous=NORMAL}), leaving it to {@link #wal}. */
    private boolean syncLater;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread writer;
    /** The transaction the writer thread is running, for a write nested inside a write. */
    private volatile Tx current;
    /** SQLite: the writer connection's statements, prepared once and kept while it is open (writer thread only). */
    private Statements kept;

    private final LongAdder writes = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final LongAdder sqlNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();

    WriteStats stats() {
        long[] w = wal == null ? new long[2] : wal.counts();
        return new WriteStats(writes.sum(), batches.sum(), waitNanos.sum(), sqlNanos.sum(), commitNanos.sum(), w[0],
                w[1]);
    }

    GroupCommit(Opener opener) {
        this(opener, null);
    }

    GroupCommit(Opener opener, WalSync wal) {
        this.opener = opener;
        this.wal = wal;
    }

    /** Waits until every write committed so far is on disk (for a read whose answer goes out). */
    void awaitDurable() throws SQLException {
        if (wal != null) {
            try {
                wal.awaitDurable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the disk", e);
            } catch (java.io.IOException e) {
                throw new SQLException("the write-ahead log could not be synced: " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code work} in a write transaction and returns once it is committed (or has failed). */
    <T> T write(Database.Work<T> work) throws SQLException {
        if (Thread.currentThread() == writer) {
            return work.run(current); // nested: part of the enclosing piece
        }
        Pending<T> p = new Pending<>(work, new CompletableFuture<>());
        long queued = System.nanoTime();
        queue.add(p);
        if (running.compareAndSet(false, true)) {
            Thread t = new Thread(this::loop, "sqlite-writer");
            t.setDaemon(true);
            t.start();
        }
        try {
            return p.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            writes.increment();
            waitNanos.add(System.nanoTime() - queued);
        }
    }

    private void loop() {
        writer = Thread.currentThread();
        Connection c = null;
        try {
            while (true) {
                Pending<?> first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    running.set(false);
                    // A write queued after the poll timed out but before the flag fell: keep it.
                    if (queue.isEmpty() || !running.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                List<Pending<?>> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    if (c == null) {
                        // Autocommit between batches: sqlite-jdbc's commit() would begin the next
                        // transaction at once with the connection's BEGIN IMMEDIATE and hold the
                        // write lock while idle, shutting every other process out. We begin and
                        // commit ourselves, so the lock is held only while a batch commits.
                        c = opener.open();
                        kept = Dialect.of(c) == Dialect.SQLITE ? new Statements(c) : null;
                        syncLater = wal != null && laterFor(c);
                    }
                    begin(c);
                    run(c, batch);
                } catch (SQLException | RuntimeException e) {
                    rollback(c);
                    close(c);
                    c = null;
                    kept = null;
                    batch.forEach(p -> p.done().completeExceptionally(e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer = null;
            close(c);
            kept = null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void run(Connection c, List<Pending<?>> batch) throws SQLException {
        long t0 = System.nanoTime();
        Tx tx = kept != null ? new Tx(kept) : new Tx(c);
        current = tx;
        List<Object> results = new ArrayList<>(batch.size());
        List<Throwable> errors = new ArrayList<>(batch.size());
        try {
            for (Pending<?> p : batch) {
                tx.execute("SAVEPOINT piece");
                try {
                    results.add(p.work().run(tx));
                    errors.add(null);
                    tx.execute("RELEASE piece");
                } catch (SQLException | RuntimeException | Error e) {
                    tx.execute("ROLLBACK TO piece");
                    tx.execute("RELEASE piece");
                    results.add(null);
                    errors.add(e);
                }
            }
        } finally {
            current = null;
        }
        long t1 = System.nanoTime();
        boolean later = syncLater;
        if (later) {
            wal.announce();
        }
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            if (later) {
                wal.committed(NOTHING); // announced: the count of commits stays even
            }
            throw e;
        }
        batches.increment();
        sqlNanos.add(t1 - t0);
        commitNanos.add(System.nanoTime() - t1);
        if (later) {
            // Written, not yet synced: the callers hear back after the WAL's fsync, while this
            // thread goes on with the next batch.
            wal.committed(new WalSync.Failable() {
                @Override
                public void durable() {
                    answer(batch, results, errors);
                }

                @Override
                public void failed(java.io.IOException e) {
                    SQLException s = new SQLException("the write-ahead log could not be synced: " + e.getMessage(), e);
                    batch.forEach(p -> p.done().completeExceptionally(s));
                }
            });
        } else {
            answer(batch, results, errors); // COMMIT synced (synchronous=FULL)
        }
    }

    private static final WalSync.Failable NOTHING = new WalSync.Failable() {
        @Override
        public void durable() {
            // a COMMIT that failed: nobody waits for it
        }

        @Override
        public void failed(java.io.IOException e) {
            // the same
        }
    };

    /** Whether {@code c} leaves the sync to {@link #wal}: it commits with {@code synchronous=NORMAL}. */
    private static boolean laterFor(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Only now, with everything on disk, do the callers hear back. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void answer(List<Pending<?>> batch, List<Object> results, List<Throwable> errors) {
        for (int i = 0; i < batch.size(); i++) {
            CompletableFuture done = batch.get(i).done();
            if (errors.get(i) != null) {
                done.completeExceptionally(errors.get(i));
            } else {
                done.complete(results.get(i));
            }
        }
    }

    /**
     * BEGIN IMMEDIATE, retried while another process holds the lock, up to {@link Database#WRITE_WAIT}.
     * Short, jittered tries rather than one long busy timeout: SQLite's own busy handler sleeps
     * ever longer between looks and can keep missing the gaps of a writer that commits often.
     */
    private static void begin(Connection c) throws SQLException {
        long deadline = System.nanoTime() + Database.WRITE_WAIT.toNanos();
        try (Statement s = c.createStatement()) {
            while (true) {
                try {
                    s.execute(Dialect.of(c).beginWrite()); // BEGIN IMMEDIATE on SQLite
                    return;
                } catch (SQLiteException e) {
                    int primary = e.getResultCode().code & 0xff;
                    boolean busy = primary == SQLiteErrorCode.SQLITE_BUSY.code
                            || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
                    if (!busy || System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(2, 15));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for the write lock", e);
                }
            }
        }
    }

    private static void rollback(Connection c) {
        if (c != null) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    return;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } catch (SQLException ignored) {
                // closed next: nothing of this batch was committed
            }
        }
    }

    private void close(Connection c) {
        if (kept != null) {
            kept.close(); // before the connection: a pooled one would keep them open otherwise
        }
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection: the next batch opens a fresh one
            }
        }
    }
}
