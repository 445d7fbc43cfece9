package cn.gongkai.gammu;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.TestHomes;
import cn.gongkai.ops.ServeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, the longer runs: a burst of texts through a real gammu-smsd, with {@code serve}
 * SIGKILLed in the middle (none lost, none answered twice), and the throughput of the spool
 * (the README's figure).
 */
class GammuBurstTest {
    static final int BURST = 50;
    static final List<String> WORDS = List.of("低保", "医保", "养老保险", "修路", "你好");

    @TempDir Path home;
    @TempDir Path spool;

    static String number(int i) {
        return String.format("+86137%08d", i);
    }

    /** The burst waits on the dummy phone; gammu-smsd moves it all into the inbox once started. */
    private Smsd burst(int n) throws Exception {
        Smsd smsd = new Smsd(spool);
        for (int i = 0; i < n; i++) {
            smsd.receive(number(i), WORDS.get(i % WORDS.size()) + " " + i);
        }
        return smsd;
    }

    static long answered(Path home) {
        try {
            return Smsd.count(home, "SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'gammu:IN%'");
        } catch (Exception e) {
            return -1;
        }
    }

    static long count(Path home, String sql) {
        try {
            return Smsd.count(home, sql);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void sigkill_of_serve_mid_burst_loses_no_text_and_answers_none_twice() throws Exception {
        TestHomes.sample(home).close();
        List<String> launcher = ServeProcess.launcher(null, List.of());
        try (Smsd smsd = burst(BURST)) {
            ServeProcess serve = ServeProcess.start(launcher, home, GammuLineTest.env(smsd));
            long killedAt;
            long sentAtKill;
            try {
                smsd.start();
                assertThat(Smsd.waitFor(Duration.ofSeconds(60), () -> answered(home) >= 5))
                        .as("serve said %s", serve.output()).isTrue();
                serve.kill();
                killedAt = answered(home);
                sentAtKill = count(home, "SELECT COUNT(*) FROM outbox WHERE delivery_status = 'sent'");
            } finally {
                serve.kill();
            }
            try (ServeProcess again = ServeProcess.start(launcher, home, GammuLineTest.env(smsd))) {
                boolean done = Smsd.waitFor(Duration.ofSeconds(180), () -> count(home,
                        "SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY' AND delivery_status = 'sent'") == BURST);
                System.out.printf("[gammu kill] killed with %d of %d answered and %d replies sent; after restart: "
                        + "answered %d, sent %d%n", killedAt, BURST, sentAtKill, answered(home),
                        count(home, "SELECT COUNT(*) FROM outbox WHERE delivery_status = 'sent'"));
                assertThat(done).as("serve said %s", again.output()).isTrue();
            }
            assertThat(answered(home)).isEqualTo(BURST);
            assertThat(count(home, "SELECT COUNT(DISTINCT sender_phone) FROM inquiries WHERE external_id LIKE 'gammu:IN%'"))
                    .isEqualTo(BURST);
            assertThat(count(home, "SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY'")).isEqualTo(BURST);
            assertThat(Smsd.files(smsd.inbox)).isEmpty();
            assertThat(Smsd.files(smsd.error)).isEmpty();
            Set<String> to = new HashSet<>();
            List<Path> sent = Smsd.files(smsd.sent);
            for (Path f : sent) {
                var m = SpoolTransport.OURS.matcher(f.getFileName().toString());
                assertThat(m.matches()).isTrue();
                to.add(m.group(1));
            }
            assertThat(sent).as("one reply file per text").hasSize(BURST);
            assertThat(to).as("every number answered once").hasSize(BURST);
        }
    }

    /**
     * The README's figure: {@link #BURST} texts waiting on the phone, then gammu-smsd and serve in
     * the loop. gongkai's part (first text on record to last reply file handed to gammu-smsd) must
     * be far faster than a modem (10-20 texts a minute); end to end is gammu-smsd's own pace.
     */
    @Test
    void throughput_of_the_spool_with_gammu_smsd_in_the_loop() throws Exception {
        TestHomes.sample(home).close();
        try (Smsd smsd = burst(BURST);
                ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home,
                        GammuLineTest.env(smsd))) {
            long t0 = System.nanoTime();
            smsd.start();
            boolean handed = Smsd.waitFor(Duration.ofSeconds(60), () -> count(home,
                    "SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY' AND status = 'SENT'") == BURST);
            assertThat(handed).as("serve said %s", serve.output()).isTrue();
            boolean sent = Smsd.waitFor(Duration.ofSeconds(180), () -> count(home,
                    "SELECT COUNT(*) FROM outbox WHERE kind = 'REPLY' AND delivery_status = 'sent'") == BURST);
            double wall = (System.nanoTime() - t0) / 1e9;
            assertThat(sent).isTrue();
            double gongkai = seconds(home);
            System.out.printf("[gammu bench] %d texts: gongkai's part (inbox to outbox file) %.2f s = %.1f texts/s; "
                    + "end to end with gammu-smsd (dummy phone) %.1f s = %.2f texts/s%n", BURST, gongkai,
                    BURST / gongkai, wall, BURST / wall);
            assertThat(BURST / gongkai).as("texts/s gongkai moves through the spool").isGreaterThan(1.0);
        }
    }

    /** From the first text on record to the last reply file written, by the database's own clock. */
    private static double seconds(Path home) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"));
                var rs = c.createStatement().executeQuery("SELECT (SELECT MIN(at) FROM inquiries WHERE external_id LIKE "
                        + "'gammu:IN%'), (SELECT MAX(sent_at) FROM outbox WHERE kind = 'REPLY')")) {
            rs.next();
            java.time.Instant first = java.time.Instant.parse(rs.getString(1));
            java.time.Instant last = java.time.Instant.parse(rs.getString(2));
            return Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
        }
    }
}
