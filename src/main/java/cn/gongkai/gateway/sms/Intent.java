package cn.gongkai.gateway.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a villager's text asks for; anything not recognised is a search. */
sealed interface Intent {
    record Help() implements Intent {}
    record Pick(int n) implements Intent {}
    record More() implements Intent {}
    record Search(String words) implements Intent {}
    record IAm(String words) implements Intent {}
    record Apply(String content) implements Intent {}
    record Progress(String code) implements Intent {}
    record Subscribe(String target) implements Intent {}
    /** {@code target} null: stop every outbound text (退订, TD, STOP…). */
    record Unsubscribe(String target, String word) implements Intent {}
    record Start(String word) implements Intent {}
    record Feedback(boolean helpful) implements Intent {}

    /** Twilio's own opt-out words (whole message, any case) and ours. */
    Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
            "TD", "退订", "取消订阅");
    Set<String> START_WORDS = Set.of("START", "YES", "UNSTOP", "恢复", "开通");
    Set<String> HELP_WORDS = Set.of("HELP", "INFO", "帮助", "?", "菜单", "你好", "您好", "在吗");
    String CHINESE_DIGITS = "零一二三四五六七八九十";

    Pattern COMMAND = Pattern.compile("^(申请公开|申请|进度|查进度|订阅|退订)(?:([\\s:：,，、]+)(.*)|(.*))$", Pattern.DOTALL);
    // Longer openings first: with 我住 tried before 我住在, "我住在李庄" read as the words 在李庄.
    Pattern I_AM = Pattern.compile("^(?:我住在|我家在|我是|我在|我住)(.{1,12}?)(?:的|人)?[。.!！]*$");
    Pattern PICK = Pattern.compile("^(?:第)?(\\d{1,3}|[一二三四五六七八九十])(?:条|个)?[.。]?$");
    // Compiled once: every text and every result line passes through clean and parse.
    Pattern SPACES = Pattern.compile(" {2,}");
    Pattern TRAILING = Pattern.compile("[\\s。.!！]+$");
    Pattern QUESTION_MARKS = Pattern.compile("[?？]+");
    Pattern WHITESPACE = Pattern.compile("\\s");

    /** The text with control characters, unpaired surrogates and odd spacing taken out. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp) || cp == 0xFFFD) {
                continue; // half an emoji from broken encoding: drop it
            }
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
                    && type != Character.UNASSIGNED) {
                b.appendCodePoint(cp);
            }
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    /** Reads a cleaned text. */
    static Intent parse(String text) {
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        String bare = TRAILING.matcher(upper).replaceAll("");
        if (t.isEmpty() || HELP_WORDS.contains(bare) || QUESTION_MARKS.matcher(bare).matches()) {
            return new Help();
        }
        if (STOP_WORDS.contains(bare)) {
            return new Unsubscribe(null, bare);
        }
        if (START_WORDS.contains(bare)) {
            return new Start(bare);
        }
        if (bare.equals("更多") || bare.equals("下一页") || bare.equals("还有")) {
            return new More();
        }
        if (bare.equals("满意") || bare.equals("有用")) {
            return new Feedback(true);
        }
        if (bare.equals("不满意") || bare.equals("没用")) {
            return new Feedback(false);
        }
        Matcher pick = PICK.matcher(bare);
        if (pick.matches()) {
            String n = pick.group(1);
            int idx = CHINESE_DIGITS.indexOf(n);
            return new Pick(idx >= 0 ? idx : Integer.parseInt(n));
        }
        Matcher cmd = COMMAND.matcher(t);
        if (cmd.matches()) {
            String word = cmd.group(1);
            boolean separated = cmd.group(2) != null;
            String rest = (separated ? cmd.group(3) : cmd.group(4)).strip();
            switch (word) {
                case "申请公开":
                    return new Apply(rest);
                case "申请":
                    // "申请低保" asks how to apply for something: a search. "申请 …" (with a
                    // space or colon) or a bare "申请" is a formal request (依申请公开).
                    if (separated || rest.isEmpty()) {
                        return new Apply(rest);
                    }
                    break;
                case "进度", "查进度":
                    return new Progress(WHITESPACE.matcher(rest).replaceAll("").toUpperCase(Locale.ROOT));
                case "订阅":
                    return new Subscribe(rest);
                case "退订":
                    return new Unsubscribe(rest.isEmpty() ? null : rest, "退订");
                default:
                    break;
            }
        }
        Matcher iam = I_AM.matcher(t);
        if (iam.matches()) {
            return new IAm(iam.group(1));
        }
        return new Search(t);
    }
}
