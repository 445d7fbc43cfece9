package cn.gongkai.outreach;

/**
 * How many SMS segments a text costs. Any character outside the GSM 7-bit alphabet (every
 * Chinese character) makes the whole message UCS-2: 70 UTF-16 units in one segment, 67 per
 * segment when split, and a surrogate pair (an emoji) is never split across two segments.
 * GSM texts: 160 in one, 153 per part, extension characters ({@code €[]{}} …) count twice.
 */
public final class Segments {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private Segments() {}

    /** Segments the text takes; an empty text still costs one. */
    public static int count(String text) {
        if (isGsm(text)) {
            int units = 0;
            for (int i = 0; i < text.length(); i++) {
                units += GSM_EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            }
            return units <= 160 ? 1 : (units + 152) / 153;
        }
        if (text.length() <= 70) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            if (used + units > 67) {
                segments++;
                used = 0;
            }
            used += units;
            i += units;
        }
        return segments;
    }

    public static boolean fits(String text, int budget) {
        return count(text) <= budget;
    }

    public static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENDED.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text itself if it fits, else its longest start that fits with "…" added. */
    public static String cut(String text, int budget) {
        if (fits(text, budget)) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // longest prefix (at a code point boundary) that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (fits(prefix(text, mid) + "…", budget)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return prefix(text, lo) + "…";
    }

    /** At most {@code max} UTF-16 units of the text, never half a surrogate pair. */
    public static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** A short piece of text (a title, the villager's words) cut to {@code max} units with "…". */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return prefix(text, Math.max(0, max - 1)) + "…";
    }
}
