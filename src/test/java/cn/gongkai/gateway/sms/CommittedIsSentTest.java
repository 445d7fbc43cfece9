package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.storage.Database;
import cn.gongkai.twilio.TwilioConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, "what was committed is what was sent": a delivery whose pipeline fails after another
 * delivery of the same message committed its reply sends that reply, not the apology. The failure
 * is injected at the exact point through the clock the conversation reads after its first look
 * for a stored reply: the trap commits the other delivery's reply, then throws.
 */
class CommittedIsSentTest {
    @TempDir Path home;

    /** The fixed test clock, with a trap: once armed, the next read commits {@code other} and throws. */
    static final class Trap extends Clock {
        final AtomicBoolean armed = new AtomicBoolean();
        Runnable other = () -> {};

        @Override
        public Instant instant() {
            if (armed.compareAndSet(true, false)) {
                other.run();
                throw new IllegalStateException("injected: the pipeline fails after the other delivery committed");
            }
            return TestHomes.CLOCK.instant();
        }

        @Override
        public ZoneId getZone() {
            return TestHomes.CLOCK.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void a_delivery_failing_after_another_committed_sends_the_committed_reply() throws Exception {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        Database db = records.database();
        Trap clock = new Trap();
        String sid = "SM" + "4".repeat(32);
        String committed = "已记录的回复：低保政策三条";
        try (SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                TwilioConfig.fromEnv(Map.of()), clock)) {
            clock.other = () -> db.write(tx -> {
                long id = tx.insert("INSERT INTO inquiries (channel, at, text, result_ids, nothing_found, sender_phone,"
                        + " external_id) VALUES ('SMS', ?, '低保', '[]', 0, '+8613900000441', ?)", Instant.now(), sid);
                return tx.update("INSERT INTO sms_replies (message_id, inquiry_id, reply, at) VALUES (?, ?, ?, ?)",
                        sid, id, committed, Instant.now());
            });
            clock.armed.set(true);
            String sent = sms.channel().reply(new SmsChannel.Inbound("+8613900000441", "低保", sid));
            assertThat(clock.armed.get()).as("the trap was sprung").isFalse();
            assertThat(sent).isEqualTo(committed);
            assertThat(db.<java.util.Optional<Long>>read(tx -> tx.one("SELECT count(*) FROM inquiries WHERE external_id = ?", rs -> rs.getLong(1),
                    sid))).contains(1L);
            assertThat(db.<java.util.Optional<String>>read(tx -> tx.one("SELECT reply FROM sms_replies WHERE message_id = ?", rs -> rs.getString(1),
                    sid))).contains(committed);
            // Twilio's retry of the same message gets the same reply.
            assertThat(sms.channel().reply(new SmsChannel.Inbound("+8613900000441", "低保", sid))).isEqualTo(committed);
        } finally {
            corpus.close();
        }
    }
}
