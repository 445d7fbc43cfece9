package cn.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesWholeTest {
    @TempDir Path home;

    @Test
    void no_shipped_text_is_cut_at_a_comment() {
        for (String file : new String[] {"messages.yaml", "kiosk.yaml", "report.yaml"}) {
            assertThat(CommentCuts.find(ConfigFiles.readDefault(file))).as(file).isEmpty();
        }
    }

    /** Every single-line value in the file arrives whole: what the loader holds is what the line says. */
    @Test
    void every_message_is_what_its_line_says() {
        ConfigFiles.Source src = ConfigFiles.readDefault("messages.yaml");
        Messages m = Messages.load(new ConfigFiles(new Home(home)));
        Pattern keyValue = Pattern.compile("^( *)([A-Za-z_]+): (.+)$");
        String[] path = new String[10];
        int checked = 0;
        for (String line : src.text().split("\n")) {
            Matcher kv = Pattern.compile("^( *)([A-Za-z_]+):").matcher(line);
            if (!kv.find()) {
                continue;
            }
            int depth = kv.group(1).length() / 2;
            path[depth] = kv.group(2);
            Matcher v = keyValue.matcher(line);
            if (!v.matches() || v.group(3).startsWith("|") || v.group(3).startsWith(">")) {
                continue;
            }
            String key = String.join(".", java.util.Arrays.copyOf(path, depth + 1));
            String raw = v.group(3).strip();
            if (raw.startsWith("\"") && raw.endsWith("\"")) {
                raw = raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\n", "\n");
            }
            assertThat(m.get(key)).as("%s in messages.yaml", key).isEqualTo(raw);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(m.get("kiosk.request.phone_hint")).endsWith("按 Esc 回首页。").contains("按 # 到下一步");
        assertThat(m.get("kiosk.staff.hint")).isEqualTo("按 # 确定；按 Esc 回首页。");
    }

    @Test
    void a_value_cut_at_a_comment_is_named_with_file_and_line() throws Exception {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/messages.yaml"),
                "kiosk:\n  # a comment line is fine\n  staff:\n    hint: 按 # 确定\n    ok: \"按 # 确定\"\n");
        ConfigFiles.Source src = new ConfigFiles(new Home(home)).read("messages.yaml");
        assertThat(CommentCuts.find(src)).singleElement().asString()
                .contains("messages.yaml", "第 4 行", "只剩“按”", "# 确定", "引号");
    }
}
