package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.app.Records;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office hours, a failure inside a call, and a bad setting. */
class VoiceLineEdgesTest {
    @TempDir Path home;

    /** A Wednesday, 10 o'clock in the district. */
    static final Clock OFFICE_HOURS = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    private interface CallTest {
        void run(Server server, Records records) throws Exception;
    }

    private void withServer(Clock clock, CallTest test) throws Exception {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), clock);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        ConfigFiles config = new ConfigFiles(new Home(home));
        try (SmsGateway sms = new SmsGateway(corpus, records, config, twilio, clock);
                Server server = new Server(corpus, sms.webhook(),
                        new VoiceGateway(corpus, records, config, twilio, sms, clock).webhook(), null, null).start(0)) {
            test.run(server, records);
        } finally {
            corpus.close();
        }
    }

    @Test
    void key_0_in_office_hours_connects_to_the_staff_phone_and_a_missed_call_becomes_a_message() throws Exception {
        withServer(OFFICE_HOURS, (server, records) -> {
            Phone p = new Phone(server.port(), "CA-office-1", "+8613900000001").dial();
            assertThat(p.text()).contains("找工作人员，请按零");
            p.press("0");
            assertThat(p.text()).contains("转接");
            assertThat(p.verb("Dial").getTextContent()).isEqualTo("+864210000000");
            p.dialEnded("no-answer");
            assertThat(p.has("Record")).isTrue();

            Phone q = new Phone(server.port(), "CA-office-2", "+8613900000002").dial().press("0").dialEnded("completed");
            assertThat(q.has("Hangup")).isTrue();
        });
    }

    @Test
    void a_failure_inside_a_call_still_answers_valid_twiml_that_apologises_and_offers_the_menu() throws Exception {
        withServer(TestHomes.CLOCK, (server, records) -> {
            Phone p = new Phone(server.port(), "CA-broken", "+8613900000003").dial();
            // the call's table goes away mid-call: every later step fails inside
            records.database().write(tx -> tx.update("DROP TABLE voice_calls"));
            p.speak("低保", 0.9);
            assertThat(p.text()).startsWith("对不起");
            assertThat(p.action("Gather")).startsWith("/twilio/voice/menu");
        });
    }

    @Test
    void a_bad_voice_setting_names_the_file_and_the_key() throws Exception {
        Path cfg = new Home(home).configDir();
        Files.createDirectories(cfg);
        Files.writeString(cfg.resolve("kiosk.yaml"), "voice:\n  max_say_chars: 5\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VoiceSettings.load(new ConfigFiles(new Home(home))))
                .isInstanceOf(UserException.class).hasMessageContaining("kiosk.yaml").hasMessageContaining("max_say_chars");
        Files.writeString(cfg.resolve("kiosk.yaml"), "voice:\n  say_voice: Robot.Bob\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VoiceSettings.load(new ConfigFiles(new Home(home))))
                .isInstanceOf(UserException.class).hasMessageContaining("say_voice");
        // Twilio lists Polly.Zhiyu for cmn-CN only
        Files.writeString(cfg.resolve("kiosk.yaml"), "voice:\n  say_voice: Polly.Zhiyu\n  say_language: zh-CN\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VoiceSettings.load(new ConfigFiles(new Home(home))))
                .isInstanceOf(UserException.class).hasMessageContaining("say_language").hasMessageContaining("cmn-CN");
    }

    @Test
    void without_an_auth_token_the_voice_routes_are_closed() throws Exception {
        Corpus corpus = TestHomes.sample(home);
        try (Server server = new Server(corpus).start(0)) {
            var r = Twilio.post(server.port(), "/twilio/voice", java.util.Map.of("CallSid", "CA1"), "x");
            assertThat(r.statusCode()).isEqualTo(503);
        } finally {
            corpus.close();
        }
    }
}
