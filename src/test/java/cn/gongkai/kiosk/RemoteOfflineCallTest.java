package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.KioskApi;
import cn.gongkai.gateway.Server;
import cn.gongkai.terminals.Terminals;
import cn.gongkai.twilio.TwilioWebhook;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote kiosk (in-process, on Lanterna's virtual terminal) whose server goes away: 呼叫工作人员
 * is kept on the kiosk's disk and the screen says staff will see it when the connection returns;
 * a 取件码 gets a kind sentence. When a server answers on the same address again the call
 * reaches the console once, dated when it was made.
 */
class RemoteOfflineCallTest {
    @TempDir Path serverHome;
    @TempDir Path kioskHome;

    @Test
    void a_staff_call_made_offline_is_kept_and_arrives_once_with_the_time_it_was_made() throws Exception {
        Corpus corpus = TestHomes.sample(serverHome);
        Records records = new App(new Home(serverHome), TestHomes.CLOCK).records();
        String token = new Terminals(records.database(), TestHomes.CLOCK).register("石门镇1号机", "石门镇便民服务中心", null,
                "tester");
        Server server = server(corpus, records, 0);
        int port = server.port();
        Messages m = Messages.load(new ConfigFiles(new Home(kioskHome)));
        try (KioskHarness k = KioskHarness.remote(kioskHome, URI.create("http://localhost:" + port), token, 100, 30)) {
            server.close(); // the network goes down
            long t0 = System.nanoTime();
            Instant made = TestHomes.CLOCK.instant().minusSeconds(600);
            k.clock.now = made;
            k.tap(m.get("kiosk.home.help"));
            k.tap(m.get("kiosk.help.call"));
            String screen = k.text().replaceAll("\\s+", "");
            assertThat(screen).contains(m.get("kiosk.remote.call_queued", "time", "23:50").replaceAll("\\s+", ""));
            assertThat(screen).doesNotContain(m.get("kiosk.help.call_failed").substring(0, 6));
            assertThat(queued()).isEqualTo(1);
            System.out.printf("[offline call] tap to queued message: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            // Pressing again repeats what happened; it does not queue a second call.
            k.tap(m.get("kiosk.help.call"));
            assertThat(queued()).isEqualTo(1);

            k.tap(m.get("kiosk.common.home"));
            k.tap(m.get("kiosk.home.pickup"));
            k.type("123456"); // the sixth digit opens it
            assertThat(k.text().replaceAll("\\s+", "")).contains("取件码暂时查不了");
            assertThat(calls(records)).isEmpty();

            server = server(corpus, records, port); // back on the same address
            long until = System.nanoTime() + 30_000_000_000L;
            while (calls(records).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            Thread.sleep(RemoteBackend.CHECK_MILLIS + 500); // another sending round: nothing twice
            assertThat(calls(records)).containsExactly("石门镇1号机|" + made.toString().replace("Z", "") + "|WAITING");
            assertThat(queued()).isZero();
        } finally {
            server.close();
            corpus.close();
        }
    }

    private int queued() throws Exception {
        try (var s = Files.list(kioskHome.resolve("queue"))) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    private static List<String> calls(Records records) {
        return records.database().read(tx -> tx.list("SELECT kiosk, called_at, outcome FROM staff_calls",
                rs -> rs.getString(1) + "|" + rs.getString(2).replace("Z", "").replaceAll("\\.0+$", "") + "|"
                        + rs.getString(3)));
    }

    private static Server server(Corpus corpus, Records records, int port) {
        return new Server(corpus, TwilioWebhook.closed("no sms"), cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"),
                null, null, records.database(), new KioskApi(corpus, records)).start(port);
    }
}
