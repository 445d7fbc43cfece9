package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HeadSubject}'s rules one at a time, each over a plan or a corpus written here: when the
 * character between a word and the money word is a gap, which readings of the head count as naming
 * it, and each place and way a document's title or summary may name it (the word as segmented, its
 * characters in a row, its sound). {@code SearchRoundNineNoneTest} has the rule's effect on questions.
 */
class HeadSubjectRulesTest {
    @TempDir Path dir;

    @Test
    void the_character_between_is_no_gap_when_a_content_word_holds_it() {
        // 车补 (a district's word for a vehicle allowance) begins at the character after 报废: 报废 is no head.
        assertThat(heads("报废车补贴", term("报废"), term("车补"))).isEmpty();
        // A longer word over the head and that character (报废车) is the head, not the shorter word inside it.
        assertThat(heads("报废车补贴", term("报废"), term("报废车"))).containsExactly("报废车");
        // A word elsewhere in the question does not hold the character between.
        assertThat(heads("车补报废车补贴", List.of("车"), term("报废"), term("车补"))).isEmpty();
        assertThat(heads("车补和报废的补贴", term("报废"), term("车补"))).containsExactly("报废");
        // Only a Chinese character can be the word between: 报废2补贴 has none.
        assertThat(heads("报废2补贴", term("报废"))).isEmpty();
    }

    @Test
    void a_reading_that_keeps_the_first_character_only_still_keeps_part_of_the_word() {
        assertThat(HeadSubject.shares("残疾人", "残联")).isTrue();
        assertThat(HeadSubject.shares("残疾人", "助残")).isTrue();
        assertThat(HeadSubject.shares("五保", "特困供养")).isFalse();
        // Letters and digits are no part kept: only Chinese characters count.
        assertThat(HeadSubject.shares("5G基站", "5G网络")).isFalse();
    }

    @Test
    void a_district_synonym_names_the_head_though_it_shares_no_character() throws Exception {
        // 五保 is a word of this corpus (a village's accounts), so only the ways of naming it as such count;
        // the district's own list says 特困供养 is the same thing.
        try (RuleIndex idx = new RuleIndex(dir, "五保, 特困供养\n", "", List.of(RuleIndex.NOISE,
                doc("care", "特困供养人员补助发放", "按月发放。", "按月发放。"),
                doc("accounts", "三月村务公开", "收支情况。", "慰问五保户300元。")))) {
            assertThat(idx.alikes.appearsAsTyped("五保")).isTrue();
            assertThat(held(idx, "五保补助怎么领")).containsExactly("care");
        }
    }

    @Test
    void the_head_is_named_by_its_segmented_words_in_the_title() throws Exception {
        // The title spaces the word (困难 群众): its characters are not in a row, its words are.
        try (RuleIndex idx = new RuleIndex(dir, "困难群众, 困难户\n", "", List.of(RuleIndex.NOISE,
                doc("aid", "2026年困难 群众生活补助发放", "按月发放。", "按月发放。")))) {
            assertThat(held(idx, "困难群众补助")).containsExactly("aid");
        }
    }

    @Test
    void the_head_is_named_by_its_characters_in_a_row_inside_a_longer_word() throws Exception {
        // The title is segmented 残疾人 两项 补贴: 残疾 is no word of it, only two characters in a row.
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("two", "残疾人两项补贴", "按月发放。", "按月发放。")))) {
            assertThat(held(idx, "残疾补贴")).containsExactly("two");
        }
    }

    @Test
    void a_head_the_corpus_never_uses_is_named_by_its_sound() throws Exception {
        // 放火 is written nowhere; the summary's 防火 sounds the same (and no title has it to correct to).
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("fire", "冬季安全通知", "森林防火补贴发放。", "按月发放。")))) {
            QueryPlan plan = idx.plan("放火补贴");
            assertThat(HeadSubject.all(plan)).extracting(QueryPlan.Term::text).containsExactly("放火");
            assertThat(HeadSubject.all(plan).get(0).alternatives()).containsExactly("放火");
            assertThat(held(idx, "放火补贴")).containsExactly("fire");
        }
    }

    /** The question's documents, as the search service asks for them, with the head held. */
    private static List<String> held(RuleIndex idx, String q) throws Exception {
        QueryPlan plan = idx.plan(q);
        Query content = idx.factory.build(plan, List.of(), plan.text());
        Query held = new HeadSubject(idx.synonyms).hold(content, plan, idx.alikes);
        assertThat(held).as("a head was found").isNotSameAs(content);
        return idx.hits(held).stream().map(RuleIndex.Hit::id).toList();
    }

    private static QueryPlan.Term term(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, false, 0.02);
    }

    private static List<String> heads(String text, QueryPlan.Term... terms) {
        return heads(text, List.of(), terms);
    }

    private static List<String> heads(String text, List<String> weak, QueryPlan.Term... terms) {
        QueryPlan plan = new QueryPlan(List.of(terms), weak, null, null, text);
        return HeadSubject.all(plan).stream().map(QueryPlan.Term::text).toList();
    }
}
