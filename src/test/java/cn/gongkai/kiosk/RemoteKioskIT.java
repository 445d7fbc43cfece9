package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testing.Tmux;
import cn.gongkai.testing.Tmux.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two kiosks as clients of one server, all real: the packaged jar runs {@code serve} as a
 * process and each kiosk in its own tmux pane with its own home; the test taps like a resident
 * and reads the server's database file. Then the server is stopped: a kiosk still searches and
 * reads from its copy and queues a request, which reaches the record once when serve is back.
 */
class RemoteKioskIT {
    @TempDir Path server;
    @TempDir Path hallKiosk;
    @TempDir Path townKiosk;
    private final Tmux tmux = new Tmux("gongkai-remote");
    private Path jar;
    private int port;
    private Process serve;

    @BeforeEach
    void needsTmuxAndTheJar() throws Exception {
        Tmux.required("the remote kiosk test");
        jar = Path.of(System.getProperty("gongkai.jar", "target/gongkai.jar")).toAbsolutePath();
        assertThat(jar).as("packaged jar (run through maven verify)").exists();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @AfterEach
    void stopOurs() throws Exception {
        tmux.close();
        if (serve != null) {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void two_kiosks_one_record_and_nothing_lost_while_the_server_is_down() throws Exception {
        String hallToken = register("大厅1号机", "青禾区政务服务中心");
        String townToken = register("石门镇1号机", "石门镇便民服务中心");
        String oldToken = register("旧机器", "仓库");
        startServe();

        kiosk("hall", hallKiosk, hallToken);
        kiosk("town", townKiosk, townToken);
        for (String k : List.of("hall", "town")) {
            waitFor(k, "便民服务大厅", Duration.ofSeconds(120));
            openFireNotice(k);
        }
        // Each opened document is on the server's record with the kiosk it came from.
        waitUntil(() -> viewsBy("大厅1号机") >= 1 && viewsBy("石门镇1号机") >= 1, Duration.ofSeconds(30),
                "each kiosk's view logged on the server");

        // A request filed on one kiosk is in the server's record, awaiting confirmation.
        keys("hall", "Escape");
        String code = fileRequest("hall", "大厅申请的低保名单");
        assertThat(code).matches("GK\\d{8}|[A-Z0-9]{6,10}");
        assertThat(requestsWith("大厅申请的低保名单")).containsExactly("大厅1号机|" + code + "|AWAITING_RECEIPT");

        // The server goes away: the town kiosk still finds and reads, and queues a request.
        serve.destroy();
        assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        keys("town", "Escape");
        waitFor("town", "便民服务大厅", Duration.ofSeconds(10));
        openFireNotice("town");
        keys("town", "Escape");
        fileRequestUntil("town", "镇上断网时的申请", "已存在这台自助机上");
        assertThat(pane("town")).contains("网络恢复后会自动送到办公室", "答复期限从申请送到办公室");
        assertThat(Files.list(townKiosk.resolve("queue")).filter(p -> p.toString().endsWith(".json")).count())
                .isGreaterThanOrEqualTo(1);
        // 呼叫工作人员 offline: kept on the kiosk, and the screen says when staff will see it.
        keys("town", "Escape");
        waitFor("town", "便民服务大厅", Duration.ofSeconds(10));
        keys("town", "0");
        waitFor("town", "呼叫工作人员", Duration.ofSeconds(10));
        keys("town", "1");
        waitFor("town", "网络恢复后工作人员才看得到", Duration.ofSeconds(15));

        // Back: the queued request (and the offline view) arrive, each once.
        startServe();
        waitUntil(() -> requestsWith("镇上断网时的申请").size() == 1, Duration.ofSeconds(60), "queued request delivered");
        waitUntil(() -> viewsBy("石门镇1号机") >= 2, Duration.ofSeconds(30), "offline view delivered");
        waitUntil(() -> query("SELECT COUNT(*) FROM staff_calls WHERE kiosk = ?", "石门镇1号机").get(0).equals("1"),
                Duration.ofSeconds(30), "offline staff call delivered");
        Thread.sleep(4_000); // several more sending rounds: nothing is sent twice
        assertThat(requestsWith("镇上断网时的申请")).hasSize(1).allMatch(r -> r.startsWith("石门镇1号机|"));
        assertThat(Files.list(townKiosk.resolve("queue")).filter(p -> p.toString().endsWith(".json")).count()).isZero();
        assertThat(query("SELECT COUNT(*) FROM staff_calls WHERE kiosk = ?", "石门镇1号机")).containsExactly("1");

        // A revoked token is refused: by the API, and by a kiosk started with it.
        assertThat(Tmux.run(List.of("java", "-jar", jar.toString(), "kiosk", "revoke", "旧机器", "--home", server.toString()))
                .exit()).isZero();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/kiosk/hello")).header("Authorization", "Bearer " + oldToken)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        Result refused = Tmux.run(List.of("java", "-jar", jar.toString(), "kiosk", "--home", Files.createTempDirectory("k3")
                .toString(), "--server", "http://localhost:" + port, "--token", oldToken));
        assertThat(refused.exit()).as(refused.out()).isEqualTo(1);
        assertThat(refused.out().strip().lines()).hasSize(1);
        assertThat(refused.out()).contains("拒绝").doesNotContain(oldToken);
        assertThat(log(hallKiosk) + log(townKiosk)).doesNotContain(hallToken).doesNotContain(townToken);
    }

    private void openFireNotice(String k) throws Exception {
        keys(k, "6");
        waitFor(k, "搜索：点字母", Duration.ofSeconds(10));
        literal(k, "slfh");
        waitFor(k, "已输入：SLFH", Duration.ofSeconds(10));
        keys(k, "Enter");
        waitFor(k, "搜索 SLFH", Duration.ofSeconds(15));
        keys(k, "1");
        waitFor(k, "【说的是什么】", Duration.ofSeconds(15));
        waitFor(k, "有帮助", Duration.ofSeconds(10));
    }

    private String fileRequest(String k, String content) throws Exception {
        String receipt = fileRequestUntil(k, content, "回执编号：");
        // shown grouped for reading aloud: "GK 2048 1357"
        Matcher m = Pattern.compile("回执编号：\\s*([A-Z]{2}(?: \\d{4})+|[A-Z0-9]+)").matcher(receipt);
        assertThat(m.find()).as(receipt).isTrue();
        return m.group(1).replace(" ", "");
    }

    private String fileRequestUntil(String k, String content, String end) throws Exception {
        waitFor(k, "8 我要申请", Duration.ofSeconds(10));
        keys(k, "8");
        waitFor(k, "我们会记下什么", Duration.ofSeconds(10));
        keys(k, "1");
        waitFor(k, "谁来申请", Duration.ofSeconds(10));
        keys(k, "1");
        waitFor(k, "您的姓名", Duration.ofSeconds(10));
        literal(k, "li");
        waitFor(k, "拼音：li", Duration.ofSeconds(10));
        literal(k, "1");
        waitFor(k, "▶ 李", Duration.ofSeconds(10));
        keys(k, "Enter");
        waitFor(k, "联系电话", Duration.ofSeconds(10));
        literal(k, "13812345678");
        keys(k, "#");
        waitFor(k, "想要政府的什么信息", Duration.ofSeconds(10));
        literal(k, content);
        waitFor(k, content, Duration.ofSeconds(10));
        keys(k, "Enter");
        waitFor(k, "想怎样拿到", Duration.ofSeconds(10));
        keys(k, "1");
        waitFor(k, "请核对", Duration.ofSeconds(10));
        keys(k, "1");
        return waitFor(k, end, Duration.ofSeconds(20));
    }

    private String register(String name, String hall) throws Exception {
        Result r = Tmux.run(List.of("java", "-jar", jar.toString(), "kiosk", "register", name, "--hall", hall, "--home",
                server.toString()));
        assertThat(r.exit()).as(r.out()).isZero();
        Matcher m = Pattern.compile("GONGKAI_KIOSK_TOKEN=(\\S+)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return m.group(1);
    }

    private void startServe() throws Exception {
        serve = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--home", server.toString(), "--port",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(server.resolve("serve.out").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        waitUntil(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(120), "serve answering /health");
    }

    private void kiosk(String session, Path home, String token) throws Exception {
        String cmd = String.join(" ", "env", "GONGKAI_KIOSK_TOKEN=" + token, "java", "-Dfile.encoding=UTF-8",
                "-Dgongkai.kiosk.check-millis=1000", "-jar", Tmux.quote(jar.toString()), "kiosk", "--home",
                Tmux.quote(home.toString()), "--server", "http://localhost:" + port);
        tmux.start(session, cmd);
    }

    private int viewsBy(String kiosk) throws Exception {
        return Integer.parseInt(query("""
                SELECT COUNT(*) FROM inquiries q JOIN kiosk_submissions s ON s.kind = 'INQUIRY' AND s.ref_id = q.id
                JOIN kiosks k ON k.id = s.kiosk_id WHERE k.name = ? AND q.channel = 'KIOSK' AND q.text = 'slfh'
                AND q.result_ids NOT LIKE '%,%'""", kiosk).get(0));
    }

    private List<String> requestsWith(String content) throws Exception {
        return query("""
                SELECT k.name || '|' || r.receipt_code FROM requests r
                JOIN kiosk_submissions s ON s.kind = 'REQUEST' AND s.ref_id = r.id JOIN kiosks k ON k.id = s.kiosk_id
                WHERE r.content = ? AND r.channel = 'KIOSK' AND r.received IS NULL""", content)
                .stream().map(s -> s + "|AWAITING_RECEIPT").toList();
    }

    /** Reads the server's database file as an auditor would (a plain read-only connection; serve keeps writing). */
    private List<String> query(String sql, String arg) throws Exception {
        var cfg = new org.sqlite.SQLiteConfig();
        cfg.setReadOnly(true);
        try (var c = cfg.createConnection("jdbc:sqlite:" + server.resolve("data/gongkai.db"));
                var st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            List<String> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check c, Duration max, String what) throws Exception {
        Instant until = Instant.now().plus(max);
        while (Instant.now().isBefore(until)) {
            if (c.ok()) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("never happened: " + what);
    }

    private String waitFor(String session, String text, Duration max) throws Exception {
        return tmux.waitFor(session, text, max);
    }

    private static String log(Path home) throws IOException {
        Path f = home.resolve("logs/gongkai.log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private String pane(String session) throws Exception {
        return tmux.capture(session);
    }

    private void keys(String session, String key) throws Exception {
        tmux.keys(session, key);
    }

    private void literal(String session, String text) throws Exception {
        tmux.literal(session, text);
    }
}
