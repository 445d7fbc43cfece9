package cn.gongkai.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds texts that YAML cuts short: in an unquoted value, a space followed by {@code #} starts
 * a comment, so "按 # 到下一步" silently becomes "按". A district editing messages.yaml cannot
 * see that, so the loader names the file and line.
 */
public final class CommentCuts {
    /** key: plain (unquoted, not a block) value, then whitespace and #. */
    private static final Pattern CUT =
            Pattern.compile("^\\s*(?:-\\s+)?[^\\s#\"'-][^:#]*:\\s+([^\\s\"'|>#\\[{&*!][^#]*?)\\s+#(.*)$");

    private CommentCuts() {}

    /** One Chinese warning per value cut at a comment: file, line, what remains and what was lost. */
    public static List<String> find(ConfigFiles.Source src) {
        List<String> out = new ArrayList<>();
        String[] lines = src.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CUT.matcher(lines[i]);
            if (m.matches()) {
                out.add(src.location() + " 第 " + (i + 1) + " 行：文字在 # 处被截断，只剩“" + m.group(1).strip()
                        + "”，后面的“#" + m.group(2) + "”被当成了注释。含 # 的文字请用英文双引号把整段括起来。");
            }
        }
        return out;
    }
}
