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

    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms) {
        boolean subject = terms.stream().anyMatch(t -> !t.generic() && !t.unknown());
        if (!subject) {
            return terms;
        }
        return terms.stream().map(t -> !t.generic() && predicate(t, terms) ? t.everyday() : t).toList();
    }
}
