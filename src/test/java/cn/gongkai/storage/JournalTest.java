package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.app.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cannot be written for longer than WRITE_WAIT is journaled, then replayed once, in order. */
class JournalTest {
    // Left in place after the test: the two Records opened here keep their background threads
    // (journal replay, reserves laid down again), which may still create a file in the home while
    // JUnit deletes it -- a race of the test's cleanup, not of the journal.
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.NEVER) Path home;

    private static long count(Database db, String sql, Object... args) {
        return db.read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    @Test
    void views_and_feedback_made_while_another_process_holds_the_lock_are_journaled_and_replayed_once() throws Exception {
        Records records = Records.open(new Home(home), Clock.systemUTC());
        Database db = records.database();
        InquiryJournal.Ref first;
        InquiryJournal.Ref second;
        // Another process holding SQLite's write lock past WRITE_WAIT (a stuck program, say).
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            long t0 = System.nanoTime();
            first = InquiryJournal.record(db, NewInquiry.of(InquiryChannel.KIOSK, "低保", List.of("A1")),
                    Instant.parse("2026-01-02T03:04:05Z"), null);
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat(waited).isBetween(Database.WRITE_WAIT.toMillis() - 100, Database.WRITE_WAIT.toMillis() + 3000);
            assertThat(first.id()).isNegative();
            assertThat(first.key()).startsWith("journal-");
            InquiryJournal.feedback(db, first, true, Instant.parse("2026-01-02T03:05:00Z"));
            assertThat(db.diskStatus().journalPending()).isEqualTo(2);
            assertThat(db.diskStatus().trouble()).isTrue();
            other.createStatement().execute("ROLLBACK");
        }
        Path journal = db.file().resolveSibling("journal.jsonl");
        byte[] kept = Files.readAllBytes(journal);
        assertThat(kept.length).isPositive();
        // It holds what people asked (and, for texts, their numbers): owner-only whatever the umask.
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)))
                .isEqualTo("rw-------");

        second = InquiryJournal.record(db, NewInquiry.of(InquiryChannel.KIOSK, "农保", List.of("B2")), Instant.now(), null);
        assertThat(second.id()).isPositive();
        InquiryJournal.feedback(db, second, false, Instant.now());
        assertThat(count(db, "SELECT count(*) FROM inquiries WHERE id = ? AND feedback = 'UNHELPFUL'", second.id()))
                .isEqualTo(1);
        // That write went through, so the journal is replayed (on another thread, or here).
        long end = System.nanoTime() + 20_000_000_000L;
        while (db.diskStatus().journalPending() != 0 && System.nanoTime() < end) {
            db.replayJournal();
            Thread.sleep(100);
        }
        assertThat(db.diskStatus().journalPending()).isZero();
        assertThat(count(db, "SELECT count(*) FROM inquiries WHERE text = '低保' AND external_id = ?", first.key()))
                .isEqualTo(1);
        java.util.Optional<String> feedback = db.read(tx -> tx.one(
                "SELECT feedback FROM inquiries WHERE external_id = ?", rs -> rs.getString(1), first.key()));
        assertThat(feedback).contains("HELPFUL");

        // A crash between the replay's commit and the journal's truncation replays it again: nothing doubles.
        Files.write(journal, kept);
        Records reopened = Records.open(new Home(home), Clock.systemUTC());
        assertThat(reopened.database().diskStatus().journalPending()).isZero();
        assertThat(count(db, "SELECT count(*) FROM inquiries")).isEqualTo(2);
    }

    /**
     * A replay that fails for a reason outside the entry (here: a connection that, on a full disk,
     * saw the database without its WAL and answered "no such table") keeps the entry and every one
     * after it for the next replay; only a rule the entry breaks sets it aside.
     */
    @Test
    void an_entry_failing_for_a_passing_reason_waits_for_the_next_replay_and_a_broken_rule_is_set_aside()
            throws Exception {
        Database db = Database.open(home.resolve("data/gongkai.db"));
        db.write(tx -> tx.update("CREATE TABLE IF NOT EXISTS seen (n INTEGER PRIMARY KEY)"));
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        db.onReplay("probe", (tx, e) -> {
            if (e.path("n").asInt() == 1 && tries.getAndIncrement() == 0) {
                throw new org.sqlite.SQLiteException("[SQLITE_ERROR] SQL error or missing database (no such table: seen)",
                        org.sqlite.SQLiteErrorCode.SQLITE_ERROR);
            }
            tx.update("INSERT INTO seen (n) VALUES (?)", e.path("n").asInt());
        });
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int n : new int[] {1, 2, 2, 3}) { // the second 2 breaks the primary key: a rule
            db.journalOnly("probe", json.createObjectNode().put("n", n));
        }
        assertThat(catchReplay(db)).isNotNull();
        assertThat(db.diskStatus().journalPending()).as("nothing dropped by the failed replay").isEqualTo(4);
        assertThat(count(db, "SELECT count(*) FROM seen")).isZero();
        assertThat(db.replayJournal()).isEqualTo(4);
        assertThat(db.diskStatus().journalPending()).isZero();
        assertThat(db.<List<Integer>>read(tx -> tx.list("SELECT n FROM seen ORDER BY n", rs -> rs.getInt(1)))).containsExactly(1, 2, 3);
        assertThat(Files.readAllLines(db.file().resolveSibling("journal.rejected.jsonl")))
                .singleElement().asString().contains("\"n\":2");
    }

    private static RuntimeException catchReplay(Database db) {
        try {
            db.replayJournal();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
