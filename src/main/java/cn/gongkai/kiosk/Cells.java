package cn.gongkai.kiosk;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in terminal columns: a Chinese character takes two, so every cut and every
 * wrap here is made between characters, never through one.
 */
final class Cells {
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";

    private Cells() {}

    static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    static int width(char c) {
        return TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
    }

    /** The longest head of {@code s} that fits {@code cols}, ending in … when it was cut. */
    static String fit(String s, int cols) {
        if (cols <= 0) {
            return "";
        }
        if (width(s) <= cols) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            int w = width(s.charAt(i));
            if (used + w > cols - 1) {
                break;
            }
            b.append(s.charAt(i));
            used += w;
        }
        return b.append('…').toString();
    }

    /** Pads with spaces on the right to exactly {@code cols} (after fitting). */
    static String pad(String s, int cols) {
        String f = fit(s, cols);
        return f + " ".repeat(Math.max(0, cols - width(f)));
    }

    /**
     * Wraps text to lines of at most {@code cols} columns. Paragraphs (newlines) stay apart;
     * closing punctuation is not left to start a line when it can hang on the one before.
     */
    static List<String> wrap(String text, int cols) {
        List<String> out = new ArrayList<>();
        if (cols < 2) {
            return out;
        }
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (int i = 0; i < para.length(); i++) {
                char c = para.charAt(i);
                int w = c == '\t' ? 1 : width(c);
                if (c == '\t') {
                    c = ' ';
                }
                if (used + w > cols) {
                    if (NO_LINE_START.indexOf(c) >= 0 && line.length() > 1) {
                        // move the last character down with the punctuation instead
                        char last = line.charAt(line.length() - 1);
                        line.setLength(line.length() - 1);
                        out.add(line.toString());
                        line = new StringBuilder().append(last);
                        used = width(last);
                    } else {
                        out.add(line.toString());
                        line = new StringBuilder();
                        used = 0;
                    }
                    if (c == ' ' && line.length() == 0) {
                        continue;
                    }
                }
                line.append(c);
                used += w;
            }
            out.add(line.toString());
        }
        return out;
    }
}
