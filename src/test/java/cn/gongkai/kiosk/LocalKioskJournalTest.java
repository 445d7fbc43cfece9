package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.hall.StaffCalls;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 on a local kiosk: a request filed and a staff call made while another program holds
 * SQLite's write lock return at once (journaled), the receipt code shown is the one the request
 * is filed under, and both are written once, in order, when the lock is let go — however often
 * the journal is replayed.
 */
class LocalKioskJournalTest {
    @TempDir Path home;

    private static long count(Database db, String sql, Object... args) {
        return db.read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    @Test
    void a_request_and_a_staff_call_made_while_the_database_is_locked_return_at_once_and_are_written_once()
            throws Exception {
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        Database db = records.database();
        // The index is not needed for filing and calling: only the records are opened.
        LocalBackend kiosk = new LocalBackend(null, records, "大厅一号机");
        NewRequest r = new NewRequest(ApplicantType.NATURAL_PERSON, "李四", "13800001234", false, RequestChannel.KIOSK,
                "申请公开本村2025年低保名单", "纸质", null, null);
        Backend.Filed filed;
        long call;
        byte[] kept;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
            other.createStatement().execute("BEGIN IMMEDIATE"); // another program holding the lock
            long t0 = System.nanoTime();
            filed = kiosk.fileRequest(r);
            call = kiosk.callStaff();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as("提交 and 呼叫 wait for no lock").isLessThan(1500);
            assertThat(filed.queued()).isFalse();
            assertThat(filed.code()).matches("GK\\d{8}");
            assertThat(kiosk.call(call)).get().extracting(StaffCalls.Call::outcome).isEqualTo(StaffCalls.Outcome.WAITING);
            kiosk.phoneShown(call); // nobody came: follows the call through the journal
            kept = Files.readAllBytes(db.file().resolveSibling("journal.jsonl"));
            assertThat(db.diskStatus().journalPending()).isEqualTo(3);
            other.createStatement().execute("ROLLBACK");
        }
        long end = System.nanoTime() + 30_000_000_000L;
        while (db.diskStatus().journalPending() != 0 && System.nanoTime() < end) {
            db.replayJournal();
            Thread.sleep(100);
        }
        assertThat(db.diskStatus().journalPending()).isZero();
        assertThat(count(db, "SELECT count(*) FROM requests WHERE receipt_code = ? AND channel = 'KIOSK'"
                + " AND content = '申请公开本村2025年低保名单'", filed.code())).isEqualTo(1);
        StaffCalls.Call written = kiosk.call(call).orElseThrow();
        assertThat(written.id()).isPositive();
        assertThat(written.kiosk()).isEqualTo("大厅一号机");
        assertThat(written.outcome()).isEqualTo(StaffCalls.Outcome.PHONE_SHOWN);

        // A crash between the replay's commit and the journal's trimming replays it all again.
        Files.write(db.file().resolveSibling("journal.jsonl"), kept);
        assertThat(db.replayJournal()).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM requests")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM staff_calls")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM audit_log WHERE action = 'REQUEST_ADDED'")).isEqualTo(1);

        // Refused before anything is kept: the screen hears it at once.
        NewRequest empty = new NewRequest(ApplicantType.NATURAL_PERSON, "李四", null, false, RequestChannel.KIOSK, " ",
                null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kiosk.fileRequest(empty))
                .isInstanceOf(cn.gongkai.config.UserException.class);
        assertThat(db.diskStatus().journalPending()).isZero();
        db.finishReplays();
    }
}
