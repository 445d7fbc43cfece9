package cn.gongkai.outreach;

import cn.gongkai.requests.Phones;

/** Phone numbers as the SMS tables keep them: E.164 ({@code +8613812345678}). */
public final class Numbers {
    private Numbers() {}

    // Compiled once: every text and call normalizes its number.
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-()]");
    private static final java.util.regex.Pattern MAINLAND = java.util.regex.Pattern.compile("1[3-9]\\d{9}");
    private static final java.util.regex.Pattern MAINLAND_86 = java.util.regex.Pattern.compile("861[3-9]\\d{9}");

    /** A mainland mobile typed any usual way becomes {@code +86…}; other numbers keep their digits. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        if (MAINLAND.matcher(s).matches()) {
            return "+86" + s;
        }
        if (MAINLAND_86.matcher(s).matches()) {
            return "+" + s;
        }
        return s;
    }

    /** Looks like a number a text can reach: a mainland mobile, or a foreign E.164 number. */
    public static boolean isMobile(String raw) {
        String n = normalize(raw);
        if (n.startsWith("+86")) {
            return n.matches("\\+861[3-9]\\d{9}");
        }
        return n.matches("\\+[1-9]\\d{7,14}");
    }

    /**
     * Whether two numbers are the same line: compared by their national digits, so a contact
     * written {@code 0421-1234567} or {@code 138 1234 5678} matches the caller id Twilio gives.
     * A missing or empty number is nobody's: it matches nothing, not even another empty one.
     */
    public static boolean same(String a, String b) {
        String x = Phones.line(a);
        return !x.isEmpty() && x.equals(Phones.line(b));
    }
}
