package cn.gongkai.gammu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.app.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool side of issue 16 without the daemon: configuration refusals, files seen twice, unreadable files. */
class SpoolInboxTest {
    @TempDir Path home;
    @TempDir Path dir;
    Corpus corpus;
    SmsGateway sms;
    SmsdConfig config;

    @BeforeEach
    void open() throws Exception {
        corpus = TestHomes.sample(home);
        sms = new SmsGateway(corpus, Records.open(new Home(home), Clock.systemUTC()), new ConfigFiles(new Home(home)),
                new TwilioConfig(null, null, null, null, null), Clock.systemUTC());
        for (String f : new String[] {"inbox", "outbox", "sent", "error"}) {
            Files.createDirectories(dir.resolve(f));
        }
        Files.writeString(dir.resolve("rc"), """
                [gammu]
                device = /dev/ttyUSB2
                [smsd]
                Service = FILES
                inboxpath = inbox/
                outboxpath = outbox/
                sentsmspath = sent/
                errorsmspath = error/
                inboxformat = unicode
                """);
        config = SmsdConfig.load(dir.resolve("rc"));
    }

    @AfterEach
    void close() {
        sms.close();
        corpus.close();
    }

    private static String refusal(Map<String, String> env) {
        try {
            SmsProvider.fromEnv(env);
        } catch (UserException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("serve would have started");
    }

    @Test
    void serve_refuses_in_one_line_naming_the_problem() throws Exception {
        assertThat(refusal(Map.of("GONGKAI_SMS_PROVIDER", "gammu"))).contains("GAMMU_SMSDRC");
        assertThat(refusal(Map.of("GONGKAI_SMS_PROVIDER", "gammu", "GAMMU_SMSDRC", dir.resolve("nope").toString())))
                .contains("不存在").contains("nope");
        Path sql = dir.resolve("sql-rc");
        Files.writeString(sql, Files.readString(dir.resolve("rc")).replace("Service = FILES", "service = sql"));
        assertThat(refusal(Map.of("GONGKAI_SMS_PROVIDER", "gammu", "GAMMU_SMSDRC", sql.toString())))
                .contains("service").contains("sql");
        Files.delete(dir.resolve("sent"));
        assertThat(refusal(Map.of("GONGKAI_SMS_PROVIDER", "gammu", "GAMMU_SMSDRC", dir.resolve("rc").toString())))
                .contains("不可写").contains(dir.resolve("sent").toString());
        assertThat(refusal(Map.of("GONGKAI_SMS_PROVIDER", "modem"))).contains("twilio 或 gammu");
        assertThat(SmsProvider.fromEnv(Map.of()).gammu()).isNull();
        assertThat(config.inbox()).isEqualTo(dir.resolve("inbox"));
    }

    private long count(String sql, Object... args) throws Exception {
        return Smsd.count(home, sql, args);
    }

    @Test
    void a_file_seen_again_after_a_crash_is_answered_once() throws Exception {
        SpoolInbox inbox = new SpoolInbox(config, sms.channel(), sms.outbox(), 0);
        Path file = config.inbox().resolve("IN20261130_063306_00_+8613800000001_00.txt");
        byte[] bytes = SpoolText.encode("医保", "unicode");
        Files.write(file, bytes);
        assertThat(inbox.poll()).isEqualTo(1);
        assertThat(file).doesNotExist();
        Files.write(file, bytes); // as if serve died after the commit, before the file was removed
        assertThat(inbox.poll()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'gammu:IN%'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY'")).isEqualTo(1);
        // A later, different message that gets the same file name is a new text.
        Files.write(file, SpoolText.encode("低保", "unicode"));
        inbox.poll();
        assertThat(count("SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'gammu:IN%'")).isEqualTo(2);
    }

    @Test
    void an_unreadable_file_is_moved_aside_and_the_rest_answered() throws Exception {
        SpoolInbox inbox = new SpoolInbox(config, sms.channel(), sms.outbox(), 0);
        Path bad = config.inbox().resolve("IN20261130_063306_00_+8613800000001_00.txt");
        Files.write(bad, new byte[] {(byte) 0xFE, (byte) 0xFF, 0x4F}); // half a UTF-16 character
        Path bin = config.inbox().resolve("IN20261130_063307_00_+8613800000002_00.bin");
        Files.write(bin, new byte[] {1, 2, 3});
        Path good = config.inbox().resolve("IN20261130_063308_00_+8613800000003_00.txt");
        Files.write(good, SpoolText.encode("医保", "unicode"));
        assertThat(inbox.poll()).isEqualTo(1);
        assertThat(Files.list(config.inbox()).toList()).isEmpty();
        assertThat(config.unreadable().resolve(bad.getFileName())).exists();
        assertThat(config.unreadable().resolve(bin.getFileName())).exists();
        assertThat(inbox.poll()).isZero(); // never retried
        assertThat(SpoolInbox.masked(bad.getFileName().toString())).doesNotContain("13800000001");
    }

    @Test
    void a_row_sent_again_finds_the_file_it_wrote() throws Exception {
        SpoolTransport t = new SpoolTransport(config, Clock.systemUTC());
        String name = t.send("+8613800000001", "长".repeat(150), 7L);
        assertThat(t.send("+8613800000001", "长".repeat(150), 7L)).isEqualTo(name);
        Files.move(config.outbox().resolve(name), config.sent().resolve(name)); // gammu-smsd sent it
        assertThat(t.send("+8613800000001", "长".repeat(150), 7L)).isEqualTo(name);
        assertThat(Files.list(config.outbox()).toList()).isEmpty();
        assertThat(t.findSent("+8613800000001", "长".repeat(150), null)).contains(name);
        assertThat(t.findSent("+8613800000001", "短", null)).isEmpty();
        assertThat(SpoolText.decode(Files.readAllBytes(config.sent().resolve(name)), "unicode")).isEqualTo("长".repeat(150));
    }
}
