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
     * closing punctuation is not left to start a line when it can hang on the one before; a
     * number, a date ("12月20日", "2025-10-09") or a Latin word is moved whole to the next line
     * rather than cut ("12月2 / 0日前" misreads as two numbers), unless it is longer than a line.
     */
    static List<String> wrap(String text, int cols) {
        List<String> out = new ArrayList<>();
        if (cols < 2) {
            return out;
        }
        for (String para : text.replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lineStart = 0;
            int used = 0;
            for (int i = 0; i < para.length(); i++) {
                char c = para.charAt(i);
                int w = width(c);
                if (used + w > cols) {
                    // closing punctuation takes the character before it along; a number or
                    // word that would be cut goes down whole
                    int cut = NO_LINE_START.indexOf(c) >= 0 ? i - 1 : i;
                    while (cut > lineStart && glued(para, cut)) {
                        cut--;
                    }
                    if (cut > lineStart && cut < i) {
                        String tail = para.substring(cut, i);
                        line.setLength(line.length() - tail.length());
                        out.add(line.toString());
                        line = new StringBuilder(tail);
                        used = width(tail);
                        lineStart = cut;
                    } else {
                        out.add(line.toString());
                        line = new StringBuilder();
                        used = 0;
                        lineStart = i;
                    }
                    if (c == ' ' && line.length() == 0) {
                        lineStart = i + 1;
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

    private static final String AFTER_DIGIT = "年月日号时分秒点.:%-/,";
    private static final String BETWEEN_DIGITS = "年月.-/:,";

    /** Whether the character at {@code i} belongs to the same number, date or word as the one before. */
    static boolean glued(String s, int i) {
        if (i <= 0 || i >= s.length()) {
            return false;
        }
        char a = s.charAt(i - 1);
        char b = s.charAt(i);
        if (isDigit(a) && (isDigit(b) || AFTER_DIGIT.indexOf(b) >= 0)) {
            return true;
        }
        if (isDigit(b) && BETWEEN_DIGITS.indexOf(a) >= 0 && i >= 2 && isDigit(s.charAt(i - 2))) {
            return true;
        }
        return isLatin(a) && (isLatin(b) || isDigit(b)) || isDigit(a) && isLatin(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
