package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that names a year (2024年耕地补贴每亩多少钱) asks for that year's notice of a yearly
 * series, not for the series: notices titled with other years do not answer it, and when the
 * district published the series but not that year, the answer is nothing — the 2025 and 2026
 * notices' rates are not 2024's. A notice titled with no year (a standing rule, 临时救助实施细则)
 * still answers, unless the question's topic is a yearly series that lacks the year.
 */
final class YearAsked {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)(?=年)");
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern PERIOD = Pattern.compile("(?:19|20)\\d\\d年度");
    /**
     * Two years joined (2025—2026年, 2026-2027年度; 20252026年 once a search has dropped the dash): a
     * winter or a school year, one span.
     */
    private static final Pattern SPAN = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*(?:年\\s*)?[—–\\-－~～至到]{0,2}\\s*((?:19|20)\\d\\d)(?=年)");
    /** How many of the best hits are looked at for a year: a series has a handful of notices. */
    static final int WINDOW = 50;

    private YearAsked() {}

    /** The year the question names (2024 in 2024年), or null. */
    static Integer in(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The question names a year's period (2024年度): the period a notice is for, not when it was published. */
    static boolean period(String text) {
        return text != null && PERIOD.matcher(text).find();
    }

    /** The first year of a span the text names (2025 in 2025—2026年), or null. */
    static Integer span(String text) {
        Matcher m = SPAN.matcher(text == null ? "" : text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to > from && to - from <= 5) {
                return from;
            }
        }
        return null;
    }

    /** Its title or its date is of that year (a 2027年度 notice published in 2026 answers 2026年). */
    static boolean ofYear(Disclosure d, int year) {
        return d.title().contains(Integer.toString(year)) || d.published() != null && d.published().getYear() == year;
    }

    /**
     * As {@link #ofYear(Disclosure, int)}; but a question about a period (2024年度) is answered by a
     * notice titled with a period only if it is that one: the 2025年度 payment notice, published in
     * 2024, is not about 2024年度.
     */
    static boolean ofYear(Disclosure d, int year, boolean period) {
        if (period && PERIOD.matcher(d.title()).find()) {
            return d.title().contains(year + "年度");
        }
        return ofYear(d, year);
    }

    private static boolean ofYear(Disclosure d, int year, boolean period, Integer span) {
        Integer titled = span == null ? null : span(d.title());
        return titled != null ? titled.equals(span) : ofYear(d, year, period);
    }

    static boolean titlesAYear(Disclosure d) {
        return ANY_YEAR.matcher(d.title()).find();
    }

    /**
     * The hits, best first, that answer a question naming {@code year}: none when some are notices
     * of a yearly series and none is of that year; else those of that year and those titled with none.
     * {@code period} when the question names the year as 年度.
     */
    static List<Disclosure> keep(List<Disclosure> hits, int year, boolean period) {
        return keep(hits, year, period, null);
    }

    /**
     * As {@link #keep(List, int, boolean)}, with the first year of a span the question names
     * ({@code span}, or null): a notice titled with a span is of it only if its span starts that year —
     * the 2026—2027 winter's grant, published in 2026, is not the 2025—2026 winter's.
     */
    static List<Disclosure> keep(List<Disclosure> hits, int year, boolean period, Integer span) {
        boolean series = hits.stream().anyMatch(YearAsked::titlesAYear);
        if (series && hits.stream().noneMatch(d -> ofYear(d, year, period, span))) {
            return List.of();
        }
        List<Disclosure> out = new ArrayList<>();
        for (Disclosure d : hits) {
            if (ofYear(d, year, period, span) || !titlesAYear(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
