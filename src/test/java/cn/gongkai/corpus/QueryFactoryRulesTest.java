package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryFactory}'s qualifying rules one at a time (issue 23): the coverage weights, which
 * questions need every word or a word in the title, the character-level last try, and the places
 * a word is looked for — each over a corpus written here that only the rule under test can answer.
 */
class QueryFactoryRulesTest {
    @TempDir Path dir;

    private static QueryPlan.Term known(String w, double share) {
        return new QueryPlan.Term(w, Set.of(w), false, false, false, share);
    }

    private static QueryPlan.Term unknown(String w) {
        return new QueryPlan.Term(w, Set.of(w), true, true, false, 0);
    }

    /** The coverage filter as the sets of words a document must hold together (one set per way). */
    private static Set<Set<String>> coverage(QueryPlan.Term... terms) {
        Query q = QueryFactory.coveredFor(List.of(terms), t -> new TermQuery(new Term("w", t.text())));
        if (q == null) {
            return null;
        }
        Set<Set<String>> ways = new HashSet<>();
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD);
            Set<Term> terms2 = new HashSet<>();
            c.getQuery().visit(QueryVisitor.termCollector(terms2));
            Set<String> words = new HashSet<>();
            terms2.forEach(t -> words.add(t.text()));
            for (BooleanClause each : ((BooleanQuery) c.getQuery()).clauses()) {
                assertThat(each.getOccur()).isEqualTo(BooleanClause.Occur.MUST);
            }
            ways.add(words);
        }
        return ways;
    }

    @Test
    void the_rare_word_of_two_carries_the_question_and_two_equally_rare_words_both_must_match() {
        // 农村 in a third of the documents weighs ln(1/0.3)+0.1 = 1.30; 电费 in one in a hundred 4.71:
        // 电费 alone is 78 % of the weight (≥ 70 %), 农村 alone 22 %.
        assertThat(coverage(known("农村", 0.3), known("电费", 0.01))).containsExactly(Set.of("电费"));
        assertThat(coverage(known("电费", 0.01), known("农村", 0.3))).containsExactly(Set.of("电费"));
        // Two words of the same weight: each is half, so both.
        assertThat(coverage(known("秸秆", 0.05), known("焚烧", 0.05))).containsExactly(Set.of("秸秆", "焚烧"));
        // A word in every document still weighs 0.1 (ln 1 = 0): beside two rare words it is not needed.
        assertThat(coverage(known("通知", 1.0), known("秸秆", 0.05), known("焚烧", 0.05)))
                .containsExactly(Set.of("秸秆", "焚烧"));
        // Two words in every document: 0.1 each, neither is 70 % alone.
        assertThat(coverage(known("通知", 1.0), known("公告", 1.0))).containsExactly(Set.of("通知", "公告"));
    }

    @Test
    void only_the_smallest_sets_that_carry_the_weight_are_kept() {
        // Four equal words: 70 % takes three of them; all four is a superset of each and is left out.
        assertThat(coverage(known("a", 0.05), known("b", 0.05), known("c", 0.05), known("d", 0.05)))
                .containsExactlyInAnyOrder(Set.of("a", "b", "c"), Set.of("a", "b", "d"), Set.of("a", "c", "d"),
                        Set.of("b", "c", "d"));
        // Three: two rare ones carry it (9.4 of 10.7); a rare one with the common one does not (6.0).
        assertThat(coverage(known("a", 0.01), known("b", 0.01), known("c", 0.3)))
                .containsExactly(Set.of("a", "b"));
    }

    @Test
    void coverage_applies_from_two_to_six_known_words_with_shares_and_ignores_unknown_ones() {
        assertThat(coverage(known("a", 0.05))).as("one word").isNull();
        assertThat(coverage(known("a", 0.05), known("b", 0))).as("a corpus too small to tell").isNull();
        assertThat(coverage(known("a", 0.05), known("b", 0.05), unknown("c")))
                .as("the unknown word is not weighed").containsExactly(Set.of("a", "b"));
        assertThat(coverage(known("a", 0.05), unknown("b"), unknown("c"))).as("one known word").isNull();
        QueryPlan.Term[] six = new QueryPlan.Term[6];
        QueryPlan.Term[] seven = new QueryPlan.Term[7];
        for (int i = 0; i < 7; i++) {
            QueryPlan.Term t = known("w" + i, 0.05);
            seven[i] = t;
            if (i < 6) {
                six[i] = t;
            }
        }
        // Six equal words: 70 % is five of them (six ways of leaving one out).
        assertThat(coverage(six)).hasSize(6).allMatch(s -> s.size() == 5);
        assertThat(coverage(seven)).as("seven words: 127 subsets is too dear").isNull();
    }

    /** Enough documents (≥ 50) for shares to count, none of them about the words under test. */
    private static List<Disclosure> filler(int n, String body) {
        List<Disclosure> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(doc("f" + i, "第" + i + "批道路养护安排", "养护", body));
        }
        return docs;
    }

    @Test
    void a_common_word_of_the_question_in_a_title_does_not_answer_without_the_rare_one() throws Exception {
        List<Disclosure> docs = filler(30, "本月安排养护。");
        docs.addAll(filler(25, "农村道路。").stream()
                .map(d -> doc("r" + d.id(), d.title(), d.summary(), d.body())).toList());
        docs.add(doc("road", "农村公路维修安排", "维修", "维修。"));
        docs.add(doc("power", "电费缴纳通知", "缴费", "农村居民按时缴纳电费。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            QueryPlan plan = idx.plan("农村电费");
            assertThat(plan.terms()).extracting(QueryPlan.Term::text).containsExactly("农村", "电费");
            assertThat(plan.terms()).noneMatch(QueryPlan.Term::generic);
            // 农村 is in the title of "road", which the title rule alone would let answer;
            // coverage wants 电费, the rare word, and only "power" has it.
            assertThat(idx.ids("农村电费")).containsExactly("power");
        }
    }

    @Test
    void more_unknown_words_than_known_ones_is_a_subject_never_published() {
        QueryPlan.Term a = known("医保", 0.2);
        assertThat(QueryFactory.subjectUnknown(List.of(a))).isFalse();
        assertThat(QueryFactory.subjectUnknown(List.of(a, unknown("异地")))).as("one against one").isFalse();
        assertThat(QueryFactory.subjectUnknown(List.of(a, unknown("异地"), unknown("备案")))).isTrue();
        assertThat(QueryFactory.subjectUnknown(List.of(unknown("异地")))).isTrue();
    }

    @Test
    void a_word_in_exactly_a_tenth_of_the_documents_is_mentioned_in_passing() {
        assertThat(QueryFactory.onlyInTitle(List.of(known("身份证", QueryFactory.PASSING_SHARE)))).isTrue();
        assertThat(QueryFactory.onlyInTitle(List.of(known("身份证", 0.099)))).isFalse();
    }

    @Test
    void every_specific_word_must_match_and_an_everyday_word_beside_them_still_ranks() throws Exception {
        // 放火 is in no document and sounds like no title word or synonym: unknown, so every
        // specific word must match (by sound: 防火 in the bodies). Both documents do; only one
        // has 补贴, and with equal scores otherwise the earlier one ("care") would come first.
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("care", "冬季养护安排", "安排", "注意防火。"),
                doc("aid", "冬季补贴安排", "安排", "注意防火。")))) {
            QueryPlan plan = idx.plan("放火补贴");
            assertThat(plan.terms()).filteredOn(t -> !t.generic()).singleElement()
                    .matches(QueryPlan.Term::unknown);
            assertThat(idx.ids("放火补贴")).containsExactly("aid", "care");
        }
    }

    @Test
    void the_last_try_finds_a_word_by_its_characters_in_order_in_a_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("care", "危房改造养护", "改造", "改造。"),
                doc("aid", "危房改造补贴", "改造", "改造。")))) {
            assertThat(idx.plan("危改").terms()).singleElement().matches(QueryPlan.Term::unknown);
            // Nothing qualifies by words or sound; 危…改 in a title does, and 补贴 still ranks.
            assertThat(idx.factory.build(idx.plan("危改"), List.of(), "危改")).isNotNull();
            assertThat(idx.hits(idx.factory.build(idx.plan("危改"), List.of(), "危改"))).isEmpty();
            assertThat(idx.ids("危改")).containsExactlyInAnyOrder("aid", "care");
            assertThat(idx.ids("危改补贴")).containsExactly("aid", "care");
        }
    }

    private static QueryPlan planOf(QueryPlan.Term... terms) {
        return new QueryPlan(List.of(terms), List.of(), null, null, "");
    }

    @Test
    void the_last_try_reads_chinese_words_of_two_to_six_characters_only() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("old", "老人的高龄补贴发放", "发放", "发放。"),
                doc("fire", "严禁玩火", "防火", "防火。")))) {
            QueryFactory f = idx.factory;
            assertThat(f.fuzzy(new QueryPlan(List.of(), List.of(), null, "slfh", ""))).as("initials").isNull();
            assertThat(idx.hits(f.fuzzy(planOf(unknown("高补"))))).extracting(RuleIndex.Hit::id).containsExactly("old");
            // Six characters (老人…高龄补贴 with 的 between) are read; seven are not.
            assertThat(idx.hits(f.fuzzy(planOf(unknown("老人高龄补贴"))))).extracting(RuleIndex.Hit::id)
                    .containsExactly("old");
            assertThat(f.fuzzy(planOf(unknown("老人高龄补贴发")))).isNull();
            // One character, or letters (spelled out in a title): not a word to look for by characters.
            assertThat(f.fuzzy(planOf(unknown("火")))).isNull();
            assertThat(f.fuzzy(planOf(unknown("wifi")))).isNull();
            // An everyday word alone gives the last try nothing to look for.
            assertThat(f.fuzzy(planOf(new QueryPlan.Term("补贴", Set.of("补贴"), false, false, true)))).isNull();
        }
    }

    @Test
    void a_one_character_question_qualifies_by_the_word_in_a_summary_or_title() throws Exception {
        // 火 is a word of its own in 村里着火了 (村里/着/火/了); its bigrams (着火, 火了) never hold it alone.
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("fire", "村里着火了", "消息", "消息。")))) {
            assertThat(idx.ids("火")).containsExactly("fire");
        }
    }

    @Test
    void a_word_the_summary_segments_differently_qualifies_by_its_bigram() throws Exception {
        // The summary is cut 南京市/长江/大桥: 市长 is only two characters in a row there, and the title
        // does not have them (so the character-level last try cannot find it either).
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("bridge", "大桥维修通知", "南京市长江大桥维修", "维修。")))) {
            assertThat(idx.ids("市长")).containsExactly("bridge");
        }
    }

    @Test
    void a_word_the_corpus_lacks_is_not_counted_among_the_words_that_must_match() throws Exception {
        // Half of the words that can match must: a word the corpus lacks (罚单) can match nothing and
        // is not counted. (Shares of 0: no coverage filter.)
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("straw", "秸秆综合利用补贴发放", "补贴", "补贴。"),
                doc("ban", "严禁焚烧秸秆的通告", "禁烧", "禁烧。")))) {
            // Two words it has and one it lacks: one of the two, in a title, is enough.
            assertThat(ids(idx, known("秸秆", 0), known("焚烧", 0), unknown("罚单"))).containsExactlyInAnyOrder("straw",
                    "ban");
            // Three words it has: two of them must match.
            assertThat(ids(idx, known("秸秆", 0), known("焚烧", 0), known("罚款", 0))).containsExactly("ban");
            // Three it has and one it lacks: still two of the three, not half of one.
            assertThat(ids(idx, known("秸秆", 0), known("焚烧", 0), known("罚款", 0), unknown("罚单")))
                    .containsExactly("ban");
        }
    }

    private static List<String> ids(RuleIndex idx, QueryPlan.Term... terms) throws Exception {
        return idx.hits(idx.factory.build(planOf(terms), List.of(), "")).stream().map(RuleIndex.Hit::id).toList();
    }
}
