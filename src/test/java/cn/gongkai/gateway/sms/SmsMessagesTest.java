package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every SMS text the code asks for is in the shipped messages.yaml: a missing key fails here, not in a villager's phone. */
class SmsMessagesTest {
    /** Keys named in the code: Replies.text/fill("key") and messages.get("sms.key"). */
    private static final Pattern KEY = Pattern.compile("(?:text|fill)\\(\"([a-z_.A-Z]+)\"|get\\(\"sms\\.([a-z_.A-Z]+)\"");

    @Test
    void every_sms_key_used_by_the_code_is_in_messages_yaml() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/cn/gongkai/gateway/sms"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = "sms." + (m.group(1) != null ? m.group(1) : m.group(2));
                    if (!key.endsWith(".")) { // "sms.notice." + kind: the kinds are checked below
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        String yaml = ConfigFiles.readDefault("messages.yaml").text();
        var shipped = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(yaml);
        for (String key : used) {
            var node = shipped;
            for (String part : key.split("\\.")) {
                node = node.path(part);
            }
            assertThat(node.isTextual()).as(key).isTrue();
        }
        for (String kind : new String[] {"RECEIVED", "CORRECTION_REQUESTED", "CONCLUDED", "subscription"}) {
            assertThat(shipped.path("sms").path("notice").path(kind).isTextual()).as("sms.notice." + kind).isTrue();
        }
    }
}
