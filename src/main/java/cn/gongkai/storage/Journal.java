package cn.gongkai.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person did that could not be written to the database (disk full, lock held too long):
 * one JSON line per entry in {@code data/journal.jsonl}, appended with an fsync before the person
 * is answered, and replayed in order, in one transaction, once writing works again. Replayers are
 * idempotent (every entry carries its own key), so a crash between the replay's commit and the
 * journal's truncation replays nothing twice. Processes sharing a home share the file under a
 * file lock on {@code journal.lock} (a file never renamed, so a lock on it means the same thing to
 * every process), held only while a line is appended or the file is read or rewritten: the
 * replay's database write runs without it, so a kiosk appending a view never waits for a
 * replay that waits for SQLite's lock. One process replays at a time ({@code journal.replay.lock});
 * a program replays the kinds it knows and leaves the others, in order, to the program that
 * wrote them.
 */
public final class Journal {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A FileLock is per process: threads and Databases of one JVM on one file meet on this monitor. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();
    /** Entries hold phone numbers and texts: owner-only from creation, whatever the umask. */
    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    /** One replay per file in this JVM; the replay lock file keeps other processes out. */
    private static final Map<Path, java.util.concurrent.locks.ReentrantLock> REPLAYS = new ConcurrentHashMap<>();

    /** Writes one entry inside the replay's transaction. */
    @FunctionalInterface
    public interface Replayer {
        void replay(Tx tx, JsonNode entry) throws SQLException;
    }

    private final Path file;
    private final Ballast ballast;
    private final Object monitor;
    private final java.util.concurrent.locks.ReentrantLock replay;
    private final Path lockFile;
    private final Path replayLockFile;

    Journal(Path file, Ballast ballast) {
        this.file = file;
        this.ballast = ballast;
        this.monitor = MONITORS.computeIfAbsent(file, f -> new Object());
        this.replay = REPLAYS.computeIfAbsent(file, f -> new java.util.concurrent.locks.ReentrantLock());
        // Two files, not two regions of one: closing any channel on a file drops every lock this
        // process holds on it (POSIX), which would let a second replayer in.
        this.lockFile = file.resolveSibling("journal.lock");
        this.replayLockFile = file.resolveSibling("journal.replay.lock");
    }

    public Path file() {
        return file;
    }

    /** Appends {@code entry} (with its kind) and forces it to disk; frees the reserve if the disk is full. */
    void append(String kind, ObjectNode entry) {
        ObjectNode line = JSON.createObjectNode().put("kind", kind);
        line.setAll(entry);
        byte[] bytes = (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            appendOnce(bytes);
        } catch (IOException full) {
            // Tried again whether this writer freed the reserve or not: another thread, or another
            // process sharing the home, may have freed it between this failed append and the
            // release here (the release then finds nothing), and the room it freed is for this
            // line too. If nobody freed anything the disk is simply full and the retry fails.
            ballast.release();
            try {
                appendOnce(bytes);
            } catch (IOException e) {
                e.addSuppressed(full);
                throw new UncheckedIOException("journal not written: " + file, e);
            }
        }
    }

