package cn.gongkai.corpus;

import java.util.List;

/**
 * What a question says happened or is to be done, in words no document has: a verb with its result
 * (改完, 冻坏, 修好) or a verb on the thing the question already named (办证 after 残疾证, 办卡 after
 * 医保卡). Such a word tells what the asker wants done with the subject, not what the subject is;
 * no notice can match it, so counted as specific it would leave every answer out (改完的厕所冬天冻坏了
 * 找谁修 → nothing). With a word the corpus knows beside it, it only ranks.
 */
final class SpokenPredicates {
    /** Result and phase complements of spoken Mandarin: done, broken, gone, through, fixed, held. */
    static final String RESULTS = "完坏掉透好住";

    private SpokenPredicates() {}

    /** A two-character word the corpus lacks ending in a result, or in the last character of another word. */
    static boolean predicate(QueryPlan.Term t, List<QueryPlan.Term> terms) {
        if (!t.unknown() || t.text().length() != 2) {
            return false;
        }
        char last = t.text().charAt(1);
        return RESULTS.indexOf(last) >= 0 || terms.stream().anyMatch(o -> o != t && !o.unknown()
                && o.text().length() > 2 && o.text().charAt(o.text().length() - 1) == last);
    }

    /**
     * A doing in the spoken 着 form, one verb leading the next (帮着修, 跟着去, 陪着看): how the asker
     * wants a thing done, never a topic. Only a run the general dictionary does not list as a word
     * (the segmenter joined its single characters); 着火 starts with 着 and is left alone.
     */
    static boolean manner(QueryPlan.Term t) {
        String w = t.text();
        int at = w.indexOf('着');
        return w.length() >= 3 && at > 0 && at < w.length() - 1 && GeneralFrequency.of(w) == 0;
    }

    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms) {
        boolean subject = terms.stream().anyMatch(t -> !t.generic() && !t.unknown() && !manner(t));
        if (!subject) {
            return terms;
        }
        return terms.stream().map(t -> !t.generic() && (predicate(t, terms) || manner(t)) ? t.everyday() : t).toList();
    }
}
