package cn.gongkai.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The canonical format: one disclosure per Markdown file with a YAML front matter block. */
final class MarkdownReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    Disclosure read(String text, String defaultId, String source) throws BadFile {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            throw new BadFile("缺少开头的 YAML 信息块 (--- … ---)");
        }
        int end = t.indexOf("\n---", 4);
        if (end < 0) {
            throw new BadFile("YAML 信息块没有结束的 ---");
        }
        String yaml = t.substring(4, end);
        int bodyStart = t.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : t.substring(bodyStart + 1);
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            // the block starts after the opening --- line: the user's editor counts that line too
            String where = e.getLocation() == null ? "" : " (文件第 " + (e.getLocation().getLineNr() + 1) + " 行)";
            throw new BadFile("YAML 格式错误" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadFile("YAML 信息块应为 键: 值 的形式");
        }
        Map<String, String> fields = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        });
        // Front matter `body: ID` names the disclosing body (公开主体); the text below is the other body.
        if (fields.containsKey("body")) {
            fields.putIfAbsent("body_id", fields.remove("body"));
        }
        return Fields.build(fields, villages(node.get("villages")), body, defaultId, source);
    }

    private static List<String> villages(JsonNode v) throws BadFile {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode n : v) {
                if (!n.isValueNode()) {
                    throw new BadFile("villages 应为村名列表, 如 [石门村, 柳河村]");
                }
                out.add(n.asText());
            }
        } else if (v.isValueNode()) {
            for (String s : v.asText().split("[,，、;；]")) {
                out.add(s);
            }
        } else {
            throw new BadFile("villages 应为村名列表, 如 [石门村, 柳河村]");
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
