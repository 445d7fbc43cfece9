package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.HomeOption;
import cn.gongkai.ops.ServeProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --home, gongkai keeps its data in a folder of its own, never among the sources. */
class HomeDefaultTest {
    @TempDir
    Path checkout;

    @Test
    void the_default_home_is_gongkai_home_else_a_home_folder() {
        assertThat(HomeOption.defaultHome(Map.of())).isEqualTo(Path.of("home"));
        assertThat(HomeOption.defaultHome(Map.of("GONGKAI_HOME", " /srv/gk "))).isEqualTo(Path.of("/srv/gk"));
        assertThat(HomeOption.defaultHome(Map.of("GONGKAI_HOME", ""))).isEqualTo(Path.of("home"));
    }

    @Test
    void a_command_without_home_writes_under_home_not_the_working_directory() throws Exception {
        String out = run(Map.of(), "inquiries", "purge", "--older-than", "365d");
        assertThat(out).contains("已清除");
        assertThat(checkout.resolve("home/data/gongkai.db")).exists();
        assertThat(checkout.resolve("home/logs")).isDirectory();
        assertThat(checkout.resolve("data")).doesNotExist();
        assertThat(checkout.resolve("logs")).doesNotExist();
    }

    @Test
    void gongkai_home_names_the_home() throws Exception {
        Path elsewhere = checkout.resolve("var-gongkai");
        run(Map.of("GONGKAI_HOME", elsewhere.toString()), "inquiries", "purge", "--older-than", "365d");
        assertThat(elsewhere.resolve("data/gongkai.db")).exists();
        assertThat(checkout.resolve("home")).doesNotExist();
    }

    @Test
    void git_ignores_the_default_home() throws IOException {
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("/home/");
    }

    private String run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(ServeProcess.launcher(null, List.of()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(checkout.toFile()).redirectErrorStream(true);
        pb.environment().remove("GONGKAI_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
