package cn.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A body for the ear: every block a sentence, no symbol a speech engine would read out or
 * trip on. A table is read a row at a time, "项目，值" — the row's name, then each column's
 * name and value ("村道硬化，金额，12万元。"). Numbers and dates are left for the voice line's own
 * number reading.
 */
public final class SpokenText {
    private SpokenText() {}

    public static String of(String markdown) {
        return spoken(markdown, false);
    }

    /** Only the body's tables, row by row (for a page whose prose is all formula). */
    public static String tables(String markdown) {
        return spoken(markdown, true);
    }

    private static String spoken(String markdown, boolean tablesOnly) {
        List<String> sentences = new ArrayList<>();
        for (Block b : Markdown.blocks(markdown)) {
            if (b instanceof Block.Table t) {
                rows(t, sentences);
            } else if (!tablesOnly) {
                sentences.add(b.text());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            String x = words(s);
            if (x.isEmpty()) {
                continue;
            }
            out.append(x);
            if (!x.matches("(?s).*[。！？；]$")) {
                out.append(x.endsWith("：") || x.endsWith("，") ? "" : "。");
            }
        }
        return out.toString();
    }

    private static void rows(Block.Table t, List<String> out) {
        int n = t.header().size();
        for (List<String> r : t.rows()) {
            StringBuilder b = new StringBuilder(r.get(0));
            for (int c = 1; c < n; c++) {
                if (!r.get(c).isEmpty()) {
                    b.append(b.isEmpty() ? "" : "，").append(t.header().get(c)).append("，").append(r.get(c));
                }
            }
            out.add(b.toString());
        }
    }

    /** Symbols out: bullets, pipes, stars and the like become a pause or nothing. */
    private static String words(String s) {
        return s.replaceAll("[|｜*＊#＃_`~^\\\\{}<>=·•●■□◆◇★☆※→—]+", "，")
                .replaceAll("\\s*，[\\s，]*", "，")
                .replaceAll("^[，\\s]+|[，\\s]+$", "")
                .strip();
    }
}
