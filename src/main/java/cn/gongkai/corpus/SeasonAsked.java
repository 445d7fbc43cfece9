package cn.gongkai.corpus;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that names a season or a term (雨露计划春季学期, 春天防火) asks for that season's notice:
 * a notice titled with another season (秋季学期) is about another round of the programme, and when
 * every notice found is titled with other seasons the answer is nothing — as {@link YearAsked} does
 * for a year. A notice titled with no season (汛期, a standing rule) still answers; one titled with
 * two (秋冬季, 冬春) answers either.
 */
final class SeasonAsked {
    private static final String SEASONS = "春夏秋冬";
    /** 春季, 冬天, 秋冬季 in a question; not 春节 (a festival) nor 今冬 (filler, see spoken-filler.txt). */
    private static final Pattern ASKED = Pattern.compile("([春夏秋冬]{1,2})[季天]");
    /** 春季, 秋冬季, 冬春 in a title: a run of season characters before 季, or two of them together. */
    private static final Pattern TITLED = Pattern.compile("([春夏秋冬]{1,2})季|([春夏秋冬]{2})");

    private SeasonAsked() {}

    /** The seasons the question names ("" when none). */
    static String in(String text) {
        return seasons(ASKED, text == null ? "" : text);
    }

    /** The seasons a title names ("" when none). */
    static String titled(String title) {
        return seasons(TITLED, title == null ? "" : title);
    }

    private static String seasons(Pattern p, String text) {
        Set<Character> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (char c : m.group().toCharArray()) {
                if (SEASONS.indexOf(c) >= 0) {
                    out.add(c);
                }
            }
        }
        StringBuilder s = new StringBuilder();
        out.forEach(s::append);
        return s.toString();
    }

    /** The seasons as bits, 春 1, 夏 2, 秋 4, 冬 8 (0 for none): what the index stores of a title. */
    static int bits(String seasons) {
        int out = 0;
        for (char c : seasons.toCharArray()) {
            int i = SEASONS.indexOf(c);
            if (i >= 0) {
                out |= 1 << i;
            }
        }
        return out;
    }

    /** A title with these season bits answers a question asking those: it names one of them, or none. */
    static boolean answers(int titled, int asked) {
        return titled == 0 || (titled & asked) != 0;
    }
}
