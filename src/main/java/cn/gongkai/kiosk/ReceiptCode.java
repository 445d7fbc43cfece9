package cn.gongkai.kiosk;

import java.util.ArrayList;
import java.util.List;

/**
 * The receipt code as an elderly applicant can copy it: grouped ("GK 2048 1357", the way a
 * phone number is read out) and drawn large — each character full-width inside a box, one box
 * a group — so it reads from arm's length and is hard to miscount.
 */
final class ReceiptCode {
    private ReceiptCode() {}

    /** "GK20481357" → ["GK", "2048", "1357"]; any other shape in groups of four. */
    static List<String> groups(String code) {
        List<String> out = new ArrayList<>();
        String rest = code;
        if (rest.length() > 2 && Character.isLetter(rest.charAt(0)) && Character.isLetter(rest.charAt(1))
                && Character.isDigit(rest.charAt(2))) {
            out.add(rest.substring(0, 2));
            rest = rest.substring(2);
        }
        for (int i = 0; i < rest.length(); i += 4) {
            out.add(rest.substring(i, Math.min(rest.length(), i + 4)));
        }
        return out;
    }

    static String grouped(String code) {
        return String.join(" ", groups(code));
    }

    /*
     * ┌───────┐ ┌───────────────┐ ┌───────────────┐
     * │ Ｇ Ｋ │ │ ２ ０ ４ ８ │ │ １ ３ ５ ７ │
     * └───────┘ └───────────────┘ └───────────────┘
     */
    /** Three lines: the boxes' tops, the full-width characters, the bottoms. */
    static List<String> big(String code) {
        StringBuilder top = new StringBuilder();
        StringBuilder mid = new StringBuilder();
        StringBuilder bottom = new StringBuilder();
        for (String g : groups(code)) {
            StringBuilder wide = new StringBuilder();
            for (char c : g.toCharArray()) {
                wide.append(' ').append(fullWidth(c));
            }
            wide.append(' ');
            int cells = Cells.width(wide.toString());
            if (top.length() > 0) {
                top.append(' ');
                mid.append(' ');
                bottom.append(' ');
            }
            top.append('┌').append("─".repeat(cells)).append('┐');
            mid.append('│').append(wide).append('│');
            bottom.append('└').append("─".repeat(cells)).append('┘');
        }
        return List.of(top.toString(), mid.toString(), bottom.toString());
    }

    /** ASCII letters and digits as their full-width forms (Ａ, ０): twice as wide on any terminal. */
    static char fullWidth(char c) {
        return c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c;
    }
}
