package cn.gongkai.twilio;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} UTF-8 body, first value of each
 * name, decoded as {@link java.net.URLDecoder} would. Twilio posts every webhook this way; the
 * framework's general form parsing (strings split by regular expressions, a list per name, a
 * content-type check without case) took about 6 % of the SMS webhook's CPU.
 */
final class FormFields {
    private FormFields() {
    }

    /** Whether {@code contentType} is a form this parser reads (UTF-8 or no charset named). */
    static boolean reads(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, FORM, 0, FORM.length())) {
            return false;
        }
        String rest = contentType.substring(FORM.length()).strip();
        if (rest.isEmpty()) {
            return true;
        }
        String lower = rest.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return lower.equals(";charset=utf-8") || lower.equals(";charset=\"utf-8\"");
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    /**
     * Parses {@code body}; a name without {@code =} has the empty value, an empty piece between
     * two {@code &} is skipped. A broken escape ({@code %} not followed by two hex digits)
     * throws {@link IllegalArgumentException}, as {@code URLDecoder} does.
     */
    static Map<String, String> parse(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        byte[] scratch = new byte[body.length];
        int start = 0;
        while (start <= body.length) {
            int end = start;
            int eq = -1;
            while (end < body.length && body[end] != '&') {
                if (eq < 0 && body[end] == '=') {
                    eq = end;
                }
                end++;
            }
            if (end > start) {
                String name = decode(body, start, eq < 0 ? end : eq, scratch);
                String value = eq < 0 ? "" : decode(body, eq + 1, end, scratch);
                fields.putIfAbsent(name, value);
            }
            start = end + 1;
        }
        return fields;
    }

    private static String decode(byte[] b, int from, int to, byte[] scratch) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                scratch[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new IllegalArgumentException("incomplete escape in form body");
                }
                int hi = Character.digit(b[i + 1], 16);
                int lo = Character.digit(b[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("illegal escape in form body");
                }
                scratch[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                scratch[n++] = c;
            }
        }
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }
}
