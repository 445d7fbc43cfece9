package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.requests.RequestStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text the voice line speaks is in kiosk-config/messages.yaml, and speakable as written. */
class VoiceMessagesTest {
    static final Path MESSAGES = Path.of("kiosk-config", "messages.yaml");
    @org.junit.jupiter.api.io.TempDir static Path home;
    static Spoken SPOKEN;

    @org.junit.jupiter.api.BeforeAll
    static void load() {
        SPOKEN = new Spoken(cn.gongkai.config.Messages.load(new cn.gongkai.config.ConfigFiles(new cn.gongkai.config.Home(home))));
    }

    static JsonNode voice() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MESSAGES)).get("voice");
    }

    static List<String> usedKeys() {
        List<String> keys = new ArrayList<>();
        for (Prompt p : Prompt.values()) {
            keys.add(p.key());
        }
        for (RequestStatus s : RequestStatus.values()) {
            keys.add(Prompt.STATUS_PREFIX + s.name());
        }
        keys.addAll(Heard.keys());
        return keys;
    }

    @Test
    void every_voice_key_the_code_uses_is_in_messages_yaml() throws Exception {
        JsonNode voice = voice();
        List<String> missing = new ArrayList<>();
        for (String key : usedKeys()) {
            JsonNode n = voice;
            for (String part : key.substring("voice.".length()).split("\\.")) {
                n = n == null ? null : n.get(part);
            }
            if (n == null || !n.isValueNode() || n.asText().isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys missing from " + MESSAGES).isEmpty();
    }

    @Test
    void the_code_asks_for_voice_texts_only_through_prompt_constants() throws Exception {
        Pattern literal = Pattern.compile("\"voice\\.[a-z_.]+");
        try (var files = Files.list(Path.of("src/main/java/cn/gongkai/gateway/voice"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group().substring(1);
                    assertThat(key.endsWith(".") || usedKeys().contains(key)).as(f + ": " + key).isTrue();
                }
            }
        }
    }

    @Test
    void every_voice_text_is_speakable_once_filled() throws Exception {
        voice().fields().forEachRemaining(e -> check(e.getKey(), e.getValue()));
    }

    private static void check(String key, JsonNode n) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> check(key + "." + e.getKey(), e.getValue()));
            return;
        }
        if (key.equals("date_pattern") || key.equals("list_separator") || key.startsWith("words.")
                || key.equals("latin_words") || key.equals("letters")) {
            return;
        }
        String filled = n.asText().replaceAll("\\{[a-z_]+}", "某");
        for (String piece : Speech.pieces(SPOKEN.of(filled), Phone.MAX_SAY)) {
            TwimlRules.speakable(piece, Phone.MAX_SAY);
        }
        assertThat(n.asText()).as(key + " as written").doesNotContainPattern("[#*〔〕]|https?:");
    }
}
