package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When nothing qualifies, the question is asked once more with each specific word widened by its
 * {@link Thesaurus} kin that the corpus itself uses (住养老院 → 敬老院 of the 特困供养 guide).
 * Only specific kin are taken: a word of two or more characters, not an everyday word of the
 * district's list nor of general Chinese ({@link GeneralFrequency}), and not in a tenth of the
 * documents or more. A widened word then qualifies documents like any specific word, so a
 * question of everyday words still finds nothing (no-answer questions stay unanswered).
 */
final class ThesaurusRoute {
    private ThesaurusRoute() {}

    /** The plan with its specific words widened, or null when no word has kin the corpus uses. */
    static QueryPlan widen(QueryPlan plan, QueryPlanner.Vocabulary vocabulary) {
        if (plan.initials() != null || plan.terms().isEmpty()) {
            return null;
        }
        List<QueryPlan.Term> out = new ArrayList<>();
        boolean widened = false;
        for (QueryPlan.Term t : plan.terms()) {
            Set<String> added = t.generic() ? Set.of() : usable(t, vocabulary);
            if (added.isEmpty()) {
                out.add(t);
                continue;
            }
            widened = true;
            Set<String> alternatives = new LinkedHashSet<>(t.alternatives());
            alternatives.addAll(added);
            double share = 0;
            boolean titled = false;
            for (String a : alternatives) {
                share = Math.max(share, vocabulary.share(a));
                titled |= vocabulary.titled(a);
            }
            out.add(new QueryPlan.Term(t.text(), alternatives, t.bySound(), false, false, share, titled));
        }
        return widened ? new QueryPlan(out, plan.weak(), plan.village(), null, plan.text()) : null;
    }

    /** The word's kin that the corpus uses and that are specific enough to carry a question. */
    static Set<String> usable(QueryPlan.Term t, QueryPlanner.Vocabulary vocabulary) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : Thesaurus.kin(t.text())) {
            if (k.length() >= 2 && !t.alternatives().contains(k) && specific(k, vocabulary)
                    && vocabulary.appearsAsTyped(k)) {
                out.add(k);
            }
        }
        return out;
    }

    static boolean specific(String word, QueryPlanner.Vocabulary vocabulary) {
        return !GenericWords.listed(word) && !GeneralFrequency.common(word)
                && vocabulary.share(word) < QueryFactory.PASSING_SHARE;
    }
}
