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
import cn.gongkai.gateway.voice.VoiceWebhook;
import cn.gongkai.app.Records;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a neighbour on the network can reach: which addresses serve listens on (read from the
 * kernel), and /metrics refused to any client that is not this machine.
 */
class NetworkExposureTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir Path home;

    @Test
    void serve_listens_on_loopback_unless_told_otherwise() throws Exception {
        TestHomes.sample(home).close();
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, Map.of())) {
            assertThat(get("127.0.0.1", serve.port(), "/health").statusCode()).isEqualTo(200);
            assertThat(listening(serve.port())).containsExactly("127.0.0.1");
        }
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, Map.of(),
                List.of("--bind", "0.0.0.0"))) {
            assertThat(listening(serve.port())).containsExactly("0.0.0.0");
            assertThat(serve.output()).contains("0.0.0.0");
        }
    }

    @Test
    void metrics_answer_loopback_clients_only_whatever_the_bind() throws Exception {
        TestHomes.sample(home).close();
        Metrics metrics = new Metrics(Clock.systemDefaultZone());
        try (Corpus corpus = Corpus.open(new Home(home), TestHomes.CLOCK, metrics.registry());
                SmsGateway sms = new SmsGateway(corpus, Records.open(new Home(home), TestHomes.CLOCK),
                        new ConfigFiles(new Home(home)), new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null),
                        TestHomes.CLOCK);
                Server server = new Server(corpus, sms.webhook(), VoiceWebhook.closed("no voice"), null,
                        metrics.watch(corpus)).start("0.0.0.0", 0)) {
            int port = server.port();
            assertThat(listening(port)).containsExactly("0.0.0.0");
            assertThat(get("127.0.0.1", port, "/metrics").statusCode()).isEqualTo(200);
            // A client elsewhere is refused by the same decision LocalClientTest pins address by
            // address; here a proxy on this machine says the client is elsewhere: refused too.
            // (Tests talk to loopback only: no traffic to another address of this machine.)
            HttpResponse<String> proxied = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.statusCode()).isEqualTo(403);
            assertThat(proxied.body()).doesNotContain("gongkai_");
            assertThat(get("127.0.0.1", port, "/health").statusCode()).isEqualTo(200);
        }
    }

    /** The local addresses a TCP port listens on, as the kernel reports them ({@code ss}). */
    static List<String> listening(int port) throws Exception {
        Process p = new ProcessBuilder("ss", "-Hltn", "sport = :" + port).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        List<String> addresses = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 4) {
                String local = cols[3];
                String host = local.substring(0, local.lastIndexOf(':'));
                addresses.add(host.equals("*") ? "0.0.0.0" : host.replace("[::ffff:", "").replace("]", ""));
            }
        }
        return addresses;
    }

    static HttpResponse<String> get(String host, int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
