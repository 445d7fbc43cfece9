package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.ops.ServeProcess;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start indexes the sample: the kiosk and the API say "正在准备" meanwhile, not nothing. */
class PreparingTest {
    @TempDir Path home;

    @Test
    void the_kiosk_says_preparing_on_its_terminal_while_the_first_index_is_built() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        assertThat(Preparing.firstStart(new Home(home))).isTrue();
        try (KioskApp app = Preparing.open(new Home(home), vt)) {
            assertThat(text(vt)).contains("正在准备，请稍等");
        }
        assertThat(Preparing.firstStart(new Home(home))).as("the index is there now").isFalse();
        DefaultVirtualTerminal again = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        try (KioskApp app = Preparing.open(new Home(home), again)) {
            assertThat(text(again)).doesNotContain("正在准备");
        }
    }

    @Test
    void a_first_serve_answers_503_preparing_until_the_index_is_built() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(ServeProcess.launcher(null, List.of()));
        cmd.addAll(List.of("serve", "--home", home.toString(), "--port", String.valueOf(port)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("serve.out").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
            String preparing = null;
            int last = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (last != 200 && System.nanoTime() < until) {
                try {
                    HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    last = r.statusCode();
                    if (last == 503 && preparing == null) {
                        preparing = r.body();
                        assertThat(r.headers().firstValue("Retry-After")).hasValue("10");
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(50); // the JVM is still starting
                }
            }
            assertThat(preparing).as("a 503 while indexing").contains("\"status\":\"preparing\"").contains("正在准备");
            assertThat(last).isEqualTo(200);
            assertThat(java.nio.file.Files.readString(home.resolve("serve.out"))).contains("正在准备: 第一次启动");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static String text(DefaultVirtualTerminal vt) {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < vt.getTerminalSize().getRows(); y++) {
            for (int x = 0; x < vt.getTerminalSize().getColumns(); x++) {
                String c = vt.getCharacter(x, y).getCharacterString();
                b.append(c);
                if (c.length() == 1 && TerminalTextUtils.isCharDoubleWidth(c.charAt(0))) {
                    x++;
                }
            }
            b.append('\n');
        }
        return b.toString();
    }
}
