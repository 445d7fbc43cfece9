package cn.gongkai.requests;

import cn.gongkai.app.Records;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Purge means gone: not in any table, not in the free pages of the file, not in the WAL. */
class PurgeBytesTest {
    static final String PHONE = "13987654321";
    static final String WORDS = "紫藤萝花架补贴";

    @TempDir Path home;

    @Test
    void purged_phones_and_texts_are_not_in_the_raw_database_files() throws Exception {
        Clock then = TestHomes.CLOCK;
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), then);
        try (SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                new TwilioConfig(null, null, null, null, null), then)) {
            SmsChannel ch = sms.channel();
            ch.reply(new SmsChannel.Inbound("+86" + PHONE, WORDS, "SMpurge1"));
            // a search that finds something, so the number has an SMS session to purge too
            ch.reply(new SmsChannel.Inbound("+86" + PHONE, "低保", "SMpurge2"));
            ch.reply(new SmsChannel.Inbound("+86" + PHONE, "1", "SMpurge3"));
        } finally {
            corpus.close();
        }
        assertThat(raw().contains(WORDS)).as("the test's words are on disk before the purge").isTrue();
        assertThat(count(records, "SELECT count(*) FROM sms_sessions")).isPositive();

        Clock later = Clock.offset(then, Duration.ofDays(400));
        Cli.Result r = Cli.run(later, "inquiries", "purge", "--home", home.toString(), "--older-than", "365d");
        assertThat(r.status()).as(r.err()).isZero();

        assertThat(count(records, "SELECT count(*) FROM sms_sessions")).isZero();
        assertThat(count(records, "SELECT count(*) FROM sms_replies")).isZero();
        assertThat(count(records, "SELECT count(*) FROM inquiries WHERE sender_phone IS NOT NULL OR text <> ''")).isZero();
        assertThat(count(records, "SELECT count(*) FROM inquiries")).isEqualTo(3); // the counts stay
        String bytes = raw();
        // Booleans, so a failure names what was found instead of printing the whole file.
        assertThat(bytes.contains(PHONE)).as("the phone number in the raw files").isFalse();
        assertThat(bytes.contains("紫藤萝")).as("the villager's words in the raw files").isFalse();
    }

    static long count(Records records, String sql) {
        return records.database().read(tx -> tx.one(sql, rs -> rs.getLong(1)).orElse(0L));
    }

    /** Every byte of the database file and its WAL, as UTF-8 (SQLite's text encoding here). */
    private String raw() throws Exception {
        Path db = new Home(home).database();
        StringBuilder all = new StringBuilder(new String(Files.readAllBytes(db), StandardCharsets.UTF_8));
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path side = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(side)) {
                all.append(new String(Files.readAllBytes(side), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
