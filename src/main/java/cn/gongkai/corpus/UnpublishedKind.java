package cn.gongkai.corpus;

import java.util.List;

/**
 * A question naming a kind of a known benefit by a word the corpus never uses (独生子女老人补贴):
 * the word right before the benefit's name narrows it to something the district did not publish
 * (a subject before a state, 老头瘫炕上, narrows nothing). Answering with the known thing's notices (高龄津贴) would be a wrong answer, so
 * every specific word must then match. Only rare words of the general dictionary count: a fragment
 * nobody writes (招人, 拿着) is how people talk, an everyday word (我家, 老头) names no kind.
 */
final class UnpublishedKind {
    /** Words that end the name of a benefit: the modifier before one says whose or what for. */
    private static final List<String> MONEY = List.of("补贴", "补助", "津贴", "金", "钱", "费", "款", "保险", "奖励");

    private UnpublishedKind() {}

    /**
     * 老人补贴, 护理钱: the name of a benefit, which a word before it can narrow (the head must also
     * be a listed word with official names, so 免费 is no benefit).
     */
    static boolean namesMoney(String word) {
        return MONEY.stream().anyMatch(word::endsWith);
    }

    static boolean asked(String question, List<QueryPlan.Term> specific) {
        for (QueryPlan.Term modifier : specific) {
            if (!modifier.unknown() || modifier.text().length() < 2 || GeneralFrequency.of(modifier.text()) == 0
                    || GeneralFrequency.common(modifier.text())) {
                continue;
            }
            for (QueryPlan.Term head : specific) {
                if (!head.unknown() && head.alternatives().size() > 1 && namesMoney(head.text())
                        && question.contains(modifier.text() + head.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
