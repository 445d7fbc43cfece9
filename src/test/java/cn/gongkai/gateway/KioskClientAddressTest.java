package cn.gongkai.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.ops.ClientAddress;
import cn.gongkai.terminals.Terminals;
import cn.gongkai.twilio.TwilioWebhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind the shipped nginx (which connects from 127.0.0.1 and appends the client to
 * X-Forwarded-For) the refused-token audit and the kiosk's last contact name the real client;
 * from anyone who is not a trusted proxy the header is ignored. Two real servers on loopback, one
 * trusting loopback (the default) and one trusting only a range the test's connection is not in.
 */
class KioskClientAddressTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Records records;
    static Server behindNginx;
    static Server direct;
    static String token;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        corpus = TestHomes.corpusOf(home, TestHomes.resource("/import/good"));
        records = new App(new Home(home), TestHomes.CLOCK).records();
        token = new Terminals(records.database(), TestHomes.CLOCK).register("大厅1号机", "青禾区政务服务中心", null, "tester");
        behindNginx = server(ClientAddress.fromEnv(Map.of()));
        direct = server(ClientAddress.fromEnv(Map.of(ClientAddress.ENV, "10.0.0.0/8")));
    }

    private static Server server(ClientAddress clients) {
        return new Server(corpus, TwilioWebhook.closed("no sms"), cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"),
                null, null, records.database(), new KioskApi(corpus, records, clients)).start(0);
    }

    @AfterAll
    static void stop() {
        behindNginx.close();
        direct.close();
        corpus.close();
    }

    static int hello(Server s, String bearer, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/kiosk/hello"))
                .header("Authorization", "Bearer " + bearer);
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static List<String> refusals() {
        return records.database().read(tx -> tx.list(
                "SELECT detail FROM audit_log WHERE action = 'KIOSK_TOKEN_REFUSED' ORDER BY id", rs -> rs.getString(1)));
    }

    static String lastFrom() {
        return records.database().read(tx -> tx.one("SELECT last_contact_from FROM kiosks WHERE name = '大厅1号机'",
                rs -> rs.getString(1))).orElseThrow();
    }

    @Test
    void behind_the_local_proxy_the_audit_and_the_kiosk_record_name_the_forwarded_client() throws Exception {
        // nginx's $proxy_add_x_forwarded_for: whatever the client claimed, then the address nginx saw.
        assertThat(hello(behindNginx, "gk_wrong", "6.6.6.6, 203.0.113.7")).isEqualTo(401);
        assertThat(refusals()).last().asString().startsWith("from 203.0.113.7 ").doesNotContain("6.6.6.6");

        assertThat(hello(behindNginx, token, "198.51.100.20")).isEqualTo(200);
        assertThat(lastFrom()).isEqualTo("198.51.100.20");
    }

    @Test
    void from_a_client_that_is_no_trusted_proxy_the_header_is_ignored() throws Exception {
        assertThat(hello(direct, "gk_wrong", "203.0.113.99")).isEqualTo(401);
        assertThat(refusals()).last().asString().startsWith("from 127.0.0.1 ").doesNotContain("203.0.113.99");

        assertThat(hello(direct, token, "198.51.100.99")).isEqualTo(200);
        assertThat(lastFrom()).isEqualTo("127.0.0.1");
    }

    @Test
    void the_rules_read_the_list_from_the_right_and_stop_at_the_first_untrusted_hop() {
        ClientAddress lo = ClientAddress.loopbackProxy();
        assertThat(lo.of("127.0.0.1", List.of(), List.of())).isEqualTo("127.0.0.1");
        assertThat(lo.of("127.0.0.1", List.of("1.1.1.1, 127.0.0.1"), List.of())).isEqualTo("1.1.1.1");
        assertThat(lo.of("127.0.0.1", List.of("9.9.9.9", "1.1.1.1"), List.of())).isEqualTo("1.1.1.1");
        assertThat(lo.of("127.0.0.1", List.of("evil, 1.1.1.1"), List.of())).isEqualTo("1.1.1.1");
        assertThat(lo.of("127.0.0.1", List.of("1.1.1.1, not-an-address"), List.of())).isEqualTo("127.0.0.1");
        assertThat(lo.of("127.0.0.1", List.of(), List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(lo.of("192.0.2.1", List.of("1.1.1.1"), List.of("2.2.2.2"))).isEqualTo("192.0.2.1");
        ClientAddress lan = ClientAddress.fromEnv(Map.of(ClientAddress.ENV, "loopback, 10.1.0.0/16"));
        assertThat(lan.of("10.1.2.3", List.of("5.5.5.5, 10.1.9.9"), List.of())).isEqualTo("5.5.5.5");
        assertThat(lan.of("10.2.0.1", List.of("5.5.5.5"), List.of())).isEqualTo("10.2.0.1");
        ClientAddress none = ClientAddress.fromEnv(Map.of(ClientAddress.ENV, "none"));
        assertThat(none.of("127.0.0.1", List.of("5.5.5.5"), List.of())).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> ClientAddress.fromEnv(Map.of(ClientAddress.ENV, "nginx.local")))
                .isInstanceOf(UserException.class).hasMessageContaining("nginx.local");
        assertThatThrownBy(() -> ClientAddress.fromEnv(Map.of(ClientAddress.ENV, "10.0.0.0/33")))
                .isInstanceOf(UserException.class);
    }
}
