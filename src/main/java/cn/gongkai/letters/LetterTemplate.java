package cn.gongkai.letters;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter template from {@code kiosk-config/letters/}: plain text a district edits, one
 * paragraph a line. {@code # } starts the title, {@code = } a centred line (the number),
 * {@code > } a line set to the right (signature, seal, date); {@code {{field}}} is filled from
 * the record. A field the record does not have is an error naming the file, never a blank.
 */
public final class LetterTemplate {
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    /** How a line is set on the page. */
    public enum Align { TITLE, CENTER, LEFT, RIGHT }

    public record Line(Align align, String text) {}

    private final ConfigFiles.Source source;

    private LetterTemplate(ConfigFiles.Source source) {
        this.source = source;
    }

    public static LetterTemplate load(ConfigFiles config, String name) {
        return new LetterTemplate(config.read("letters/" + name));
    }

    public String location() {
        return source.location();
    }

    /** The filled lines, in order; blank lines and {@code //} comments are left out. */
    public List<Line> fill(Map<String, String> fields) {
        List<Line> out = new ArrayList<>();
        for (String raw : source.text().split("\r?\n")) {
            String line = raw.stripTrailing();
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            Align align = Align.LEFT;
            if (line.startsWith("# ")) {
                align = Align.TITLE;
            } else if (line.startsWith("= ")) {
                align = Align.CENTER;
            } else if (line.startsWith("> ")) {
                align = Align.RIGHT;
            }
            String text = substitute(align == Align.LEFT ? line : line.substring(2).strip(), fields);
            if (!text.isBlank()) { // an optional field left empty (no reply text) leaves no empty paragraph
                out.add(new Line(align, text));
            }
        }
        return out;
    }

    private String substitute(String text, Map<String, String> fields) {
        Matcher m = FIELD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = fields.get(m.group(1));
            if (value == null) {
                throw new UserException(source.location() + ": 占位符 {{" + m.group(1) + "}} 在这种文书里没有可填的内容");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }
}
