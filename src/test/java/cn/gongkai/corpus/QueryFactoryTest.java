package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryFactory}: the ways one word may match and what each weighs, how many words the
 * scoring clause needs, and the boosts and filters around them — each over a corpus written here.
 */
class QueryFactoryTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

    @Test
    void a_word_matches_five_ways_each_with_its_own_weight() {
        Query q = new QueryFactory().termQuery(new QueryPlan.Term("防火", Set.of("防火"), false));
        List<String> ways = new ArrayList<>();
        for (Query way : ((DisjunctionMaxQuery) q).getDisjuncts()) {
            float boost = way instanceof BoostQuery b ? b.getBoost() : 1f;
            Query inner = way instanceof BoostQuery b ? b.getQuery() : way;
            Set<Term> terms = new HashSet<>();
            inner.visit(QueryVisitor.termCollector(terms));
            ways.add(terms.iterator().next().field() + "^" + boost);
        }
        // title word 4, title bigram 3, summary word 2, body bigram 0.7, category 2 (as a summary word)
        assertThat(ways).containsExactlyInAnyOrder(Schema.TITLE + "^4.0", Schema.TITLE_BI + "^3.0", Schema.TOPIC + "^2.0",
                Schema.BODY_BI + "^0.7", Schema.CATEGORY + "^2.0");
        assertThat(((DisjunctionMaxQuery) q).getTieBreakerMultiplier()).isEqualTo(0.1f);
    }

    @Test
    void the_scoring_clause_needs_half_the_known_words_and_an_unknown_word_is_not_counted() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("straw", "秸秆综合利用", "利用", "秸秆综合利用。"),
                doc("burn", "垃圾处理", "处理", "严禁焚烧。"),
                doc("recycle", "废品站", "站点", "回收旧物。")))) {
            // Three known words (each in some body, so none is taken for a typo): two must match
            // somewhere; each document has one.
            assertThat(idx.ids("秸秆 焚烧 回收")).isEmpty();
            // Two known and one never seen: one known word, in a title, is enough.
            assertThat(idx.ids("秸秆 焚烧 比特币")).containsExactly("straw");
            // Three known and one never seen: two of the known ones are needed again.
            assertThat(idx.ids("秸秆 焚烧 回收 比特币")).isEmpty();
        }
    }

    @Test
    void the_whole_question_typed_as_a_title_puts_that_title_first() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("reversed", "焚烧秸秆", "秸秆", "严禁焚烧秸秆。"),
                doc("exact", "秸秆焚烧", "秸秆", "严禁焚烧秸秆。")))) {
            // The same words, the same lengths: only the four characters in a row tell them apart
            // (on a tie the earlier document, "reversed", would come first).
            assertThat(idx.ids("秸秆焚烧")).containsExactly("exact", "reversed");
        }
    }

    @Test
    void two_letters_need_the_word_they_spell_in_the_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "农保, 城乡居民养老保险\n", "", List.of(NOISE,
                doc("summary", "缴费通知", "农保", "按时缴费。"),
                doc("title", "农保缴费通知", "缴费", "按时缴费。")))) {
            assertThat(idx.ids("nb")).containsExactly("title");
        }
    }

    @Test
    void everyday_words_alone_with_a_leftover_character_find_nothing_but_with_a_number_they_may() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("aid", "补贴发放通知", "补贴", "按时发放。")))) {
            QueryPlan plan = idx.plan("补贴 钱");
            assertThat(plan.terms()).allMatch(QueryPlan.Term::generic);
            assertThat(plan.weak()).containsExactly("钱");
            assertThat(idx.ids("补贴 钱")).isEmpty();
            assertThat(idx.plan("2025 补贴").weak()).containsExactly("2025");
            assertThat(idx.ids("2025 补贴")).containsExactly("aid");
        }
    }

    @Test
    void with_everyday_words_half_of_four_specific_words_must_be_in_the_topic() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("one-in-topic", "村里通知", "秸秆", "秸秆严禁焚烧，申请补贴。"),
                doc("recycle", "废品站", "站点", "回收旧物。"),
                doc("pile", "仓库", "管理", "不得堆放。")))) {
            QueryPlan plan = idx.plan("秸秆 焚烧 回收 堆放 补贴 申请");
            assertThat(plan.terms()).filteredOn(t -> !t.generic()).hasSize(4);
            assertThat(plan.terms()).filteredOn(QueryPlan.Term::generic).hasSize(2);
            // most of all six words (秸秆 焚烧 补贴 申请), but only one of the four specific ones
            // in its summary: not enough.
            assertThat(idx.ids("秸秆 焚烧 回收 堆放 补贴 申请")).isEmpty();
        }
    }

    @Test
    void a_word_the_segmenter_splits_differently_in_a_summary_is_still_found_by_its_characters() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("bridge", "南京市长江大桥维修", "南京市长江大桥维修", "南京市长江大桥维修。")))) {
            // The summary is cut 南京市/长江/大桥: 市长 is no word of it, only two of its characters
            // in a row. The bigram way is the safety net for such cuts (and the price is this match).
            assertThat(idx.ids("市长")).containsExactly("bridge");
        }
    }
}
