package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {
    @TempDir Path home;

    private ConfigFiles.Source shipped() {
        return ConfigFiles.readDefault("kiosk.yaml");
    }

    private ConfigFiles.Source edited(String from, String to) {
        String text = shipped().text();
        assertThat(text).contains(from);
        return new ConfigFiles.Source("kiosk.yaml", "kiosk-config/kiosk.yaml", text.replace(from, to));
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void the_shipped_file_loads_with_a_large_font_and_a_longer_reading_pause() {
        KioskConfig c = KioskConfig.parse(shipped());
        assertThat(c.menu()).hasSize(5);
        assertThat(c.menu().stream().flatMap(m -> m.categories().stream())).contains("社会救助", "社会保障", "农业农村",
                "应急管理", "安全生产", "人居环境整治", "交通建设", "村务公开", "教育", "残疾人服务", "政务公开");
        assertThat(c.fontSize()).isGreaterThanOrEqualTo(30);
        assertThat(c.fontName()).isEqualTo("WenQuanYi Zen Hei Mono");
        assertThat(c.readingIdle()).isGreaterThan(c.menuIdle());
    }

    @Test
    void a_low_contrast_colour_is_reported_with_file_line_and_reason() {
        ConfigFiles.Source s = edited("button_background: \"#1A237E\"", "button_background: \"#777777\"");
        int line = lineOf(s.text(), "button_text:");
        assertThatThrownBy(() -> KioskConfig.parse(s)).isInstanceOf(UserException.class)
                .hasMessageContaining("kiosk-config/kiosk.yaml 第 " + line + " 行").hasMessageContaining("对比度");
    }

    @Test
    void a_small_font_a_bad_pin_and_broken_yaml_each_name_their_line() {
        ConfigFiles.Source font = edited("size: 32", "size: 12");
        assertThatThrownBy(() -> KioskConfig.parse(font))
                .hasMessageContaining("第 " + lineOf(font.text(), "size: 12") + " 行").hasMessageContaining("30");
        ConfigFiles.Source pin = edited("pin: \"246810\"", "pin: abc");
        assertThatThrownBy(() -> KioskConfig.parse(pin)).hasMessageContaining("第 " + lineOf(pin.text(), "pin: abc") + " 行");
        ConfigFiles.Source broken = edited("hot_words: [低保,", "hot_words: [低保,,]]");
        assertThatThrownBy(() -> KioskConfig.parse(broken)).isInstanceOf(UserException.class).hasMessageContaining("第 ");
    }

    @Test
    void a_district_copy_under_the_home_replaces_the_shipped_one() throws IOException {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/kiosk.yaml"), shipped().text().replace("青禾区便民服务大厅", "石门村服务点"));
        assertThat(KioskConfig.load(new ConfigFiles(new Home(home))).hallName()).startsWith("石门村服务点");
    }

    /** Every text the kiosk shows is in messages.yaml: a missing key fails here, not in the hall. */
    @Test
    void every_kiosk_message_key_used_in_the_code_is_in_messages_yaml() throws IOException {
        Messages m = Messages.load(new ConfigFiles(new Home(home)));
        Set<String> used = new TreeSet<>();
        Pattern p = Pattern.compile("(?:\\bt|kioskText)\\(\"([a-z_.A-Z]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/cn/gongkai/kiosk"))) {
            for (Path f : files.toList()) {
                Matcher mm = p.matcher(Files.readString(f));
                while (mm.find()) {
                    if (!mm.group(1).endsWith(".")) { // a prefix joined with a code below
                        used.add(mm.group(1));
                    }
                }
            }
        }
        for (cn.gongkai.requests.ApplicantType t : cn.gongkai.requests.ApplicantType.values()) {
            used.add("request.type." + t.name());
        }
        for (String f : new String[] {"pickup", "post", "electronic"}) {
            used.add("request.form." + f);
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(k -> assertThat(m.has("kiosk." + k)).as("kiosk.%s in messages.yaml", k).isTrue());
    }
}
