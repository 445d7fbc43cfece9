package cn.gongkai.gateway.voice;

import cn.gongkai.corpus.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spoken form of a text: what a Mandarin speech engine reads the way a person would. A
 * disclosure's body is written for the eye (links, Markdown, 〔2025〕12号, 2025-10-09); read
 * raw, the engine spells out "h t t p", says "井号" or skips the brackets. Here such things
 * become words or go, and the result is cut into sentences no longer than one {@code <Say>}.
 */
public final class Speech {
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[\\w\\-.~:/?#\\[\\]@!$&'()*+,;=%]*|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    /** 〔2025〕12号, [2025]12号, （2025）12号: the year in brackets of a document number (文号). */
    private static final Pattern DOC_NO = Pattern.compile("[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*号");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})[-./](\\d{1,2})(?![\\d日号])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern PHONE = Pattern.compile("(0\\d{2,3})\\s*[-－—]\\s*(\\d{7,8})");
    /** Phone and account numbers are read digit by digit, not as one big number. */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d.])\\d{7,}(?![\\d.元万亿人户])");
    private static final Pattern RANGE = Pattern.compile("(\\d)\\s*[-－—~～]+\\s*(\\d)");
    /** Sentence ends; a piece longer than a {@code <Say>} is cut again at a comma. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])");
    private static final Pattern PAUSE = Pattern.compile("(?<=[，、,：:])");
    /** What a Mandarin engine would read as a symbol name, or stumble on; tests forbid these in any {@code <Say>}. */
    public static final Pattern UNSPEAKABLE = Pattern.compile("(?i)https?:|www\\.|[〔〕\\[\\]［］【】#＃*＊<>_`|~^\\\\{}=]");

    private Speech() {}

    /** Running text for the ear: no links, no markup, document numbers and dates in words. */
    public static String derive(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Text.inert(raw);
        s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = URL.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&amp;", "和");
        s = s.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "");
        s = s.replaceAll("(?m)^\\s*\\|?\\s*:?-{3,}.*$", ""); // Markdown table rules
        s = DOC_NO.matcher(s).replaceAll("$1年第$2号");
        s = ISO_DATE.matcher(s).replaceAll(m -> m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月"
                + Integer.parseInt(m.group(3)) + "日");
        s = YEAR_MONTH.matcher(s).replaceAll(m -> m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月");
        s = PERCENT.matcher(s).replaceAll("百分之$1");
        s = PHONE.matcher(s).replaceAll(m -> spell(m.group(1)) + "，" + spell(m.group(2)));
        s = LONG_NUMBER.matcher(s).replaceAll(m -> spell(m.group()));
        s = RANGE.matcher(s).replaceAll("$1到$2");
        s = s.replace('〔', '（').replace('〕', '）').replace('【', '（').replace('】', '）')
                .replace('［', '（').replace('］', '）').replace('[', '（').replace(']', '）');
        s = s.replaceAll("[#＃*＊_`|~^\\\\{}<>=]+", " ");
        // Spaces mean nothing in Chinese text; around Chinese words they only make the engine pause.
        s = s.replaceAll("[ \\t]*([\\p{IsHan}，。、；：！？（）“”])[ \\t]*", "$1");
        s = s.replace("（）", "").replace("()", "");
        s = s.replaceAll("\\s*\\n\\s*\\n\\s*", "。").replaceAll("\\s+", " ");
        s = s.replaceAll("[，、]+([。！？；])", "$1").replaceAll("([。！？；])[\\s。，]+", "$1")
                .replaceAll("^[\\s。，]+", "");
        return s.strip();
    }

    /** Digits as a person reads a phone number, 1 as 幺: 0421 → 零四二幺. */
    static String spell(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(Character.isDigit(c) ? "零幺二三四五六七八九".charAt(c - '0') : c);
        }
        return b.toString();
    }

    /** Sentences of {@code text} grouped into pieces of at most {@code max} characters. */
    public static List<String> pieces(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            for (String part : fit(sentence.strip(), max)) {
                if (cur.length() > 0 && cur.length() + part.length() > max) {
                    out.add(cur.toString().strip());
                    cur.setLength(0);
                }
                cur.append(part);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** A sentence cut at commas, and at {@code max} characters if one clause is still too long. */
    private static List<String> fit(String sentence, int max) {
        List<String> out = new ArrayList<>();
        if (sentence.length() <= max) {
            out.add(sentence);
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String clause : PAUSE.split(sentence)) {
            while (clause.length() > max) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(clause.substring(0, max));
                clause = clause.substring(max);
            }
            if (cur.length() + clause.length() > max) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(clause);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The first sentences of {@code text} up to about {@code max} characters (at least one, cut if needed). */
    public static String opening(String text, int max) {
        StringBuilder b = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (b.length() > 0 && b.length() + sentence.length() > max) {
                break;
            }
            b.append(sentence);
        }
        String s = b.toString().strip();
        if (s.length() > max) {
            int cut = Math.max(s.lastIndexOf('，', max), s.lastIndexOf('、', max));
            s = (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max)) + "。";
        }
        return s.replace("…", "");
    }
}
