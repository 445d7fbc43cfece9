package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.Main;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.ops.ServeProcess;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestStatus;
import cn.gongkai.requests.ReviewKind;
import cn.gongkai.requests.ReviewOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Everything staff read on the command line comes from kiosk-config/cli.yaml, in Chinese. */
class CliTextsTest {
    @TempDir
    Path home;

    final Messages shipped = CliTexts.load(new Home(Path.of("target/no-such-home")));
    final ResourceBundle help = CliTexts.help(shipped);
    final Clock today = Cli.clockAt(LocalDate.of(2025, 2, 25));

    @Test
    void every_command_option_and_parameter_has_a_chinese_help_text() {
        List<String> missing = new ArrayList<>();
        walk(new CommandLine(new Main()), missing);
        assertThat(missing).as("keys missing from kiosk-config/cli.yaml (help:)").isEmpty();
    }

    private void walk(CommandLine c, List<String> missing) {
        CommandSpec s = c.getCommandSpec();
        String q = s.qualifiedName(".");
        need(q, "usage.description", missing);
        for (OptionSpec o : s.options()) {
            String key = o.usageHelp() ? "mixinStandardHelpOptions.help"
                    : o.versionHelp() ? "mixinStandardHelpOptions.version" : o.longestName().replaceAll("^-+", "");
            need(q, key, missing);
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            need(q, p.paramLabel() + "[" + p.index() + "]", missing);
        }
        c.getSubcommands().values().forEach(sub -> walk(sub, missing));
    }

    private void need(String command, String key, List<String> missing) {
        String text = help.containsKey(command + "." + key) ? help.getString(command + "." + key)
                : help.containsKey(key) ? help.getString(key) : null;
        if (text == null || !text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !key.equals("format")) {
            missing.add(command + "." + key);
        }
    }

    @Test
    void every_code_printed_in_text_output_has_a_label() {
        List<String> keys = new ArrayList<>();
        Stream.of(RequestStatus.values()).forEach(v -> keys.add("requests.status_codes." + v));
        Stream.of(ApplicantType.values()).forEach(v -> keys.add("requests.applicant_types." + v));
        Stream.of(RequestChannel.values()).forEach(v -> keys.add("requests.channels." + v));
        Stream.of(EventKind.values()).forEach(v -> keys.add("requests.events_codes." + v));
        Stream.of(ReviewKind.values()).forEach(v -> keys.add("requests.review_kinds." + v));
        Stream.of(ReviewOutcome.values()).forEach(v -> keys.add("requests.review_outcomes." + v));
        Stream.of(Outbox.Kind.values()).forEach(v -> keys.add("out.outbox_kinds." + v));
        assertThat(keys).allSatisfy(k -> assertThat(shipped.has(k)).as(k).isTrue());
    }

    /** A key the code asks for by name and the file lacks fails here, not in front of staff. */
    @Test
    void every_key_the_commands_ask_for_is_in_the_file() throws Exception {
        Pattern literal = Pattern.compile("(?:get|text)\\(\\s*(?:[^\"()]*\\?\\s*)?\"([a-z_]+\\.[a-z_.]+)\"(?:\\s*:\\s*\"([a-z_]+\\.[a-z_.]+)\")?");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/java/cn/gongkai/cli"))) {
            s.forEach(sources::add);
        }
        sources.add(Path.of("src/main/java/cn/gongkai/requests/RequestText.java"));
        int found = 0;
        for (Path p : sources) {
            Matcher m = literal.matcher(Files.readString(p));
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (m.group(g) != null && !m.group(g).endsWith(".")) {
                        found++;
                        assertThat(shipped.has(m.group(g))).as(p.getFileName() + ": " + m.group(g)).isTrue();
                    }
                }
            }
        }
        assertThat(found).as("keys recognised in the sources").isGreaterThan(40);
    }

    @Test
    void help_is_chinese_from_the_top_down() {
        Cli.Result top = Cli.run(today, "--help", "--home", home.toString());
        assertThat(top.out()).startsWith("用法: gongkai").contains("命令:").contains("启动网关")
                .doesNotContain("Run the").doesNotContain("Usage:");
        Cli.Result serve = Cli.run(today, "serve", "--help", "--home", home.toString());
        assertThat(serve.out()).contains("监听端口 (默认: 7070)").contains("GONGKAI_HOME").doesNotContain("port to listen");
        Cli.Result kiosk = Cli.run(today, "kiosk", "--help", "--home", home.toString());
        assertThat(kiosk.out()).contains("启动服务大厅自助终端").doesNotContain("Run the");
    }

    @Test
    void a_district_rewords_help_and_output_in_its_own_copy() throws Exception {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/cli.yaml"), """
                help:
                  gongkai.serve:
                    port: 端口号，本区改过的说法
                out:
                  purge_done: 清好了 {n} 条
                """);
        assertThat(Cli.run(today, "serve", "--help", "--home", home.toString()).out()).contains("端口号，本区改过的说法");
        Cli.Result p = Cli.run(today, "inquiries", "purge", "--older-than", "365d", "--home", home.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(p.out().strip()).isEqualTo("清好了 0 条");
    }

    @Test
    void requests_list_and_show_print_chinese_labels_json_keeps_codes() {
        Cli.Result add = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2025-01-24", "--content", "2024年村集体土地流转收益分配");
        String id = add.out().strip();
        Cli.Result list = run("requests", "list");
        assertThat(list.out()).contains("办理中").contains("自然人").doesNotContain("OPEN").doesNotContain("NATURAL_PERSON");
        Cli.Result show = run("requests", "show", id);
        assertThat(show.out()).contains("状态: 办理中").contains("申请人: 自然人").contains("渠道: 当面")
                .contains("确认收到").doesNotContain("RECEIVED").doesNotContain("IN_PERSON");
        assertThat(run("requests", "show", id, "--format", "json").out()).contains("\"OPEN\"");
    }

    @Test
    void serve_banner_says_in_chinese_why_the_twilio_webhooks_are_closed() throws Exception {
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home,
                Map.of("TWILIO_AUTH_TOKEN", "", "GONGKAI_PUBLIC_URL", ""))) {
            long until = System.nanoTime() + 20_000_000_000L;
            while (!serve.output().contains("发件箱") && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(serve.output()).contains("gongkai 已启动").contains("只在本机监听")
                    .contains("短信和语音热线: 未开通 (没有设置 TWILIO_AUTH_TOKEN")
                    .contains("主目录: " + home.toAbsolutePath().normalize())
                    .doesNotContain("is not set");
        }
    }

    Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        return Cli.run(today, all.toArray(String[]::new));
    }
}
