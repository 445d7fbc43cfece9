package cn.gongkai.gammu;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.Segments;
import cn.gongkai.ops.ServeProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 end to end: a text saved into gammu's dummy phone is moved into the spool by a real
 * gammu-smsd, answered by a real {@code serve} (GONGKAI_SMS_PROVIDER=gammu), and the reply is
 * written to the outbox and moved to {@code sent} by gammu-smsd.
 */
class GammuLineTest {
    @TempDir Path home;
    @TempDir Path spool;

    @BeforeEach
    void sample() {
        TestHomes.sample(home).close();
    }

    static Map<String, String> env(Smsd smsd) {
        return Map.of("GONGKAI_SMS_PROVIDER", "gammu", "GAMMU_SMSDRC", smsd.rc.toString());
    }

    /** The reply rows to one number: body, status, delivery status, file name. */
    static List<String[]> replies(Path home, String phone) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"));
                var st = c.prepareStatement("SELECT body, status, delivery_status, provider_sid FROM outbox "
                        + "WHERE to_phone = ? AND kind = 'REPLY' ORDER BY id")) {
            st.setString(1, phone);
            try (ResultSet rs = st.executeQuery()) {
                List<String[]> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
                return out;
            }
        }
    }

    @Test
    void a_text_to_the_modem_is_answered_and_the_reply_leaves_as_sent() throws Exception {
        String phone = "+8613800000001";
        try (Smsd smsd = new Smsd(spool).start();
                ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, env(smsd))) {
            assertThat(Smsd.waitFor(Duration.ofSeconds(10), () -> serve.output().contains("短信: 经 gammu-smsd 收发")))
                    .as(serve.output()).isTrue();
            smsd.receive(phone, "低保");
            assertThat(Smsd.waitFor(Duration.ofSeconds(40), () -> delivered(home, phone, 1)))
                    .as("reply sent; serve said %s; gammu-smsd said %s", serve.output(), log(smsd)).isTrue();
            String[] row = replies(home, phone).get(0);
            Path file = smsd.sent.resolve(row[3]);
            assertThat(file).exists();
            assertThat(SpoolText.decode(Files.readAllBytes(file), "unicode")).isEqualTo(row[0]);
            assertThat(row[0]).contains("最低生活保障");
            assertThat(Smsd.count(home, "SELECT COUNT(*) FROM inquiries WHERE sender_phone = ? AND text = '低保'"
                    + " AND external_id LIKE 'gammu:IN%'", phone)).isEqualTo(1);
            assertThat(Smsd.files(smsd.inbox)).isEmpty();
        }
    }

    @Test
    void a_long_text_in_is_one_inquiry_and_a_long_reply_leaves_as_one_multipart_message() throws Exception {
        String phone = "+8613800000002";
        String question = "请问" + "村里修路的钱是怎么花的".repeat(10) + "低保";
        assertThat(question.length()).isGreaterThan(70);
        try (Smsd smsd = new Smsd(spool).start();
                ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, env(smsd))) {
            smsd.receive(phone, question);
            smsd.receive("+8613800000003", "你好"); // the help text: longer than one SMS
            assertThat(Smsd.waitFor(Duration.ofSeconds(40),
                    () -> delivered(home, phone, 1) && delivered(home, "+8613800000003", 1)))
                    .as("replies sent; serve said %s; gammu-smsd said %s", serve.output(), log(smsd)).isTrue();
            assertThat(Smsd.count(home, "SELECT COUNT(*) FROM inquiries WHERE sender_phone = ? AND text = ?", phone,
                    question)).as("the parts joined into one text, got %s", texts(home, phone)).isEqualTo(1);
            String[] help = replies(home, "+8613800000003").get(0);
            int parts = Segments.count(help[0]);
            assertThat(parts).isGreaterThan(1);
            Matcher m = Pattern.compile("Transmitted " + Pattern.quote(help[3]) + " \\(total: (\\d+)\\)").matcher(smsd.log());
            assertThat(m.find()).as(smsd.log()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as("parts gammu-smsd sent").isEqualTo(parts);
            assertThat(smsd.log()).contains("Transmitted " + help[3] + " (part: 1)");
        }
    }

    @Test
    void an_opted_out_number_gets_nothing() throws Exception {
        String phone = "+8613800000004";
        try (Smsd smsd = new Smsd(spool).start();
                ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, env(smsd))) {
            smsd.receive(phone, "退订");
            assertThat(Smsd.waitFor(Duration.ofSeconds(30), () -> rows(home, phone, "SUPPRESSED") == 1)).isTrue();
            smsd.receive(phone, "低保");
            smsd.receive("+8613800000005", "低保"); // a number that did not opt out, after it
            assertThat(Smsd.waitFor(Duration.ofSeconds(40), () -> delivered(home, "+8613800000005", 1)))
                    .as("serve said %s", serve.output()).isTrue();
            assertThat(rows(home, phone, "SUPPRESSED")).isEqualTo(2);
            assertThat(Smsd.count(home, "SELECT COUNT(*) FROM inquiries WHERE sender_phone = ?", phone)).isEqualTo(2);
            for (Path folder : List.of(smsd.outbox, smsd.sent, smsd.error)) {
                assertThat(Smsd.files(folder)).noneMatch(p -> p.getFileName().toString().contains(phone));
            }
        }
    }

    static boolean delivered(Path home, String phone, int n) {
        try {
            return Smsd.count(home, "SELECT COUNT(*) FROM outbox WHERE to_phone = ? AND kind = 'REPLY' AND status = 'SENT'"
                    + " AND delivery_status = 'sent'", phone) == n;
        } catch (Exception e) {
            return false;
        }
    }

    static List<String> texts(Path home, String phone) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"));
                var st = c.prepareStatement("SELECT text FROM inquiries WHERE sender_phone = ? ORDER BY id")) {
            st.setString(1, phone);
            try (ResultSet rs = st.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    static long rows(Path home, String phone, String status) {
        try {
            return Smsd.count(home, "SELECT COUNT(*) FROM outbox WHERE to_phone = ? AND status = ?", phone, status);
        } catch (Exception e) {
            return -1;
        }
    }

    static String log(Smsd smsd) {
        try {
            return smsd.log();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
