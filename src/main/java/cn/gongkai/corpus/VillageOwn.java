package cn.gongkai.corpus;

import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question that names a village (石门子四季度账目, 柳河屯种地补贴报了多少亩) asks about that
 * village: its own documents that share a specific word with the question come first, ahead of
 * the district's notices on the topic, even where the question's words alone would not qualify
 * them (账目 is not in 石门村's finance notice, 季度 is). A village has a handful of documents,
 * so one specific word is enough among them; a word the corpus does not have (坏道) counts by any
 * of its characters in such a document's title (村道). Everyday words never qualify: 石门子 with
 * only 补贴 or 申请 still finds nothing of the village.
 */
final class VillageOwn {
    /** Far above any content score: the village's own documents rank first, among them by content. */
    static final float FIRST = 1000f;

    private VillageOwn() {}

    /** The named village's documents sharing a specific word with the question; null when there are none to ask for. */
    static Query query(QueryPlan plan, Function<QueryPlan.Term, Query> match) {
        if (plan.village() == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (QueryPlan.Term t : plan.terms()) {
            if (t.generic()) {
                continue;
            }
            any.add(match.apply(t), Occur.SHOULD);
            clauses++;
            if (t.unknown() || t.bySound()) {
                for (char c : roads(t.text()).toCharArray()) {
                    if (Text.isCjk(c)) {
                        any.add(new TermQuery(new Term(Schema.TITLE_CHARS, String.valueOf(c))), Occur.SHOULD);
                    }
                }
            }
        }
        if (clauses == 0) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Schema.VILLAGE, plan.village())), Occur.FILTER)
                .build();
    }

    /**
     * The word with 道 and 路 both, whichever it has: Northeast speech says 道 for 路 (see
     * {@link SpokenForms#roadWord}), and titles say either (村道修缮, 通村公路): 坏路 asks about 村道.
     */
    static String roads(String word) {
        return word.indexOf('路') >= 0 || word.indexOf('道') >= 0 ? word + (word.indexOf('路') >= 0 ? "道" : "路") : word;
    }

    /**
     * The ranked content query with the village's own documents first; among them the content
     * score orders (or, when no document qualified on content, how well each matches the question).
     */
    static Query first(Query ranked, Query own) {
        Query boosted = new BoostQuery(new ConstantScoreQuery(own), FIRST);
        return new BooleanQuery.Builder().add(ranked == null ? own : ranked, Occur.SHOULD).add(boosted, Occur.SHOULD)
                .build();
    }
}
