package cn.gongkai.gateway.voice;

import cn.gongkai.config.Messages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step before the speech engine: every digit, Latin letter and bracket becomes what a
 * Mandarin speaker says there. A Mandarin voice reads "119" as "一百一十九" and "GK" as English
 * letters, and skips brackets so "养老保险（农保）" runs together. Numbers are read by context:
 * emergency and service numbers and phone numbers digit by digit with 幺 for 1 (打幺幺九), a year
 * digit by digit (二零二五年), amounts and ordinals as numbers (三百元, 第二条, 两个). Words in
 * Latin letters come from messages.yaml ({@code voice.latin_words}: APP=手机应用), any other
 * letter is read by its name ({@code voice.letters}).
 */
final class Spoken {
    /** What the speech engine must never get; tests check every {@code <Say>} against it. */
    static final Pattern UNSPOKEN = Pattern.compile("[0-9０-９A-Za-zＡ-Ｚａ-ｚ（）()〔〕\\[\\]［］【】<>＜＞#＃*＊_`|~^\\\\{}=&]");

    /** Short numbers people dial: read digit by digit, never as an amount. */
    private static final Set<String> SERVICE_NUMBERS = Set.of("110", "112", "114", "119", "120", "122", "12345",
            "12315", "12333", "12320", "12319", "12348", "12350", "12369", "12388", "12366", "12328", "95598");
    private static final Pattern DIAL_CONTEXT = Pattern.compile("(打|拨打|拨|致电|电话|热线|报警|急救|火警|号码)[：:\\s]*$");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{0,40})[）)]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]");
    /** Measure words after which 2 is 两 (两个, 两年), unless it is an ordinal (第二条). */
    private static final String MEASURES = "个件位条次种名户项张天年周间台岁人句家份本辆处所遍";
    private static final String DIGITS = "零一二三四五六七八九";

    private final Map<String, String> words = new LinkedHashMap<>();
    private final Map<Character, String> letters = new LinkedHashMap<>();

    Spoken(Messages messages) {
        pairs(messages.get(Prompt.LATIN_WORDS.key())).forEach((k, v) -> words.put(k.toUpperCase(Locale.ROOT), v));
        pairs(messages.get(Prompt.LETTERS.key())).forEach((k, v) -> {
            if (k.length() == 1) {
                letters.put(Character.toUpperCase(k.charAt(0)), v);
            }
        });
    }

    /** "A=诶,B=比" as a map, in order. */
    private static Map<String, String> pairs(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : s.split("[,，]")) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** A text already derived for the ear ({@link Speech#derive}), in words only. */
    String of(String text) {
        String s = Speech.derive(text);
        s = toFullWidth(s);
        s = LATIN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(latin(m.group())));
        s = BRACKETED.matcher(s).replaceAll(m -> m.group(1).isBlank() ? "" : "，" + m.group(1) + "，");
        s = numbers(s);
        s = s.replaceAll("[（）()\\[\\]［］【】〔〕<>＜＞#＃*＊_`|~^\\\\{}=&]", "，");
        s = s.replaceAll("[A-Za-z0-9]", "");
        s = s.replaceAll("，[，、]+", "，").replaceAll("[，、]+([。！？；：])", "$1").replaceAll("^[，。]+", "")
                .replaceAll("([。！？；])，+", "$1");
        return s.strip();
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private String latin(String word) {
        String known = words.get(word.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                b.append(letters.getOrDefault(Character.toUpperCase(c), ""));
            } else {
                b.append(c); // digits and points: read as numbers next
            }
        }
        return b.toString();
    }

    private static String numbers(String s) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group(1);
            String before = s.substring(Math.max(0, m.start() - 6), m.start());
            char after = m.end() < s.length() ? s.charAt(m.end()) : ' ';
            char prev = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
            String said;
            if (m.group(2) != null) {
                said = cardinal(whole) + "点" + digits(m.group(2), false);
            } else if (after == '年' && whole.length() == 4) {
                said = digits(whole, false);
            } else if (SERVICE_NUMBERS.contains(whole) && !"元万亿岁米亩".contains(String.valueOf(after))
                    || DIAL_CONTEXT.matcher(before).find() && whole.length() >= 3
                    || whole.length() > 1 && whole.startsWith("0") || whole.length() > 12) {
                said = digits(whole, true);
            } else if (whole.equals("2") && prev != '第' && MEASURES.indexOf(after) >= 0) {
                said = "两";
            } else {
                said = cardinal(whole);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(said));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Digit by digit; {@code dialled}: 1 as 幺, as said when reading out a number to dial. */
    static String digits(String d, boolean dialled) {
        StringBuilder b = new StringBuilder();
        for (char c : d.toCharArray()) {
            b.append(dialled && c == '1' ? '幺' : DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** A whole number as an amount: 150 → 一百五十, 2000 → 两千, 10 → 十, 6960 → 六千九百六十. */
    static String cardinal(String n) {
        String d = n.replaceFirst("^0+(?=\\d)", "");
        if (d.length() > 12) {
            return digits(d, false);
        }
        long v = Long.parseLong(d);
        if (v == 0) {
            return "零";
        }
        String s = below(v / 100_000_000, "亿") + below(v / 10_000 % 10_000, "万") + below(v % 10_000, "");
        s = s.replaceAll("零+", "零").replaceAll("零$", "").replaceAll("零(亿|万)", "$1").replaceAll("^零", "");
        if (s.startsWith("一十")) {
            s = s.substring(1);
        }
        s = s.replaceAll("^二(千|万|亿)", "两$1");
        return s;
    }

    private static String below(long v, String unit) {
        if (v == 0) {
            return "零";
        }
        String[] units = {"千", "百", "十", ""};
        StringBuilder b = new StringBuilder();
        String four = String.format("%04d", v);
        for (int i = 0; i < 4; i++) {
            int digit = four.charAt(i) - '0';
            if (digit == 0) {
                b.append('零');
            } else {
                b.append(DIGITS.charAt(digit)).append(units[i]);
            }
        }
        return b.toString().replaceAll("零+$", "") + unit;
    }
}
