package cn.gongkai.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The fsync of SQLite's write-ahead log, on a thread of its own, so the writer runs the next
 * batch while the last one is being made durable. The writer's connection commits with
 * {@code synchronous=NORMAL} (frames written to the WAL, not yet synced); here the WAL is synced
 * with {@code fdatasync} after those commits returned, and only then are their callers told —
 * as with {@code FULL}, nobody hears "saved" before it is on disk. One sync covers every commit
 * that returned before it started. A WAL that is gone was checkpointed into the database file
 * and that synced (SQLite deletes it only then); a WAL seen for the first time has its folder
 * synced too, as SQLite does for a new WAL, so the file itself survives a power cut.
 */
final class WalSync {
    private final Path wal;
    private final LinkedBlockingQueue<Failable> waiting = new LinkedBlockingQueue<>();
    private Object lastKey;
    private volatile Thread thread;
    private final Object lock = new Object();
    private long committed;
    private long durable;
    /** A sync that failed: the disk is failing, and nothing read can be vouched for from then on. */
    private volatile IOException broken;
    private final java.util.concurrent.atomic.LongAdder syncs = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder syncNanos = new java.util.concurrent.atomic.LongAdder();

    /** Syncs done so far and the time they took, for {@link WriteStats}. */
    long[] counts() {
        return new long[] {syncs.sum(), syncNanos.sum()};
    }

    /** A batch's callers: told once the sync is done, or given the error when it failed. */
    interface Failable {
        void durable();

        void failed(IOException e);
    }

    WalSync(Path database) {
        this.wal = Path.of(database + "-wal");
    }

    /**
     * Called before a COMMIT: a read that sees the commit and then waits in {@link #awaitDurable}
     * waits for it too. Each call is followed by one {@link #committed}, whatever the COMMIT did.
     */
    void announce() {
        synchronized (lock) {
            committed++;
        }
    }

    /** Hands over a committed batch; its callers are told after the next sync. */
    void committed(Failable batch) {
        waiting.add(batch);
        if (thread == null) {
            synchronized (this) {
                if (thread == null) {
                    Thread t = new Thread(this::loop, "sqlite-wal-sync");
                    t.setDaemon(true);
                    thread = t;
                    t.start();
                }
            }
        }
    }

    /** Waits until everything committed before this call is durable (a read about to be answered). */
    void awaitDurable() throws InterruptedException, IOException {
        synchronized (lock) {
            long target = committed;
            while (durable < target) {
                lock.wait();
            }
        }
        if (broken != null) {
            throw broken;
        }
    }

    private void loop() {
        List<Failable> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            waiting.drainTo(batch);
            IOException failure = null;
            long t0 = System.nanoTime();
            try {
                sync();
                syncs.increment();
                syncNanos.add(System.nanoTime() - t0);
            } catch (IOException e) {
                failure = e;
                broken = e;
            }
            for (Failable f : batch) {
                if (failure == null) {
                    f.durable();
                } else {
                    f.failed(failure);
                }
            }
            synchronized (lock) {
                durable += batch.size();
                lock.notifyAll();
            }
            batch.clear();
        }
    }

    private void sync() throws IOException {
        Object key;
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.WRITE)) {
            ch.force(false);
            key = Files.readAttributes(wal, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return; // checkpointed into the database file, which SQLite synced before deleting it
        }
        if (key == null || !key.equals(lastKey)) {
            syncFolder();
            lastKey = key;
        }
    }

    private void syncFolder() throws IOException {
        try (FileChannel dir = FileChannel.open(wal.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
            // Windows cannot open a folder as a file; NTFS journals the new WAL's entry itself.
        }
    }
}
