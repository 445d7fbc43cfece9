package cn.gongkai.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways of speaking no word list can hold whole, read as the words documents use. Each is a
 * pattern, not a phrase: an age (八十多岁, 九十来岁, 七老八十, 85岁) asks about the allowances by age;
 * 道 is how Northeast speech says 路 (扫道, 道边); 钱 after a thing is the money for it (烧柴钱).
 */
final class SpokenForms {
    /** From this age on a question about an old person is about the allowances by age (高龄津贴). */
    static final int OLD_AGE = 70;
    /** The word documents use for those allowances; the synonym list takes it from there. */
    static final String OLD_AGE_WORD = "高龄";

    private static final Pattern AGE = Pattern.compile(
            "(\\d{1,3}|[一二三四五六七八九十百]{1,4})[多来几]?(?:周)?岁(?:以上|往上|多)?|七老八十|([七八九])旬|百岁");

    private SpokenForms() {}

    /** The question with each age from {@link #OLD_AGE} on replaced by {@link #OLD_AGE_WORD}. */
    static String ages(String q) {
        Matcher m = AGE.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int age = m.group(1) != null ? number(m.group(1)) : m.group(2) != null ? 10 * digit(m.group(2).charAt(0)) : 80;
            m.appendReplacement(out, age >= OLD_AGE ? " " + OLD_AGE_WORD + " " : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 85 → 85, 八十 → 80, 八十五 → 85, 八九十 → 80 (eighty or ninety), 一百/百 → 100; -1 if unread. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.equals("百") || s.equals("一百")) {
            return 100;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        String before = s.substring(0, ten);
        String after = s.substring(ten + 1);
        int tens = before.isEmpty() ? 1 : digit(before.charAt(0));
        int ones = after.isEmpty() || before.length() > 1 ? 0 : digit(after.charAt(0));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c);
    }

    /**
     * 一亩地, 每亩地: the 地 is the land the measure counts, not the start of a word (地补 read out of
     * 一亩地补多少钱 would make the farmland subsidy the subject of any question priced by the mu).
     */
    static String measures(String q) {
        return q.replace("亩地", "亩 ");
    }

    /** A count of times (抽一回粪, 交两次钱): how often, inside the verb and its object; not before 性 (一次性). */
    private static final Pattern TIMES = Pattern.compile("[一两二三四五六七八九十几半][回次趟遍](?!性)");
    /** A count of people or households (一人一月, 三口人, 一户): per whom, never what about. */
    private static final Pattern PER = Pattern.compile("[一两二三四五六七八九十几每]([人户口]|[月年天](?![级度]))");

    /**
     * Counts said the spoken way. A count of times is cut out whole, so the verb and its object
     * it split meet again (抽一回粪 → 抽粪, the word the lists know); a count of people, households or
     * months (一人一月给多少) becomes a gap: it says how much, never what about, and left in it would be
     * read as a subject no notice names (一人, 一月).
     */
    static String quantities(String q) {
        return PER.matcher(TIMES.matcher(q).replaceAll("")).replaceAll(" ");
    }

    /** "一冻就裂": as soon as the one, the other — the second is what came of the first. */
    private static final Pattern SOON_AS = Pattern.compile("一(\\p{IsHan})就(\\p{IsHan})");

    /**
     * 一冻就裂 → 冻裂: the spoken "as soon as X, Y" names what happened as the verb and its result,
     * the word a notice writes (冻裂); split by 一 and 就 it would be two characters no word holds.
     */
    static String soonAs(String q) {
        return SOON_AS.matcher(q).replaceAll("$1$2");
    }

    /** 道 for 路 (扫道 → 扫路, 道灯 → 路灯); null when the word has no 道 or is a word of its own. */
    static String roadWord(String word) {
        return word.indexOf('道') < 0 ? null : word.replace('道', '路');
    }

    /**
     * A size said inside a spoken doing-and-thing (扫大道 → 扫道, 烧大炕 → 烧炕, 看大山的 → 看山的): 大 or 小
     * between two characters tells how big, not what; null when the word has none there.
     */
    static String withoutSize(String word) {
        for (int i = 1; i + 1 < word.length(); i++) {
            if ("大小".indexOf(word.charAt(i)) >= 0) {
                return word.substring(0, i) + word.substring(i + 1);
            }
        }
        return null;
    }

    /** The thing before 钱 (烧柴钱 → 烧柴, 护理钱 → 护理); null unless at least two characters precede it. */
    static String moneyFor(String word) {
        return word.length() >= 3 && word.endsWith("钱") ? word.substring(0, word.length() - 1) : null;
    }

    /** "修不修", "好使不好使": the spoken yes-or-no question, a word, 不, the same word again. */
    private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan}{1,2})不\\1");

    /**
     * 查不查, 花钱不花钱: the spoken yes-or-no question asks whether, never what about, and is a gap like
     * the filler list's 管不管. Left whole, its characters ran together into a word no document has
     * (查不查), which counted as an unknown subject and outvoted the real one; the filler list had to
     * name each such pair.
     */
    static String aNotA(String q) {
        return A_NOT_A.matcher(q).replaceAll(" ");
    }

    /** An age said without 岁 (俺爹八十五, 老太太九十了, 过了八十): after a person or 过了/满/到, or before 了. */
    private static final Pattern BARE_AGE = Pattern.compile(
            "(?<=[爹妈娘爷奶头太子人伴婆公亲]|过了|满|到了|都)([七八九]十[一二三四五六七八九]?|一百)(?![块元亩户斤里米年天个])"
                    + "|([七八九]十[一二三四五六七八九]?|一百)(?=多?了)");

    /**
     * An old person's age said the way people say it, without 岁: read as an age of that many years
     * (then {@link #ages} makes it 高龄). Not a number of money, land or time (八十块, 八十亩).
     */
    static String bareAges(String q) {
        Matcher m = BARE_AGE.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group() + "岁"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
