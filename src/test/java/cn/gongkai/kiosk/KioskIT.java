package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.ops.Backup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.gongkai.testing.Tmux;
import cn.gongkai.testing.Tmux.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final Tmux tmux = new Tmux("gongkai-it");
    private final String session = "kiosk";
    private Path jar;

    @BeforeEach
    void needsTmuxAndTheJar() throws Exception {
        Tmux.required("the kiosk end-to-end test");
        jar = Path.of(System.getProperty("gongkai.jar", "target/gongkai.jar")).toAbsolutePath();
        assertThat(jar).as("packaged jar (run through maven verify)").exists();
    }

    @AfterEach
    void stopOurTmux() throws Exception {
        tmux.close();
    }

    @Test
    void finds_a_document_by_initials_opens_it_and_files_a_request_that_staff_then_see() throws Exception {
        String cmd = String.join(" ", "java", "-Dfile.encoding=UTF-8", "-jar", Tmux.quote(jar.toString()), "kiosk", "--home",
                Tmux.quote(home.toString()));
        tmux.start(session, cmd);
        waitFor("便民服务大厅", Duration.ofSeconds(90));

        // A backup may be taken while the kiosk runs; restoring it into the kiosk's home is refused.
        Path folder = Backup.create(new Home(home), backups, Clock.systemDefaultZone());
        Result restore = Tmux.run(List.of("java", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "restore",
                "--home", home.toString(), "--from", folder.toString()));
        assertThat(restore.exit()).as(restore.out()).isEqualTo(1);
        assertThat(restore.out().strip().lines()).hasSize(1);
        assertThat(restore.out()).contains("正在使用");
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

        Result list = Tmux.run(List.of("java", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "requests", "list", "--format", "json", "--home",
                home.toString()));
        assertThat(list.exit()).as(list.out()).isZero();
        assertThat(list.out()).contains("\"receipt_code\" : \"" + code + "\"").contains("\"channel\" : \"KIOSK\"");
    }

    private String waitFor(String text, Duration max) throws Exception {
        return tmux.waitFor(session, text, max, () -> "log:\n" + log());
    }

    private String log() {
        try {
            Path f = home.resolve("logs/gongkai.log");
            return Files.exists(f) ? Files.readString(f) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private boolean alive() throws Exception {
        return tmux.alive(session);
    }

    private void keys(String key) throws Exception {
        tmux.keys(session, key);
    }

    private void literal(String text) throws Exception {
        tmux.literal(session, text);
    }
}