    private void appendOnce(byte[] bytes) throws IOException {
        synchronized (monitor) {
            try (FileChannel lk = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OWNER_ONLY);
                    FileLock lock = lk.lock();
                    FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE), OWNER_ONLY)) {
                long before = ch.size();
                try {
                    ByteBuffer b = ByteBuffer.wrap(bytes);
                    long at = before;
                    while (b.hasRemaining()) {
                        at += ch.write(b, at);
                    }
                    ch.force(true);
                } catch (IOException e) {
                    // A half-written line would spoil the next one: cut it off again.
                    ch.truncate(before);
                    throw e;
                }
            }
        }
    }

    private Path rejectedFile() {
        return file.resolveSibling("journal.rejected.jsonl");
    }

    /** Busy, full, read-only, I/O: the database may take the entry later, so the replay stops here. */
    private static boolean unavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WriteUnavailable) {
                return true;
            }
            if (c instanceof org.sqlite.SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                return primary == org.sqlite.SQLiteErrorCode.SQLITE_FULL.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_IOERR.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_READONLY.code;
            }
        }
        return false;
    }

    /**
     * Only a rule the entry itself breaks (a constraint, a value of the wrong kind, or the
     * replayer's own refusal of a malformed entry) sets it aside for good. Any other SQLite
     * error may pass: a connection opened on a full disk can see the database without its WAL
     * ("no such table"), and an entry set aside for that would be on record nowhere.
     */
    private static boolean refusedForGood(Throwable t) {
        if (unavailable(t)) {
            return false;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.sqlite.SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                return primary == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_MISMATCH.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_TOOBIG.code
                        || primary == org.sqlite.SQLiteErrorCode.SQLITE_RANGE.code;
            }
            if (c instanceof SQLException) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the entries waiting now to {@code target} (for a backup; nothing if none wait) and
     * returns how many there are.
     */
    int copyTo(Path target) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] all = underLock(ch -> read(ch, 0));
        if (all.length == 0) {
            return 0;
        }
        Files.write(target, all, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        return (int) new String(all, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }

    /** How many entries wait to be replayed (0 if the file is missing or empty). */
    public int pending() {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return 0;
            }
            synchronized (monitor) {
                return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    boolean nonEmpty() {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes every entry of a kind known here through its replayer, in one transaction, in order,
     * then removes those entries from the file (keeping what was appended meanwhile and the kinds
     * another program replays). Returns how many were written; 0 if another process is replaying.
     */
    int replay(Database db, Map<String, Replayer> replayers) throws IOException {
        if (!replay.tryLock()) {
            return 0;
        }
        try (FileChannel rl = FileChannel.open(replayLockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                OWNER_ONLY);
                FileLock mine = rl.tryLock()) {
            if (mine == null) {
                return 0; // another process replays now
            }
            byte[] head = underLock(ch -> read(ch, 0));
            if (head.length == 0) {
                return 0;
            }
            List<JsonNode> entries = new ArrayList<>();
            StringBuilder others = new StringBuilder();
            for (String l : new String(head, StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank()) {
                    continue;
                }
                JsonNode e;
                try {
                    e = JSON.readTree(l);
                } catch (IOException torn) {
                    // Only a crash in the middle of an append leaves a line that is not JSON;
                    // its caller was never answered, so nobody was told it was kept.
                    log.warn("journal: a torn line in {} skipped", file);
                    continue;
                }
                if (replayers.containsKey(e.path("kind").asText())) {
                    entries.add(e);
                } else {
                    others.append(l).append('\n'); // another program's entry: it replays those
                }
            }
            if (entries.isEmpty()) {
                return 0; // only other programs' entries: left as they are
            }
            List<JsonNode> rejected = write(db, replayers, entries);
            if (!rejected.isEmpty()) {
                StringBuilder b = new StringBuilder();
                rejected.forEach(e -> b.append(e).append('\n'));
                Files.writeString(rejectedFile(), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            }
            byte[] kept = others.toString().getBytes(StandardCharsets.UTF_8);
            underLock(ch -> {
                byte[] tail = read(ch, head.length);
                if (kept.length == 0 && tail.length == 0) {
                    ch.truncate(0);
                    ch.force(true);
                    return null;
                }
                // What is left goes to a new file renamed over the old one, so a crash leaves
                // either the old journal (replayed again: the replayers are idempotent) or the new.
                Path next = file.resolveSibling("journal.jsonl.next");
                try (FileChannel out = FileChannel.open(next, java.util.Set.of(StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), OWNER_ONLY)) {
                    ByteBuffer b = ByteBuffer.allocate(kept.length + tail.length).put(kept).put(tail).flip();
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                    out.force(true);
                }
                Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return null;
            });
            return entries.size();
        } finally {
            replay.unlock();
        }
    }

    /** Replays {@code entries} in one write, each in its own savepoint; returns those the database refuses for good. */
    private List<JsonNode> write(Database db, Map<String, Replayer> replayers, List<JsonNode> entries) {
        List<JsonNode> rejected = new ArrayList<>();
        db.write(tx -> {
            rejected.clear();
            try (java.sql.Statement st = tx.connection().createStatement()) {
                for (JsonNode e : entries) {
                    st.execute("SAVEPOINT entry");
                    try {
                        replayers.get(e.path("kind").asText()).replay(tx, e);
                        st.execute("RELEASE entry");
                    } catch (SQLException | RuntimeException refused) {
                        st.execute("ROLLBACK TO entry");
                        st.execute("RELEASE entry");
                        if (!refusedForGood(refused)) {
                            throw refused; // tried again at the next replay, with every entry after it
                        }
                        // The database will never take this one (a rule it breaks): set
                        // aside for a person, so it cannot block every entry after it.
                        log.error("journal: an entry the database refuses was set aside in {}: {}",
                                rejectedFile(), refused.getMessage());
                        rejected.add(e);
                    }
                }
            }
            return null;
        });
        return rejected;
    }

    private interface Locked<T> {
        T run(FileChannel journal) throws IOException;
    }

    /** Runs {@code work} on the journal file while holding the lock every appender takes. */
    private <T> T underLock(Locked<T> work) throws IOException {
        synchronized (monitor) {
            try (FileChannel lk = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OWNER_ONLY);
                    FileLock lock = lk.lock();
                    FileChannel ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
                            StandardOpenOption.READ, StandardOpenOption.WRITE), OWNER_ONLY)) {
                return work.run(ch);
            }
        }
    }

    private static byte[] read(FileChannel ch, long from) throws IOException {
        long size = ch.size();
        if (size <= from) {
            return new byte[0];
        }
        ByteBuffer all = ByteBuffer.allocate((int) (size - from));
        while (all.hasRemaining() && ch.read(all, from + all.position()) > 0) {
            // read it all
        }
        return java.util.Arrays.copyOf(all.array(), all.position());
    }
}
