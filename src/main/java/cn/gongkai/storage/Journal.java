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
 * file lock.
 */
public final class Journal {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A FileLock is per process: threads and Databases of one JVM on one file meet on this monitor. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    /** Writes one entry inside the replay's transaction. */
    @FunctionalInterface
    public interface Replayer {
        void replay(Tx tx, JsonNode entry) throws SQLException;
    }

    private final Path file;
    private final Ballast ballast;
    private final Object monitor;

    Journal(Path file, Ballast ballast) {
        this.file = file;
        this.ballast = ballast;
        this.monitor = MONITORS.computeIfAbsent(file, f -> new Object());
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
            if (!ballast.release()) {
                throw new UncheckedIOException("journal not written: " + file, full);
            }
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
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
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
     * Writes every entry through its replayer in one transaction, in order, then empties the file.
     * Returns how many were replayed; 0 (file kept) if an entry's kind has no replayer here.
     */
    int replay(Database db, Map<String, Replayer> replayers) throws IOException {
        synchronized (monitor) {
            if (!Files.exists(file)) {
                return 0;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
                ByteBuffer all = ByteBuffer.allocate((int) ch.size());
                while (all.hasRemaining() && ch.read(all, all.position()) > 0) {
                    // read it all
                }
                List<JsonNode> entries = new ArrayList<>();
                for (String l : new String(all.array(), 0, all.position(), StandardCharsets.UTF_8).split("\n")) {
                    if (l.isBlank()) {
                        continue;
                    }
                    try {
                        entries.add(JSON.readTree(l));
                    } catch (IOException torn) {
                        // Only a crash in the middle of an append leaves a line that is not JSON;
                        // its caller was never answered, so nobody was told it was kept.
                        log.warn("journal: a torn line in {} skipped", file);
                    }
                }
                for (JsonNode e : entries) {
                    if (!replayers.containsKey(e.path("kind").asText())) {
                        return 0; // another program's entry: it replays them all
                    }
                }
                List<JsonNode> rejected = new ArrayList<>();
                if (!entries.isEmpty()) {
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
                                    if (unavailable(refused)) {
                                        throw refused;
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
                }
                if (!rejected.isEmpty()) {
                    StringBuilder b = new StringBuilder();
                    rejected.forEach(e -> b.append(e).append('\n'));
                    Files.writeString(rejectedFile(), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                }
                ch.truncate(0);
                ch.force(true);
                return entries.size();
            }
        }
    }
}
