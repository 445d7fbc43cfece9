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

    /** Longest people word that may stand between a modifier and the benefit (征地|农民|养老保险). */
    private static final int PEOPLE_CHARS = 3;

    /**
     * The modifier written right before the head, or with a word for people between (被征地农民养老保险,
     * 失地农民养老保险): the benefit for a group of people the district gave it to no one as.
     */
    static boolean before(String question, String modifier, String head) {
        for (int at = question.indexOf(modifier); at >= 0; at = question.indexOf(modifier, at + 1)) {
            String after = question.substring(at + modifier.length());
            for (int gap = 0; gap <= PEOPLE_CHARS && gap < after.length(); gap++) {
                if (after.startsWith(head, gap) && (gap == 0 || SpokenClasses.people(after.substring(0, gap)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Length from which a run the dictionary lacks, right before a benefit, is a programme's name. */
    static final int COINED = 3;

    static boolean asked(String question, List<QueryPlan.Term> specific) {
        for (QueryPlan.Term modifier : specific) {
            if (!modifier.unknown() || modifier.text().length() < 2 || GeneralFrequency.common(modifier.text())) {
                continue;
            }
            // A run no dictionary has is how people talk (招人, 拿着), unless it is a coined name of three or
            // more characters written right against the benefit (煤改电取暖补贴, 光伏扶贫补贴): a programme.
            boolean coined = GeneralFrequency.of(modifier.text()) == 0;
            if (coined && (modifier.text().length() < COINED || AskerWords.numeral(modifier.text())
                    || !modifier.text().chars().allMatch(c -> Text.isCjk((char) c)))) {
                continue;
            }
            for (QueryPlan.Term head : specific) {
                if (!head.unknown() && head.alternatives().size() > 1 && namesMoney(head.text())
                        && (coined ? question.contains(modifier.text() + head.text())
                                : before(question, modifier.text(), head.text()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
