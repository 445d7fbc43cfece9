package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.KioskApi;
import cn.gongkai.gateway.Server;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.DeliveryWanted;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestRecord;
import cn.gongkai.terminals.Terminals;
import cn.gongkai.twilio.TwilioWebhook;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk working against the server (RemoteBackend → /api/kiosk/requests) files the postal
 * address and the way of delivery in the request's own fields, as the local kiosk does.
 */
class RemoteRequestAddressTest {
    @TempDir Path serverHome;
    @TempDir Path kioskHome;

    @Test
    void a_posted_request_from_a_remote_kiosk_carries_its_address_to_the_server() throws Exception {
        try (Corpus corpus = TestHomes.corpusOf(serverHome, TestHomes.resource("/import/good"))) {
            Records records = new App(new Home(serverHome), TestHomes.CLOCK).records();
            String token = new Terminals(records.database(), TestHomes.CLOCK).register("大厅1号机", "青禾区政务服务中心", null, "tester");
            Console console = new Console(new Home(serverHome), corpus, records, TestHomes.CLOCK, Duration.ofMinutes(30));
            Server server = new Server(corpus, TwilioWebhook.closed("no sms"),
                    cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"), console, null, records.database(),
                    new KioskApi(corpus, records)).start(0);
            try (RemoteBackend kiosk = RemoteBackend.open(new Home(kioskHome),
                    URI.create("http://localhost:" + server.port()), token, TestHomes.CLOCK)) {
                Backend.Filed posted = kiosk.fileRequest(new NewRequest(ApplicantType.NATURAL_PERSON, "王五", "13812345678",
                        false, RequestChannel.KIOSK, "石门村2025年危房改造名单", "寄纸质的给我", null, null,
                        "石门村3组12号", DeliveryWanted.MAIL));
                Backend.Filed atHall = kiosk.fileRequest(new NewRequest(ApplicantType.NATURAL_PERSON, "赵六", "13812345679",
                        false, RequestChannel.KIOSK, "石门村2025年低保名单", "到大厅领纸质的", null, null,
                        null, DeliveryWanted.IN_PERSON));
                assertThat(posted.queued()).isFalse();
                RequestRecord r = byCode(records, posted.code());
                assertThat(r.address()).isEqualTo("石门村3组12号");
                assertThat(r.delivery()).isEqualTo(DeliveryWanted.MAIL);
                assertThat(records.requests().missing(r.id())).isEmpty();
                RequestRecord hall = byCode(records, atHall.code());
                assertThat(hall.address()).isNull();
                assertThat(hall.delivery()).isEqualTo(DeliveryWanted.IN_PERSON);
            } finally {
                server.close();
            }
        }
    }

    private static RequestRecord byCode(Records records, String code) {
        return records.requests().list(false).stream().map(v -> v.request())
                .filter(x -> x.receiptCode().equals(code)).findFirst().orElseThrow();
    }
}
