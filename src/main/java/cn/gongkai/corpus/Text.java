package cn.gongkai.corpus;

import java.text.Normalizer;

/** Makes any text safe to store, search and draw: no control characters, no terminal escapes. */
public final class Text {
    private Text() {}

    /**
     * Removes ANSI/terminal escape sequences and control characters (keeping newlines and
     * tabs), and drops lone surrogates left by broken UTF-8. Text from a file or a phone is
     * made inert here once, so no channel can be made to beep, clear a screen or move a cursor.
     */
    public static String inert(String s) {
        if (s == null) {
            return null;
        }
        String noEscapes = s.replaceAll("\u001B\\[[0-?]*[ -/]*[@-~]", "")
                .replaceAll("\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?", "")
                .replaceAll("\u009B[0-?]*[ -/]*[@-~]", "");
        StringBuilder out = new StringBuilder(noEscapes.length());
        for (int i = 0; i < noEscapes.length(); i++) {
            char c = noEscapes.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < noEscapes.length()
                    && Character.isLowSurrogate(noEscapes.charAt(i + 1))) {
                out.append(c).append(noEscapes.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue;
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\r') {
                continue;
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    && c != '\u200D') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A person's query: inert, one line, width-normalised (全角 → 半角), trimmed to a sane length. */
    public static String query(String s, int maxChars) {
        if (s == null) {
            return "";
        }
        String head = s.length() > maxChars * 4 ? s.substring(0, maxChars * 4) : s;
        String t = Normalizer.normalize(inert(head), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return t.length() > maxChars ? t.substring(0, maxChars) : t;
    }

    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
