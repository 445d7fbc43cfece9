package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.gateway.sms.TwilioConfig;
import cn.gongkai.gateway.voice.VoiceWebhook;
import cn.gongkai.requests.Records;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a neighbour on the network can reach. The machine's own non-loopback address stands in
 * for "another computer": a request to it arrives with that address as its source, not 127.0.0.1.
 */
class NetworkExposureTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir Path home;

    @Test
    void serve_listens_on_loopback_unless_told_otherwise() throws Exception {
        InetAddress lan = lanAddress().orElse(null);
        Assumptions.assumeTrue(lan != null, "no non-loopback address on this machine");
        TestHomes.sample(home).close();
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, Map.of())) {
            assertThat(get("127.0.0.1", serve.port(), "/health").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> get(lan.getHostAddress(), serve.port(), "/health"))
                    .isInstanceOf(ConnectException.class);
        }
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, Map.of(),
                List.of("--bind", "0.0.0.0"))) {
            assertThat(get(lan.getHostAddress(), serve.port(), "/health").statusCode()).isEqualTo(200);
            assertThat(serve.output()).contains("0.0.0.0");
        }
    }

    @Test
    void metrics_answer_loopback_clients_only_whatever_the_bind() throws Exception {
        InetAddress lan = lanAddress().orElse(null);
        Assumptions.assumeTrue(lan != null, "no non-loopback address on this machine");
        TestHomes.sample(home).close();
        Metrics metrics = new Metrics(Clock.systemDefaultZone());
        try (Corpus corpus = Corpus.open(new Home(home), TestHomes.CLOCK, metrics.registry());
                SmsGateway sms = new SmsGateway(corpus, Records.open(new Home(home), TestHomes.CLOCK),
                        new ConfigFiles(new Home(home)), new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null),
                        TestHomes.CLOCK);
                Server server = new Server(corpus, sms.webhook(), VoiceWebhook.closed("no voice"), null,
                        metrics.watch(corpus)).start("0.0.0.0", 0)) {
            int port = server.port();
            assertThat(get("127.0.0.1", port, "/metrics").statusCode()).isEqualTo(200);
            HttpResponse<String> outside = get(lan.getHostAddress(), port, "/metrics");
            assertThat(outside.statusCode()).isEqualTo(403);
            assertThat(outside.body()).doesNotContain("gongkai_");
            // The rest of the site is what --bind exposes it for.
            assertThat(get(lan.getHostAddress(), port, "/health").statusCode()).isEqualTo(200);
            // A proxy on this machine that says the client is elsewhere is believed: refused.
            HttpResponse<String> proxied = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.statusCode()).isEqualTo(403);
        }
    }

    static HttpResponse<String> get(String host, int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An IPv4 address of an interface that is up and not loopback, if the machine has one. */
    static Optional<InetAddress> lanAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
