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
            for (int gap = 0; gap <= PEOPLE_CHARS; gap++) {
                if (after.startsWith(head, gap) && (gap == 0 || SpokenClasses.people(after.substring(0, gap)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Length from which a run the dictionary lacks, right before a benefit, is a programme's name. */
    static final int COINED = 3;

    /** The words that end the name of a benefit, as {@link HeadSubject} reads them. */
    private static final List<String> BENEFITS = List.of("补贴", "补助", "津贴", "保险", "奖励");

    /**
     * A thing or matter of general Chinese (the thesaurus files it as one, the dictionary lists it):
     * a word people write on purpose, not a fragment of speech (招人) nor a person (老头).
     */
    static boolean thing(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Text.isCjk((char) c)) && GeneralFrequency.of(word) > 0
                && SpokenClasses.thing(word);
    }

    /**
     * An everyday thing of general Chinese the corpus never names (地膜, 余额, 技能): the district wrote
     * nothing about it. Not a rarer word (给养 in 公家给养起来): as likely a spoken turn the segmenter
     * cut as a thing.
     */
    static boolean unpublishedThing(QueryPlan.Term t) {
        return t.unknown() && thing(t.text()) && GeneralFrequency.common(t.text()) && !AskerWords.about(t);
    }

    /**
     * Such a thing in the run of words right before a benefit word (短期|技能|培训|补贴, 地膜|补贴): the
     * benefit is for it, a kind the district never published, whatever other word of the question a
     * notice shares (雨露计划 … 补贴 is not 雨露计划's 职业教育补助). Every specific word must then match.
     */
    static boolean thingBeforeBenefit(String question, List<QueryPlan.Term> terms) {
        for (QueryPlan.Term t : terms) {
            if (!unpublishedThing(t)) {
                continue;
            }
            for (int at = question.indexOf(t.text()); at >= 0; at = question.indexOf(t.text(), at + 1)) {
                if (runReachesBenefit(question, at + t.text().length(), terms)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * From {@code end}, over words of the question written one after another, to a benefit word. Each
     * step passes a word of one or more characters, so the walk ends by the question's end.
     */
    private static boolean runReachesBenefit(String question, int end, List<QueryPlan.Term> terms) {
        while (true) {
            String rest = question.substring(end);
            if (BENEFITS.stream().anyMatch(rest::startsWith)) {
                return true;
            }
            java.util.Optional<QueryPlan.Term> next = terms.stream()
                    .filter(u -> !u.text().isEmpty() && rest.startsWith(u.text())).findFirst();
            if (next.isEmpty()) {
                return false;
            }
            end += next.get().text().length();
        }
    }

    /**
     * The everyday word written right before a thing the corpus never names (账户 in 个人账户余额) says
     * whose thing it is: a notice not naming it (the 医保 notices never mention an account) is not
     * about that thing, so it decides which documents qualify like a specific word. Not a word about
     * the asker or a person (俺家, 孩子): they own anything.
     */
    static List<QueryPlan.Term> ownersOfThings(String question, List<QueryPlan.Term> terms) {
        List<QueryPlan.Term> out = new java.util.ArrayList<>(terms);
        for (QueryPlan.Term thing : terms) {
            if (!unpublishedThing(thing)) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                QueryPlan.Term owner = out.get(i);
                if (owner.generic() && !owner.unknown() && owner.share() > 0 && owner != thing
                        && question.contains(owner.text() + thing.text())
                        && !AskerWords.about(owner) && !AskerWords.person(owner.text())
                        && !SpokenClasses.people(owner.text())) {
                    out.set(i, owner.specific());
                }
            }
        }
        return out;
    }

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
