package cn.gongkai.markdown;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A body for the kiosk's text screen. Headings stand out, list items get a bullet or their
 * number, emphasis loses its stars. A table whose columns fit the width is laid out in aligned
 * columns, measured in terminal cells (a Chinese character takes two); one that does not fit
 * becomes "列名：值" lines, one group per row, so nothing is cut off the right edge.
 */
public final class KioskText {
    /** What the kiosk draws: headings and table headers bold, the rest plain. */
    public enum Kind { HEADING, TEXT, TABLE_HEAD, TABLE_ROW }

    /**
     * One line or paragraph. {@code wrap}: a paragraph the kiosk still wraps to its width;
     * otherwise a line already laid out to fit (a table row).
     */
    public record Line(String text, Kind kind, boolean wrap) {}

    private static final String GAP = "  ";
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,，.]+\\s*(%|％|元|万元|亩|人|户|㎡|平方米)?");

    private KioskText() {}

    /** The body laid out for a text area {@code cols} cells wide. */
    public static List<Line> lines(String markdown, int cols) {
        List<Line> out = new ArrayList<>();
        for (Block b : Markdown.blocks(markdown)) {
            if (b instanceof Block.Heading h) {
                out.add(new Line(h.text(), Kind.HEADING, true));
            } else if (b instanceof Block.Item i) {
                out.add(new Line("  ".repeat(i.depth()) + (i.marker().isEmpty() ? "·" : i.marker()) + " " + i.text(),
                        Kind.TEXT, true));
            } else if (b instanceof Block.Table t) {
                table(t, cols, out);
            } else {
                out.add(new Line(b.text(), Kind.TEXT, true));
            }
        }
        return out;
    }

    static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    private static void table(Block.Table t, int cols, List<Line> out) {
        int n = t.header().size();
        int[] w = new int[n];
        for (int c = 0; c < n; c++) {
            w[c] = width(t.header().get(c));
            for (List<String> r : t.rows()) {
                w[c] = Math.max(w[c], width(r.get(c)));
            }
        }
        int total = GAP.length() * (n - 1);
        for (int x : w) {
            total += x;
        }
        if (total <= cols) {
            out.add(new Line(row(t.header(), w, false), Kind.TABLE_HEAD, false));
            out.add(new Line("─".repeat(Math.max(1, total)), Kind.TABLE_ROW, false));
            for (List<String> r : t.rows()) {
                out.add(new Line(row(r, w, true), Kind.TABLE_ROW, false));
            }
            return;
        }
        // Too wide for the screen: each row as its own small group of "列名：值" lines.
        for (List<String> r : t.rows()) {
            boolean first = true;
            for (int c = 0; c < n; c++) {
                if (r.get(c).isEmpty()) {
                    continue;
                }
                String label = t.header().get(c);
                String text = (label.isEmpty() ? "" : label + "：") + r.get(c);
                out.add(new Line(first ? text : "  " + text, first ? Kind.TABLE_HEAD : Kind.TEXT, true));
                first = false;
            }
        }
    }

    /** Cells padded to their column's width; numbers (amounts, counts) aligned right as on paper. */
    private static String row(List<String> cells, int[] w, boolean alignNumbers) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            String pad = " ".repeat(w[c] - width(s));
            boolean right = alignNumbers && NUMBER.matcher(s).matches();
            b.append(right ? pad + s : s + (c == cells.size() - 1 ? "" : pad));
            if (c < cells.size() - 1) {
                b.append(GAP);
            }
        }
        return b.toString().stripTrailing();
    }
}
