package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;
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
 * so one or two specific words are enough among them; a word the corpus does not have (坏道) counts by any
 * of its characters in such a document's title (村道). Everyday words never qualify: 石门子 with
 * only 补贴 or 申请 still finds nothing of the village.
 */
final class VillageOwn {
    /** Far above any content score: the village's own documents rank first, among them by content. */
    static final float FIRST = 1000f;

    private VillageOwn() {}

    /** The documents of the village the question names (see the other {@code query}); tests use one match. */
    static Query query(QueryPlan plan, Function<QueryPlan.Term, Query> match) {
        return query(plan, plan.village(), match, match);
    }

    /**
     * The village's documents on the question's topic; null when there are none to ask for. A
     * village named in the question (the planner's) needs one specific word of it shared in a
     * title or summary, or two anywhere when the question has two words the corpus knows
     * (柳河屯下大雨住河边: 转移支付 in its accounts' body is not the 转移 of a flood); a word the
     * corpus lacks counts by its characters in a title or its pairs in a summary (通组路修 →
     * 通组路已修完). The asker's registered village, not named, needs two known specific words
     * anywhere: the asker said less about it.
     */
    static Query query(QueryPlan plan, String village, Function<QueryPlan.Term, Query> match,
            Function<QueryPlan.Term, Query> inTopic) {
        if (village == null) {
            return null;
        }
        boolean named = village.equals(plan.village());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder topic = new BooleanQuery.Builder();
        int clauses = 0;
        int known = 0;
        for (QueryPlan.Term t : plan.terms()) {
            boolean guessed = t.unknown() || t.bySound();
            if (t.generic() || !named && guessed) {
                continue;
            }
            BooleanQuery.Builder ways = new BooleanQuery.Builder().add(match.apply(t), Occur.SHOULD);
            if (guessed) {
                for (char c : roads(t.text()).toCharArray()) {
                    if (Text.isCjk(c)) {
                        ways.add(new TermQuery(new Term(Schema.TITLE_CHARS, String.valueOf(c))), Occur.SHOULD);
                    }
                }
                for (int i = 0; i + 2 <= t.text().length(); i++) {
                    ways.add(new TermQuery(new Term(Schema.TOPIC_BI, t.text().substring(i, i + 2))), Occur.SHOULD);
                }
            } else {
                known++;
                topic.add(inTopic.apply(t), Occur.SHOULD);
            }
            any.add(ways.build(), Occur.SHOULD);
            clauses++;
        }
        int needed = named ? Math.min(2, Math.max(1, known)) : 2;
        if (clauses < needed) {
            return null;
        }
        any.setMinimumNumberShouldMatch(needed);
        Query on = any.build();
        if (named && needed > 1) {
            // Or one known word where the document says what it is about (河边 in the river works' summary).
            on = new BooleanQuery.Builder().add(on, Occur.SHOULD).add(topic.build(), Occur.SHOULD).build();
        }
        return new BooleanQuery.Builder()
                .add(on, Occur.MUST)
                .add(new TermQuery(new Term(Schema.VILLAGE, village)), Occur.FILTER)
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

    /** Where the district's best answer goes when the village's own documents fill the first screen. */
    static final int DISTRICT_SLOT = 2;

    /** The content query kept to district-wide documents (no village's own). */
    static Query district(Query content) {
        return new BooleanQuery.Builder().add(content, Occur.MUST)
                .add(new org.apache.lucene.search.FieldExistsQuery(Schema.VILLAGE), Occur.MUST_NOT).build();
    }

    /**
     * The village's own documents fill the first screen: only then is the district's best answer
     * looked for, so a second search runs only when it can change what is shown.
     */
    static boolean fillsFirstScreen(SearchResult found, String village, int limit) {
        List<SearchHit> hits = found.hits();
        if (hits.size() <= DISTRICT_SLOT || limit <= DISTRICT_SLOT) {
            return false;
        }
        for (int i = 0; i <= DISTRICT_SLOT; i++) {
            if (!hits.get(i).disclosure().villages().contains(village)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The village's own documents first, yet never all of the first screen (three answers) when
     * a district notice qualified on the question: a village's accounts that mention 防汛 in passing
     * must not push the district's flood notice out of sight. The district's best answer takes the
     * third place; the village's two best keep theirs.
     */
    static SearchResult withDistrict(SearchResult found, SearchHit district, String village, int limit) {
        if (district == null || !fillsFirstScreen(found, village, limit)) {
            return found;
        }
        List<SearchHit> hits = found.hits();
        List<SearchHit> out = new ArrayList<>(hits.subList(0, DISTRICT_SLOT));
        out.add(district);
        for (SearchHit h : hits.subList(DISTRICT_SLOT, hits.size())) {
            if (out.size() < limit && !h.disclosure().id().equals(district.disclosure().id())) {
                out.add(h);
            }
        }
        return new SearchResult(found.total(), out, found.village(), found.terms());
    }
}
