package cn.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A body for a text message: plain sentences, one block a line. A table becomes short
 * "行名 列名 值" lines (村道硬化 金额 12万元), which read on any phone; the caller cuts to its
 * segment budget at a line end.
 */
public final class SmsText {
    private SmsText() {}

    public static String of(String markdown) {
        List<String> lines = new ArrayList<>();
        for (Block b : Markdown.blocks(markdown)) {
            if (b instanceof Block.Table t) {
                lines.addAll(tableLines(t));
            } else if (b instanceof Block.Item i) {
                lines.add(i.marker().isEmpty() ? i.text() : i.marker() + i.text());
            } else {
                lines.add(b.text());
            }
        }
        return String.join("\n", lines);
    }

    /** Only the body's tables, as {@link #tableLines} (for a page whose prose is all formula). */
    public static String tables(String markdown) {
        List<String> lines = new ArrayList<>();
        for (Block b : Markdown.blocks(markdown)) {
            if (b instanceof Block.Table t) {
                lines.addAll(tableLines(t));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * One line a cell: the row's name (its first cell), the column's name, the value. A table of
     * one column gives its values; an empty cell gives nothing.
     */
    static List<String> tableLines(Block.Table t) {
        List<String> out = new ArrayList<>();
        int n = t.header().size();
        for (List<String> r : t.rows()) {
            if (n == 1) {
                out.add(r.get(0));
                continue;
            }
            for (int c = 1; c < n; c++) {
                if (!r.get(c).isEmpty()) {
                    out.add((r.get(0) + " " + t.header().get(c) + " " + r.get(c)).replaceAll("\\s+", " ").strip());
                }
            }
        }
        return out;
    }
}
