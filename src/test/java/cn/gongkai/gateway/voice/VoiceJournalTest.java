package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.storage.Database;
import cn.gongkai.twilio.TwilioConfig;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 for the voice line: while another program holds SQLite's write lock past
 * {@link Database#WRITE_WAIT}, a whole call — its question, a recorded message, a retried
 * step, how it ended — is kept in the journal, answered as if on record, and written once, in
 * order, when the lock is let go.
 */
class VoiceJournalTest {
    @TempDir Path home;

    private static List<Inquiry> inquiries(Records records, String callSid) {
        return records.inquiries().list(new InquiryFilter(InquiryChannel.VOICE, null, null, null, null, 0)).stream()
                .filter(q -> callSid.equals(q.externalId())).toList();
    }

    private static long count(Database db, String sql, Object... args) {
        return db.read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    @Test
    void a_call_made_while_the_database_is_locked_is_journaled_and_written_once_in_order() throws Exception {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        ConfigFiles config = new ConfigFiles(new Home(home));
        SmsGateway sms = new SmsGateway(corpus, records, config, twilio, TestHomes.CLOCK);
        Server server = new Server(corpus, sms.webhook(),
                new VoiceGateway(corpus, records, config, twilio, sms, TestHomes.CLOCK).webhook(), null, null).start(0);
        Database db = records.database();
        try {
            Phone asks = new Phone(server.port(), "CA" + "7".repeat(32), "+8613900000711");
            Phone leaves = new Phone(server.port(), "CA" + "8".repeat(32), "+8613900000712");
            String afterQuestion;
            String action;
            HttpResponse<String> retried;
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
                other.createStatement().execute("BEGIN IMMEDIATE"); // a stuck program holding the lock
                long t0 = System.nanoTime();
                asks.dial();
                long firstMs = (System.nanoTime() - t0) / 1_000_000;
                // The first step waited WRITE_WAIT for the lock, then went to the journal; the
                // call's later steps follow it there at once, in order.
                assertThat(firstMs).isGreaterThanOrEqualTo(Database.WRITE_WAIT.toMillis() - 100);
                assertThat(asks.text()).doesNotContain("对不起");
                action = asks.action("Gather");
                t0 = System.nanoTime();
                asks.speak("临时救助", 0.9);
                assertThat((System.nanoTime() - t0) / 1_000_000).as("a later step waits for nothing").isLessThan(3000);
                afterQuestion = asks.xml;
                assertThat(asks.text()).contains("第一条");
                // Twilio retries that step: the same answer, nothing added.
                retried = asks.raw(action, Map.of("SpeechResult", "临时救助", "Confidence", "0.9"));
                asks.speak("回主菜单", 0.9);
                asks.speak("不用了", 0.9);
                assertThat(asks.has("Hangup")).isTrue();
                assertThat(asks.status("completed", 40)).isEqualTo(204);

                // A second call, out of office hours, leaves a recorded question.
                leaves.dial().press("0");
                leaves.recorded("https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE0711", 12);
                assertThat(leaves.text()).contains("留言收到了");

                assertThat(count(db, "SELECT count(*) FROM voice_steps")).as("nothing reached the database").isZero();
                assertThat(db.diskStatus().journalPending()).isGreaterThanOrEqualTo(8);
                other.createStatement().execute("ROLLBACK");
            }
            assertThat(retried.body()).isEqualTo(afterQuestion);

            long end = System.nanoTime() + 20_000_000_000L;
            while (db.diskStatus().journalPending() != 0 && System.nanoTime() < end) {
                db.replayJournal();
                Thread.sleep(100);
            }
            assertThat(db.diskStatus().journalPending()).isZero();
            assertThat(Files.exists(db.file().resolveSibling("journal.rejected.jsonl"))).isFalse();

            List<Inquiry> asked = inquiries(records, asks.callSid);
            assertThat(asked).hasSize(1);
            assertThat(asked.get(0).text()).isEqualTo("临时救助");
            assertThat(count(db, "SELECT count(*) FROM voice_steps WHERE call_sid = ?", asks.callSid)).isEqualTo(4);
            java.util.Optional<String> stored = db.read(tx -> tx.one(
                    "SELECT twiml FROM voice_steps WHERE call_sid = ? AND step = 1", rs -> rs.getString(1), asks.callSid));
            assertThat(stored).contains(afterQuestion);
            VoiceCalls.View view = VoiceCalls.of(db, List.of(asked.get(0).id())).get(asked.get(0).id());
            assertThat(view.ended()).isEqualTo("COMPLETED");
            assertThat(view.seconds()).isEqualTo(40);
            assertThat(view.questions()).hasSize(1);

            List<Inquiry> left = inquiries(records, leaves.callSid);
            assertThat(left).hasSize(1);
            assertThat(left.get(0).recordingUrl()).endsWith("RE0711");

            // After the replay a retry of a journaled step still gets the answer on record.
            HttpResponse<String> late = asks.raw(action, Map.of("SpeechResult", "临时救助", "Confidence", "0.9"));
            assertThat(late.body()).isEqualTo(afterQuestion);
            assertThat(count(db, "SELECT count(*) FROM voice_steps WHERE call_sid = ?", asks.callSid)).isEqualTo(4);
        } finally {
            server.close();
            sms.close();
            records.database().finishReplays();
            corpus.close();
        }
    }
}
