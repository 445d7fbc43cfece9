package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.ops.Backup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.gongkai.testing.Needs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kiosk in a real terminal: tmux runs {@code java -jar target/gongkai.jar kiosk},
 * the test types like a resident at a keypad and reads the pane back.
 */
class KioskIT {
    @TempDir Path home;
    @TempDir Path backups;
    private final String socket = "gongkai-it-" + ProcessHandle.current().pid();
    private final String session = "kiosk";
    private Path jar;

    @BeforeEach
    void needsTmuxAndTheJar() throws Exception {
        Needs.tool(run(List.of("sh", "-c", "command -v tmux")).exit == 0,
                "tmux is not installed: skipping the kiosk end-to-end test (scripts/install-test-deps.sh installs it)");
        jar = Path.of(System.getProperty("gongkai.jar", "target/gongkai.jar")).toAbsolutePath();
        assertThat(jar).as("packaged jar (run through maven verify)").exists();
    }

    @AfterEach
    void stopOurTmux() throws Exception {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    @Test
    void finds_a_document_by_initials_opens_it_and_files_a_request_that_staff_then_see() throws Exception {
        String cmd = String.join(" ", "java", "-Dfile.encoding=UTF-8", "-jar", quote(jar.toString()), "kiosk", "--home",
                quote(home.toString()));
        assertThat(run(List.of("tmux", "-L", socket, "-u", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                cmd)).exit).isZero();
        waitFor("便民服务大厅", Duration.ofSeconds(90));

        // A backup may be taken while the kiosk runs; restoring it into the kiosk's home is refused.
        Path folder = Backup.create(new Home(home), backups, Clock.systemDefaultZone());
        Result restore = run(List.of("java", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "restore",
                "--home", home.toString(), "--from", folder.toString()));
        assertThat(restore.exit).as(restore.out).isEqualTo(1);
        assertThat(restore.out.strip().lines()).hasSize(1);
        assertThat(restore.out).contains("正在使用");
        assertThat(alive()).isTrue();

        keys("6");
        waitFor("搜索：点字母", Duration.ofSeconds(10));
        literal("slfh");
        waitFor("已输入：SLFH", Duration.ofSeconds(10));
        waitFor("森林", Duration.ofSeconds(10));
        keys("Enter");
        waitFor("搜索 SLFH", Duration.ofSeconds(10));
        keys("1");
        waitFor("【说的是什么】", Duration.ofSeconds(10));
        // The screen may still be drawing its buttons when the heading appears: wait for the
        // last of them rather than reading a half-drawn pane.
        assertThat(waitFor("有帮助", Duration.ofSeconds(10))).contains("森林", "朗读");

        keys("Escape");
        waitFor("8 我要申请", Duration.ofSeconds(10));
        keys("8");
        waitFor("我们会记下什么", Duration.ofSeconds(10));
        keys("1");
        waitFor("谁来申请", Duration.ofSeconds(10));
        keys("1");
        waitFor("您的姓名", Duration.ofSeconds(10));
        literal("li");
        waitFor("拼音：li", Duration.ofSeconds(10));
        literal("1");
        waitFor("▶ 李", Duration.ofSeconds(10));
        keys("Enter");
        waitFor("联系电话", Duration.ofSeconds(10));
        literal("13812345678");
        keys("#");
        waitFor("想要政府的什么信息", Duration.ofSeconds(10));
        literal("森林防火通知");
        waitFor("森林防火通知", Duration.ofSeconds(10));
        keys("Enter");
        waitFor("想怎样拿到", Duration.ofSeconds(10));
        keys("1");
        waitFor("请核对", Duration.ofSeconds(10));
        keys("1");
        String receipt = waitFor("回执编号：", Duration.ofSeconds(15));
        // shown grouped, as it is read out: "GK 2048 1357"
        Matcher m = Pattern.compile("回执编号：([A-Z0-9]+(?: [0-9]{1,4})*)").matcher(receipt);
        assertThat(m.find()).as(receipt).isTrue();
        String code = m.group(1).replace(" ", "");

        // Ctrl-C does not end the kiosk; the staff sequence and PIN do.
        keys("C-c");
        Thread.sleep(500);
        assertThat(alive()).isTrue();
        keys("F12");
        keys("F12");
        keys("F12");
        waitFor("工作人员退出", Duration.ofSeconds(10));
        literal("246810");
        keys("Enter");
        Instant until = Instant.now().plusSeconds(15);
        while (alive() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(alive()).as("kiosk left after the staff PIN").isFalse();

        Result list = run(List.of("java", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "requests", "list", "--format", "json", "--home",
                home.toString()));
        assertThat(list.exit).as(list.out).isZero();
        assertThat(list.out).contains("\"receipt_code\" : \"" + code + "\"").contains("\"channel\" : \"KIOSK\"");
    }

    private String waitFor(String text, Duration max) throws Exception {
        Instant until = Instant.now().plus(max);
        String last = "";
        while (Instant.now().isBefore(until)) {
            last = pane();
            if (last.contains(text)) {
                return last;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("\"" + text + "\" never showed; the pane was:\n" + last + "\nlog:\n" + log());
    }

    private String log() throws IOException {
        Path f = home.resolve("logs/gongkai.log");
        return Files.exists(f) ? Files.readString(f) : "(no log)";
    }

    private boolean alive() throws Exception {
        return run(List.of("tmux", "-L", socket, "has-session", "-t", session)).exit == 0;
    }

    private String pane() throws Exception {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", session)).out;
    }

    private void keys(String key) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, key));
        Thread.sleep(100);
    }

    private void literal(String text) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, "-l", text));
        Thread.sleep(100);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private record Result(int exit, String out) {}

    private static Result run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("TMUX");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
