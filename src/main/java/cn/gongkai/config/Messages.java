package cn.gongkai.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text the public reads or hears (SMS, voice, kiosk), from {@code kiosk-config/messages.yaml},
 * so a district can reword without a rebuild. Keys are dotted paths ({@code sms.help});
 * values may hold {@code {name}} placeholders. A key the code asks for that the file lacks is
 * taken from the shipped default, so an older district file keeps working after an upgrade.
 */
public final class Messages {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Messages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_]+)}");
    private final Map<String, String> texts;

    private Messages(Map<String, String> texts) {
        this.texts = texts;
    }

    public static Messages load(ConfigFiles config) {
        return load(config, "messages.yaml");
    }

    /** The texts of another file of the same shape ({@code cli.yaml}: what staff read on the command line). */
    public static Messages load(ConfigFiles config, String file) {
        Map<String, String> merged = flatten(ConfigFiles.readDefault(file));
        merged.putAll(flatten(config.read(file)));
        return new Messages(merged);
    }

    static Map<String, String> flatten(ConfigFiles.Source src) {
        CommentCuts.find(src).forEach(log::warn);
        JsonNode root = ConfigFiles.yaml(src);
        Map<String, String> out = new LinkedHashMap<>();
        if (root != null) {
            walk("", root, out, src.location());
        }
        return out;
    }

    private static void walk(String prefix, JsonNode node, Map<String, String> out, String location) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out, location));
        } else if (node.isValueNode() && !node.isNull()) {
            out.put(prefix, node.asText());
        } else {
            throw new UserException(location + ": " + prefix + " 应为一段文字");
        }
    }

    /** The text for a key, with placeholders filled from {@code params} (name, value, name, value…). */
    public String get(String key, Object... params) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("message missing from messages.yaml: " + key);
        }
        if (params.length == 0) {
            return t;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            values.put(String.valueOf(params[i]), String.valueOf(params[i + 1]));
        }
        Matcher m = PLACEHOLDER.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group(0) : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }
}
