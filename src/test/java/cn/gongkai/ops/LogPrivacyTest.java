package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No phone number and no message text reaches the log: {@code serve} runs in its own JVM with the
 * production logback.xml (a rolling file under the home's logs/), takes SMS traffic with
 * distinctive numbers and texts, fails on purpose (the inquiry log refuses writes; Twilio
 * refuses a notice with an error that quotes the number and the text), and then the log file and
 * the console output are searched for every number and text.
 */
class LogPrivacyTest {
    @TempDir Path home;

    static final List<String> NUMBERS = List.of("+8613975318642", "+8615811223344", "+8618677665544", "+8617055501234");
    static final List<String> TEXTS = List.of("低保 PLUGHXYZZY", "申请 公开石门村QWERTYZX修路账目", "我是石门村的 FROBOZZMAGIC",
            "农保 OR 1=1; DROP TABLE inquiries; -- SQLMARKER", "AND( title:\"LUCENEMARK\" 养老", "悄悄话绝密内容甲乙丙丁");

    @Test
    void sms_traffic_and_its_errors_leave_no_number_or_text_in_the_log() throws Exception {
        TestHomes.sample(home).close();
        Records records = Records.open(new Home(home), Clock.systemDefaultZone());
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "王某某", NUMBERS.get(0).substring(3),
                false, RequestChannel.SMS, "石门村修路账目 NOTICEMARK", null, null, null), "test");
        records.requests().confirmReceipt(id, TestHomes.TODAY, true, "staff");
        List<String> outbound = new Outbox(records.database(), Clock.systemDefaultZone()).list(10).stream()
                .map(Outbox.Row::body).toList();
        assertThat(outbound).isNotEmpty();

        Path logback = Path.of(Metrics.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("logback.xml");
        List<String> secrets = new ArrayList<>();
        try (FakeTwilioApi api = new FakeTwilioApi();
                ServeProcess serve = ServeProcess.start(
                        ServeProcess.launcher(null, List.of("-Dlogback.configurationFile=" + logback)), home,
                        Map.of("TWILIO_AUTH_TOKEN", Twilio.TOKEN, "GONGKAI_PUBLIC_URL", Twilio.PUBLIC,
                                "TWILIO_ACCOUNT_SID", FakeTwilioApi.ACCOUNT, "TWILIO_FROM_NUMBER", FakeTwilioApi.FROM,
                                "TWILIO_API_BASE", api.base()))) {
            api.mode(FakeTwilioApi.Mode.REFUSE);
            int port = serve.port();
            int n = 0;
            for (String from : NUMBERS) {
                for (String text : TEXTS) {
                    var r = Twilio.signed(port, "/twilio/sms", Twilio.sms(from, text, "SMpriv" + n++));
                    assertThat(r.statusCode()).isEqualTo(200);
                }
            }
            String big = "超长短信BIGMARKER".repeat(6000);
            assertThat(Twilio.signed(port, "/twilio/sms", Twilio.sms(NUMBERS.get(1), big, "SMbig")).statusCode()).isEqualTo(200);
            assertThat(Twilio.post(port, "/twilio/sms", Twilio.sms(NUMBERS.get(2), TEXTS.get(0), "SMforged"), "forged")
                    .statusCode()).isEqualTo(403);
            // Delivery reports naming a number and carrying a text.
            Map<String, String> status = Twilio.sms(NUMBERS.get(3), TEXTS.get(5), "SMstatus");
            status.put("MessageStatus", "failed");
            status.put("ErrorCode", "30003");
            assertThat(Twilio.signed(port, "/twilio/sms/status?outbox=abc", status).statusCode()).isEqualTo(204);
            // The API searched with the same words.
            var search = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q="
                    + URLEncoder.encode(TEXTS.get(4), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);

            // An error path: the inquiry log refuses every write from now on.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"))) {
                c.createStatement().execute("""
                        CREATE TRIGGER privacy_test_fail BEFORE INSERT ON inquiries
                        BEGIN SELECT RAISE(ABORT, 'the log refuses'); END""");
            }
            for (String from : NUMBERS) {
                for (String text : TEXTS) {
                    var r = Twilio.signed(port, "/twilio/sms", Twilio.sms(from, text, "SMfail" + n++));
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(Twilio.replyText(r.body())).isNotBlank();
                }
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (api.posts.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(api.posts.get()).as("the notice was offered to Twilio and refused").isPositive();
            Thread.sleep(500);
            serve.close();
            secrets.add(serve.output());
        }
        String log;
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            log = b.toString();
        }
        // The error path did reach the log, with its stack trace: the check below has teeth.
        assertThat(log).contains("SMS pipeline failed").contains("the log refuses").contains("\tat ");
        String everything = log + "\n" + String.join("\n", secrets);
        for (String number : NUMBERS) {
            String national = number.substring(3);
            assertThat(everything).doesNotContain(national)
                    .doesNotContain(national.substring(0, 3) + " " + national.substring(3, 7))
                    .doesNotContain(URLEncoder.encode(number, StandardCharsets.UTF_8));
        }
        for (String marker : List.of("PLUGHXYZZY", "QWERTYZX", "FROBOZZMAGIC", "SQLMARKER", "LUCENEMARK", "悄悄话绝密",
                "BIGMARKER", "NOTICEMARK", "王某某")) {
            assertThat(everything).doesNotContain(marker);
        }
        for (String body : outbound) {
            assertThat(everything).doesNotContain(body);
        }
    }
}
