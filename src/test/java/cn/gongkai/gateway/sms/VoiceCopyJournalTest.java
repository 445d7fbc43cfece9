package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.storage.Database;
import cn.gongkai.twilio.TwilioConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the voice line's "send by SMS" (key 3) while another program holds SQLite's write
 * lock past WRITE_WAIT is kept in the journal, and queued in the outbox once — with a pickup code
 * that opens the document — when writing works again, however often the journal is replayed.
 */
class VoiceCopyJournalTest {
    @TempDir Path home;

    private static long count(Database db, String sql, Object... args) {
        return db.read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    @Test
    void a_copy_asked_for_while_the_database_is_locked_is_queued_once_when_the_lock_is_let_go() throws Exception {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        Database db = records.database();
        try (SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                TwilioConfig.fromEnv(Map.of()), TestHomes.CLOCK)) {
            Disclosure d = corpus.search().latest(null, null, 1).hits().get(0).disclosure();
            String key = "voice:CA" + "5".repeat(32) + ":" + d.id();
            byte[] kept;
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
                other.createStatement().execute("BEGIN IMMEDIATE");
                assertThat(sms.queueCopy("+8613900000531", d, key)).isEqualTo(SmsGateway.Copy.QUEUED);
                kept = Files.readAllBytes(db.file().resolveSibling("journal.jsonl"));
                assertThat(new String(kept, java.nio.charset.StandardCharsets.UTF_8)).contains("voice_copy");
                other.createStatement().execute("ROLLBACK");
            }
            assertThat(db.replayJournal()).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM outbox WHERE dedupe_key = ? AND kind = 'VOICE_COPY'", key))
                    .isEqualTo(1);
            String body = db.read(tx -> tx.one("SELECT body FROM outbox WHERE dedupe_key = ?", rs -> rs.getString(1),
                    key)).orElseThrow();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{6}").matcher(body);
            assertThat(m.find()).as("a pickup code in %s", body).isTrue();
            assertThat(records.pickupCodes().resolve(m.group())).contains(d.id());

            Files.write(db.file().resolveSibling("journal.jsonl"), kept); // replayed again after a crash
            db.replayJournal();
            assertThat(count(db, "SELECT count(*) FROM outbox WHERE dedupe_key = ?", key)).isEqualTo(1);
            // Asked again once written: the outbox already has it.
            assertThat(sms.queueCopy("+8613900000531", d, key)).isEqualTo(SmsGateway.Copy.ALREADY_QUEUED);
        } finally {
            corpus.close();
        }
    }
}
