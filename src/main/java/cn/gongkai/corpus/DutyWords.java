package cn.gongkai.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A post is named by its duty: a notice hiring for 保洁、护路、护林 is the answer about the 护林员,
 * 护路员 or 保洁员 (X员, the one who does X). A term whose word ends in 员 is also matched by the duty
 * before it, when the corpus uses that duty as a word and it is no everyday word of general Chinese
 * (信息员 does not bring 信息, nor 公务员 公务).
 */
final class DutyWords {
    private DutyWords() {}

    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms, Predicate<String> inCorpus) {
        return terms.stream().map(t -> withDuties(t, inCorpus)).toList();
    }

    private static QueryPlan.Term withDuties(QueryPlan.Term t, Predicate<String> inCorpus) {
        Set<String> alternatives = new LinkedHashSet<>(t.alternatives());
        for (String a : t.alternatives()) {
            String duty = duty(a);
            if (duty != null && inCorpus.test(duty)) {
                alternatives.add(duty);
            }
        }
        return alternatives.size() == t.alternatives().size() ? t
                : new QueryPlan.Term(t.text(), alternatives, t.bySound(), t.unknown(), t.generic(), t.share(), t.titled(),
                        t.typed());
    }

    /** The duty of a post word (护林员 → 护林), or null when it is none or an everyday word. */
    static String duty(String word) {
        if (word.length() < 3 || !word.endsWith("员")) {
            return null;
        }
        String duty = word.substring(0, word.length() - 1);
        boolean cjk = duty.chars().allMatch(c -> Text.isCjk((char) c));
        return cjk && !GeneralFrequency.common(duty) && !GenericWords.listed(duty) ? duty : null;
    }
}
