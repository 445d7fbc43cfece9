package cn.gongkai.kiosk;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file read as a tree that still knows the line of every value, so a check made after
 * parsing (a colour with too little contrast) can name the line a district must fix.
 */
final class YamlLines {
    private final ConfigFiles.Source source;
    private final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines(ConfigFiles.Source source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    static YamlLines parse(ConfigFiles.Source source) {
        YAMLFactory factory = new YAMLFactory();
        try {
            JsonNode root = new ObjectMapper(factory).readTree(source.text());
            YamlLines y = new YamlLines(source, root);
            try (JsonParser p = factory.createParser(source.text())) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    String path = p.getParsingContext().pathAsPointer().toString();
                    y.lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
            }
            return y;
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " 第 " + e.getLocation().getLineNr() + " 行";
            throw new UserException(source.location() + line + ": 格式错误 ("
                    + e.getOriginalMessage().split("\n")[0] + ")");
        } catch (IOException e) {
            throw new UserException(source.location() + ": 无法读取 (" + e.getMessage() + ")");
        }
    }

    JsonNode root() {
        return root;
    }

    /** The value at a JSON pointer such as {@code /idle/menu_seconds} (missing node if absent). */
    JsonNode at(String pointer) {
        return root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root.at(pointer);
    }

    /** A one-line error naming the file, the line of the value (or its nearest parent) and why. */
    UserException error(String pointer, String reason) {
        String p = pointer;
        Integer line = null;
        while (line == null && !p.isEmpty()) {
            line = lines.get(p);
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
        String where = line == null ? "" : " 第 " + line + " 行";
        return new UserException(source.location() + where + " (" + pointer.substring(1).replace('/', '.') + "): " + reason);
    }
}
