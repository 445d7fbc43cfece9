package cn.gongkai.corpus;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The last try for a question whose subject is a listed spoken word (下河洗澡 → 防溺水): when no
 * title or summary has it, a notice whose body does answers better than nothing (the flood notice's
 * 防溺水 paragraph). Only when every specific word of the question is such a word — listed, with
 * official words, rare in general Chinese ({@link QueryFactory#listedTopic}) — and the corpus has
 * them in under a tenth of its documents: a word in passing (身份证) or one nobody listed never
 * qualifies a document from its body.
 */
final class BodyRoute {
    private BodyRoute() {}

    /** Every specific word in the document, anywhere; null unless each is a rare listed topic. */
    static Query query(QueryPlan plan, Function<QueryPlan.Term, Query> match) {
        if (plan.initials() != null) {
            return null;
        }
        List<QueryPlan.Term> specific = plan.terms().stream().filter(t -> !t.generic()).toList();
        if (specific.isEmpty() || !specific.stream().allMatch(t -> rareListed(t) || rareTopic(t))) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryPlan.Term t : plan.terms()) {
            all.add(match.apply(t), t.generic() ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /**
     * A word of government business as typed, rare in general Chinese and in the corpus (化粪池 in the
     * toilet notice's body, 无人机 in the fire notice's): nobody needs to list it to mean it. A thing,
     * not a doing: a body that mentions 补办 in passing (补办 of some card) is not about the card the
     * question lost; the thesaurus files such words as activities ({@link SpokenClasses#doing}).
     */
    static boolean rareTopic(QueryPlan.Term t) {
        return Anchors.topicWord(t) && t.share() > 0 && !SpokenClasses.doing(t.text());
    }

    static boolean rareListed(QueryPlan.Term t) {
        return !t.unknown() && QueryFactory.listedTopic(t) && rare(t.share());
    }

    /** The bar a word's share of documents must pass for a body to be about it: in some, under a tenth. */
    static boolean rare(double share) {
        return share > 0 && share < QueryFactory.PASSING_SHARE;
    }
}
