package cn.gongkai.corpus;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A question about the way between two villages (柳河屯到马家营那条道修不修, 马家营到柳河的路啥时候修) is
 * answered by a document that names both ends: the district's road plan with its 马家营村至柳河村 line,
 * not one village's own road notice nor the other's river works. The asker's own village does not
 * rank here, since the way is both villages' (see {@link Villages#routeIn}).
 */
final class PlaceRoute {
    /** Above any content score, as {@link VillageOwn#FIRST} is for a village's own documents. */
    static final float TOLD = 100f;

    private PlaceRoute() {}

    /** The query kept to documents naming both ends of the way; unchanged when no way was asked about. */
    static Query between(Query q, QueryPlan plan, QueryFactory factory) {
        if (q == null || plan.places().isEmpty()) {
            return q;
        }
        BooleanQuery.Builder both = new BooleanQuery.Builder().add(q, Occur.MUST);
        BooleanQuery.Builder told = new BooleanQuery.Builder();
        for (QueryPlan.Term t : plan.terms()) {
            if (plan.places().contains(t.text())) {
                both.add(factory.anywhere(t.alternatives()), Occur.FILTER);
                told.add(factory.topicQuery(t), Occur.FILTER);
            }
        }
        // Both ends in what the document says it is about (the plan's 新修马家营到柳河村的路), not one
        // village's own works that name the other end in passing in the body.
        return both.add(new BoostQuery(new ConstantScoreQuery(told.build()), TOLD), Occur.SHOULD).build();
    }

    /** The village whose documents rank as the asker's own: none for a way between two villages. */
    static String asker(QueryPlan plan, String village) {
        return plan.places().isEmpty() ? village : null;
    }
}
