package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Segments;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.twilio.TwilioConfig;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.bench.BenchQueries;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.app.Records;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anything a phone (or an attacker) can put in a body gets a sane reply inside the budget. */
class SmsHostileInputTest {
    @TempDir Path home;

    static String hostile(Random r) {
        int kind = r.nextInt(8);
        int len = switch (kind) {
            case 0 -> 1600 + r.nextInt(400);
            case 1 -> r.nextInt(4);
            default -> 1 + r.nextInt(80);
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(9)) {
                case 0 -> b.append((char) r.nextInt(0x20)); // control characters, NUL included
                case 1 -> b.appendCodePoint(0x1F600 + r.nextInt(80)); // emoji
                case 2 -> b.append((char) (0xD800 + r.nextInt(0x800))); // half a surrogate pair
                case 3 -> b.append("<>&\"'%{}\\*~?()[]".charAt(r.nextInt(16)));
                case 4 -> b.append((char) (0x0600 + r.nextInt(0x100))); // Arabic
                case 5 -> b.append("申请进度订阅退订更多我是石门村的满意1２三".charAt(r.nextInt(21)));
                case 6 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
                case 7 -> b.append((char) r.nextInt(0x10000));
                default -> b.append((char) ('a' + r.nextInt(26)));
            }
        }
        return b.toString();
    }

    @Test
    void two_thousand_hostile_bodies_get_valid_twiml_within_budget_and_no_5xx() throws Exception {
        try (Corpus corpus = TestHomes.sample(home);
                SmsGateway sms = new SmsGateway(corpus, Records.open(new Home(home), TestHomes.CLOCK),
                        new ConfigFiles(new Home(home)), new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null),
                        TestHomes.CLOCK);
                Server server = new Server(corpus, sms.webhook()).start(0)) {
            Random r = new Random(4);
            for (int i = 0; i < 2000; i++) {
                String body = hostile(r);
                // Distinct senders so the rate limit does not hide the pipeline.
                Map<String, String> p = Twilio.sms("+86139" + String.format("%08d", i), body, "SMf" + i);
                HttpResponse<String> resp = Twilio.signed(server.port(), "/twilio/sms", p);
                assertThat(resp.statusCode()).as("body #%d", i).isEqualTo(200);
                String reply = Twilio.replyText(resp.body());
                assertThat(reply).as("body #%d", i).isNotBlank();
                assertThat(Segments.count(reply)).isLessThanOrEqualTo(2);
                assertThat(reply).doesNotContain("Exception").doesNotContain("at cn.");
            }
        }
    }

    @Test
    void every_reply_to_many_real_queries_fits_the_budget_and_a_one_segment_budget_too() throws Exception {
        for (int segments : new int[] {2, 1, 3}) {
            Path h = home.resolve("s" + segments);
            java.nio.file.Files.createDirectories(h.resolve("kiosk-config"));
            java.nio.file.Files.writeString(h.resolve("kiosk-config/kiosk.yaml"), "sms:\n  segments: " + segments + "\n");
            try (Corpus corpus = TestHomes.sample(h);
                    SmsGateway sms = new SmsGateway(corpus, Records.open(new Home(h), TestHomes.CLOCK),
                            new ConfigFiles(new Home(h)), new TwilioConfig(null, null, null, null, null), TestHomes.CLOCK)) {
                int n = 0;
                for (String q : BenchQueries.mix(corpus)) {
                    String from = "+86137" + String.format("%08d", n++);
                    for (String t : new String[] {q, "1", "2", "3", "更多", "4", "帮助", "订阅 " + q, "进度 " + q, "申请"}) {
                        String reply = sms.channel().reply(new SmsChannel.Inbound(from, t, null));
                        assertThat(Segments.count(reply)).as("%s → %s", t, reply).isLessThanOrEqualTo(segments);
                    }
                }
                assertThat(n).isGreaterThan(100);
            }
        }
    }

    @Test
    void segments_count_ucs2_as_70_then_67_and_emoji_as_two_units() {
        assertThat(Segments.count("低".repeat(70))).isEqualTo(1);
        assertThat(Segments.count("低".repeat(71))).isEqualTo(2);
        assertThat(Segments.count("低".repeat(134))).isEqualTo(2);
        assertThat(Segments.count("低".repeat(135))).isEqualTo(3);
        assertThat(Segments.count("😀".repeat(35))).isEqualTo(1);
        assertThat(Segments.count("a".repeat(160))).isEqualTo(1);
        assertThat(Segments.count("a".repeat(161))).isEqualTo(2);
        assertThat(Segments.count(Segments.cut("低".repeat(500), 2))).isEqualTo(2);
    }
}
