package cn.gongkai.corpus;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Which of the words some letters spell was meant (ylhj one slip from 雨露计划 and from 养老钱交;
 * yb: 医保 or 一百岁). What residents ask first: the words the channel knows they ask most (the
 * kiosk's hot words), then the district's own words before the shipped dialect lexicon's, then
 * fewer letters still to tap, then the word more notices name in a title or summary, a newer one
 * in force counting more ({@link RankBoost}). One order for the kiosk's candidate row and for the
 * search, so the word offered first is the one whose notices the letters bring first.
 */
final class InitialsWords {
    private final Synonyms synonyms;
    /** How much the notices use the word: the sum of their recency and force. */
    private final ToDoubleFunction<String> use;

    InitialsWords(Synonyms synonyms, ToDoubleFunction<String> use) {
        this.synonyms = synonyms;
        this.use = use;
    }

    /**
     * Letters the district's own words spell (db: 低保) mean those words; the shipped dialect
     * lexicon's (db: 地补) only where the district has none.
     */
    static List<String> preferDistrict(List<String> words, Synonyms synonyms) {
        return words.stream().anyMatch(synonyms::districtTerm)
                ? words.stream().filter(synonyms::districtTerm).toList() : words;
    }

    /** The words all spelled by the same number of letters, best first. */
    List<String> rank(Collection<String> words, List<String> asked) {
        return words.stream().distinct().sorted(order(asked, w -> 0)).toList();
    }

    /** {@code letters}: how many letters the word's spelling has (the kiosk offers short ones first). */
    Comparator<String> order(List<String> asked, ToIntFunction<String> letters) {
        return before(asked, letters)
                .thenComparing(Comparator.comparingDouble(use).reversed())
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * The first {@code max} words in {@link #order}; the notices are counted only for the words
     * that tie on what is known without them (the first tap of a letter begins hundreds of words).
     */
    List<String> first(Collection<String> words, List<String> asked, ToIntFunction<String> letters, int max) {
        Comparator<String> known = before(asked, letters);
        List<String> sorted = words.stream().distinct().sorted(known).toList();
        if (sorted.size() > max && max > 0) {
            String last = sorted.get(max - 1);
            sorted = sorted.stream().filter(w -> known.compare(w, last) <= 0).toList();
        }
        return sorted.stream().sorted(order(asked, letters)).limit(Math.max(0, max)).toList();
    }

    /** The order before the notices are counted: asked, the district's, fewer letters. */
    private Comparator<String> before(List<String> asked, ToIntFunction<String> letters) {
        Comparator<String> byAsked = Comparator.comparingInt(w -> asked.contains(w) ? asked.indexOf(w) : asked.size());
        return byAsked.thenComparing(w -> !synonyms.districtTerm(w)).thenComparingInt(letters);
    }
}
