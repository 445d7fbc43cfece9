package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.sms.SmsRulesTest.HandClock;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.outreach.SmsSettings;
import cn.gongkai.twilio.TwilioConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flood limit counted in the commit that logs each text (no write of its own): two nodes
 * (two gateways on one real SQLite file, as two serve processes) count one number once, the
 * refused texts are on record with what they were told, and a node that has seen the number over
 * the limit itself still answers when the shared minute has started afresh.
 */
class LimitInCommitTest {
    @TempDir Path home;

    @Test
    void two_nodes_count_one_flood_once_in_the_texts_own_commits() {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        ConfigFiles config = new ConfigFiles(new Home(home));
        int limit = SmsSettings.load(config).perMinute();
        String refused = Messages.load(config).get("sms.rate_limited");
        HandClock clock = new HandClock();
        String phone = "+8613800003333";
        try (SmsGateway a = new SmsGateway(corpus, records, config, TwilioConfig.fromEnv(Map.of()), clock);
                SmsGateway b = new SmsGateway(corpus, records, config, TwilioConfig.fromEnv(Map.of()), clock)) {
            // First text at minute 0 reaches B; the rest arrive at 0:30 on A, which starts its own count then.
            assertThat(b.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMb0"))).isNotBlank().isNotEqualTo(refused);
            clock.millis.addAndGet(30_000);
            for (int i = 1; i < limit; i++) {
                assertThat(a.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMa" + i)))
                        .as("text %d of %d", i + 1, limit).isNotBlank().isNotEqualTo(refused);
            }
            assertThat(a.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMa-over")))
                    .as("one over, counted with B's text").isEqualTo(refused);
            assertThat(a.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMa-silent"))).isEmpty();
            assertThat(b.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMa-over")))
                    .as("Twilio's retry of the refused text on the other node").isEqualTo(refused);
            assertThat(hits(records)).contains((long) limit + 2);

            // 1:01: the shared minute (started by B at 0:00) is over; A's own, started at 0:30, is not.
            clock.millis.addAndGet(31_000);
            assertThat(a.channel().reply(new SmsChannel.Inbound(phone, "低保", "SMa-new-minute")))
                    .as("answered: the shared count decides").isNotBlank().isNotEqualTo(refused).contains("最低生活保障");
            assertThat(hits(records)).as("counted once").contains(1L);
        } finally {
            corpus.close();
        }
        long logged = records.database().<Optional<Long>>read(tx -> tx.one(
                "SELECT count(*) FROM inquiries WHERE channel = 'SMS'", rs -> rs.getLong(1))).orElseThrow();
        assertThat(logged).as("every text on record once, refused ones too").isEqualTo(limit + 3);
        long replies = records.database().<Optional<Long>>read(tx -> tx.one(
                "SELECT count(*) FROM sms_replies WHERE message_id IN ('SMa-over', 'SMa-silent')",
                rs -> rs.getLong(1))).orElseThrow();
        assertThat(replies).isEqualTo(2);
    }

    private static Optional<Long> hits(Records records) {
        return records.database().read(tx -> tx.one("SELECT hits FROM sms_rate", rs -> rs.getLong(1)));
    }
}
