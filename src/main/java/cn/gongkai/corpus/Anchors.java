package cn.gongkai.corpus;

import java.util.List;

/**
 * A question that names its subject in a listed word (看山的 → 护林员) and says the rest the way
 * people talk (看山的活还招人不, 粮补折子让村干部拿着了) is about that subject: words that neither
 * the corpus nor the general dictionary has (招人, 拿着 — spoken turns or a fragment the segmenter
 * cut) then only rank, and the listed word's official term decides which documents answer.
 * Without this, such a word, which no document can match, counts against every answer.
 * A word of the dictionary the corpus lacks (公务员, 创业) is left alone: it names what was asked,
 * something the district may never have published.
 */
final class Anchors {
    private Anchors() {}

    /**
     * A word of the district's or the lexicon's lists with official words beside it, not an
     * everyday word of general Chinese (老人补贴, 看山的, 低保; not 房子, 村干部).
     */
    static boolean anchors(QueryPlan.Term t, Synonyms synonyms) {
        return !t.generic() && !t.unknown() && synonyms.knows(t.text()) && t.alternatives().size() > 1
                && !GeneralFrequency.common(t.text());
    }

    /** How people talk, or a fragment: found neither in the corpus nor in the general dictionary. */
    static boolean spoken(QueryPlan.Term t) {
        return t.unknown() && GeneralFrequency.of(t.text()) == 0;
    }

    /**
     * Who, where or by what means (儿女, 外地, 手机 in 儿女在外地能用手机给老人交医保吗): a word the corpus
     * has, common in general Chinese, in no document's title — it tells the asker's circumstances,
     * not the subject, which the anchor already names.
     */
    static boolean circumstance(QueryPlan.Term t) {
        return !t.unknown() && !t.titled() && GeneralFrequency.common(t.text());
    }

    /**
     * How things stand at the asker's home (家里困难, 家庭困难 in 孩子念技校家里困难给钱不): an everyday
     * word said right after 家里 or 家庭 tells the asker's circumstances even where titles use it
     * (家庭经济困难学生资助), so beside an anchor it only ranks.
     */
    static boolean atHome(QueryPlan.Term t, String question) {
        return !t.unknown() && GeneralFrequency.common(t.text())
                && (question.contains("家里" + t.text()) || question.contains("家庭" + t.text()));
    }

    /**
     * With an anchor in the question, its spoken words only rank — unless the question's words are
     * mostly unknown (see {@link QueryFactory#subjectUnknown}): then it asks about something else.
     */
    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms, Synonyms synonyms) {
        return apply(terms, synonyms, "");
    }

    /**
     * As {@link #apply(List, Synonyms)}, with the question as asked: a word about the asker
     * written right before a benefit's name (独生子女老人补贴) narrows that benefit, it is no
     * circumstance (see {@link UnpublishedKind}).
     */
    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms, Synonyms synonyms, String question) {
        // Words about the asker (老爷子, 八十一, 急着用钱: see AskerWords) are no subject the corpus
        // lacks: they do not count when telling whether the question asks about something else.
        java.util.function.Predicate<QueryPlan.Term> aboutAsker = t -> AskerWords.about(t)
                && terms.stream().noneMatch(h -> h != t && UnpublishedKind.namesMoney(h.text())
                        && question.contains(t.text() + h.text()));
        List<QueryPlan.Term> subjects = terms.stream().filter(t -> !t.generic() && !aboutAsker.test(t)).toList();
        if (QueryFactory.subjectUnknown(subjects)) {
            return terms;
        }
        if (subjects.stream().anyMatch(t -> anchors(t, synonyms))) {
            return terms.stream().map(t -> !t.generic() && !anchors(t, synonyms)
                    && (aboutAsker.test(t) || circumstance(t) || atHome(t, question)) ? t.everyday() : t).toList();
        }
        // A topic word the lists do not hold (电线, 拉人) names the subject too, though less surely:
        // beside it only the words about the asker step back (院里 乱扯 电线).
        if (subjects.stream().anyMatch(Anchors::topicWord)) {
            return terms.stream().map(t -> !t.generic() && aboutAsker.test(t) ? t.everyday() : t).toList();
        }
        return terms;
    }

    /**
     * A word the corpus has in under a tenth of its documents that is rare in general Chinese: the
     * words of government business are (电线 45, 光伏, 拉人 absent), everyday words are not.
     */
    static boolean topicWord(QueryPlan.Term t) {
        return !t.generic() && !t.unknown() && !t.bySound() && t.text().length() >= 2
                && !GeneralFrequency.common(t.text()) && t.share() < QueryFactory.PASSING_SHARE;
    }
}
