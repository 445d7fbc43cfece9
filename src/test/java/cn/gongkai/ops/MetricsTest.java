package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics on a real server after some traffic: the series exist and hold sane values. */
class MetricsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir Path home;

    @Test
    void metrics_show_requests_by_route_search_and_webhook_latency_outbox_and_index() throws Exception {
        TestHomes.sample(home).close();
        Metrics metrics = new Metrics(Clock.systemDefaultZone());
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        try (Corpus corpus = Corpus.open(new Home(home), TestHomes.CLOCK, metrics.registry());
                SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                        new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null), TestHomes.CLOCK);
                Server server = new Server(corpus, sms.webhook(), cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"), null, metrics.watch(corpus).watch(sms.outbox()))
                        .start(0)) {
            int port = server.port();
            for (int i = 0; i < 3; i++) {
                assertThat(get(port, "/api/search?q=" + java.net.URLEncoder.encode("低保", StandardCharsets.UTF_8)).statusCode())
                        .isEqualTo(200);
            }
            assertThat(get(port, "/api/disclosures/NO-SUCH-1").statusCode()).isEqualTo(404);
            assertThat(get(port, "/api/disclosures/NO-SUCH-2").statusCode()).isEqualTo(404);
            assertThat(get(port, "/no/such/page").statusCode()).isEqualTo(404);
            assertThat(get(port, "/health").statusCode()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                var r = Twilio.signed(port, "/twilio/sms", Twilio.sms("+8613900000" + (100 + i), "农保", "SMmetrics" + i));
                assertThat(r.statusCode()).isEqualTo(200);
            }
            assertThat(Twilio.post(port, "/twilio/sms", Twilio.sms("+8613900000999", "农保", "SMforged"), "bad")
                    .statusCode()).isEqualTo(403);
            // Two notices wait in the outbox: no sender runs in this test.
            long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "王某某", "13800000001", false,
                    RequestChannel.SMS, "石门村修路账目", null, null, null), "test");
            records.requests().confirmReceipt(id, TestHomes.TODAY, true, "staff");

            HttpResponse<String> scrape = get(port, "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
            String text = scrape.body();
            Map<String, Double> m = parse(text);

            assertThat(m.get("gongkai_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}"))
                    .isEqualTo(3.0);
            // The route template, never the raw path: one series for both missing ids.
            assertThat(m.get("gongkai_http_requests_seconds_count{method=\"GET\",route=\"/api/disclosures/{id}\",status=\"404\"}"))
                    .isEqualTo(2.0);
            assertThat(text).doesNotContain("NO-SUCH").doesNotContain("/no/such/page");
            assertThat(m.get("gongkai_http_requests_seconds_count{method=\"GET\",route=\"UNMATCHED\",status=\"404\"}"))
                    .isEqualTo(1.0);
            assertThat(m.get("gongkai_http_requests_seconds_count{method=\"POST\",route=\"/twilio/sms\",status=\"200\"}"))
                    .isEqualTo(4.0);
            assertThat(m.get("gongkai_http_requests_seconds_count{method=\"POST\",route=\"/twilio/sms\",status=\"403\"}"))
                    .isEqualTo(1.0);

            // Three API searches and four texts searched: at least seven timed searches, each under 10 s.
            assertThat(m.get("gongkai_search_seconds_count")).isGreaterThanOrEqualTo(7.0);
            assertThat(m.get("gongkai_search_seconds_sum")).isPositive().isLessThan(70.0);
            assertThat(m.get("gongkai_search_seconds_max")).isPositive().isLessThan(10.0);
            assertThat(text).contains("gongkai_search_seconds_bucket{le=");

            assertThat(m.get("gongkai_webhook_seconds_count{route=\"/twilio/sms\"}")).isEqualTo(5.0);
            assertThat(m.get("gongkai_webhook_seconds_max{route=\"/twilio/sms\"}")).isPositive().isLessThan(15.0);

            assertThat(m.get("gongkai_outbox_waiting")).isEqualTo(1.0);
            assertThat(m.get("gongkai_outbox_uncertain")).isEqualTo(0.0);
            assertThat(m.get("gongkai_outbox_retrying")).isEqualTo(0.0);
            assertThat(m.get("gongkai_outbox_failed")).isEqualTo(0.0);

            assertThat(m.get("gongkai_index_documents")).isEqualTo(71.0);
            assertThat(m.get("gongkai_index_size_bytes")).isGreaterThan(10_000.0).isLessThan(100_000_000.0);
            assertThat(m.get("gongkai_index_age_seconds")).isGreaterThanOrEqualTo(0.0).isLessThan(600.0);
        }
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Prometheus text format: "name{labels} value" lines, comments skipped. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> m = new HashMap<>();
        Pattern line = Pattern.compile("^(\\S+(?:\\{.*\\})?) (\\S+)$");
        for (String l : text.lines().toList()) {
            Matcher x = line.matcher(l);
            if (!l.startsWith("#") && x.matches()) {
                m.put(x.group(1), Double.valueOf(x.group(2)));
            }
        }
        return m;
    }
}
