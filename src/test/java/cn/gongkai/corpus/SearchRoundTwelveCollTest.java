package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, twelfth round, colloquial and whole questions: a school stage named only in the
 * student-aid notice's body (初中, 高中) with the sum it gets ({@link BodyRoute#paid}); a choice
 * offered with 还是 kept the old notice that named the other choice ({@link EitherOr}); how the
 * subsidies are paid (通过什么渠道) counted as a subject; a listed word no title names (防汛) typed
 * found only the summary that mentions it, not the bodies the letters fx find
 * ({@link BodyRoute#untitled}). The questions here are in no eval set.
 */
class SearchRoundTwelveCollTest {
    private static final String STUDENT_AID = "QH-2025-0024";
    @TempDir Path dir;

    private static QueryPlan.Term word(String w, boolean generic) {
        return new QueryPlan.Term(w, Set.of(w), false, false, generic, 0.05, true);
    }

    @Test
    void a_school_stage_the_body_pays_for_answers_a_money_question() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "孩子念初中给补助吗")).first().isEqualTo(STUDENT_AID);
            assertThat(ids(s, "上高中的孩子国家补多少钱")).first().isEqualTo(STUDENT_AID);
            assertThat(ids(s, "儿子读高中能领补助吗")).first().isEqualTo(STUDENT_AID);
            // Without money asked, a stage the notice names only in passing answers nothing.
            assertThat(ids(s, "初中开学是几号")).isEmpty();
            assertThat(ids(s, "高中毕业证丢了咋办")).isEmpty();
            // A stage no notice names still finds nothing.
            assertThat(ids(s, "研究生补助")).isEmpty();
        }
    }

    @Test
    void only_a_word_with_a_payment_right_after_it_in_a_body_is_paid_for() throws Exception {
        List<Disclosure> docs = new java.util.ArrayList<>(RuleIndex.filler(60));
        docs.add(RuleIndex.doc("A", "学生资助通知", "", "三、普通高中：国家助学金每生每年2000元。"));
        docs.add(RuleIndex.doc("B", "开学安全通知", "", "初中和高中学生开学前要做好安全检查，家长签字后交回学校，学校统一收取保险费用。"));
        docs.add(RuleIndex.doc("C", "助残工作通知", "", "做好助残工作。"));
        docs.add(RuleIndex.doc("D", "村务公开", "", "公路两侧绿化植树32400元。"));
        docs.add(RuleIndex.doc("E", "学生通知", "", "小学1000元。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            QueryPlan plan = idx.plan("高中给补助吗");
            assertThat(idx.hits(BodyRoute.query(plan, idx.factory::termQuery))).extracting(RuleIndex.Hit::id)
                    .containsExactly("A");
            // 初中 has no payment after it in any body.
            assertThat(BodyRoute.query(idx.plan("初中给补助吗"), idx.factory::termQuery)).isNotNull();
            assertThat(idx.hits(BodyRoute.query(idx.plan("初中给补助吗"), idx.factory::termQuery))).isEmpty();
            // A sum right after the word pays for it; one further on (a village's spending) does not.
            assertThat(idx.hits(BodyRoute.query(idx.plan("小学给补助吗"), idx.factory::termQuery)))
                    .extracting(RuleIndex.Hit::id).containsExactly("E");
            assertThat(BodyRoute.query(idx.plan("公路给补助吗"), idx.factory::termQuery)).isNotNull();
            assertThat(idx.hits(BodyRoute.query(idx.plan("公路给补助吗"), idx.factory::termQuery))).isEmpty();
            // A word the corpus lacks (择校费) may be what was asked: no route.
            assertThat(BodyRoute.query(idx.plan("高中择校费给补助吗"), idx.factory::termQuery)).isNull();
            // The body-only word is the lesser part beside a rarer titled one (助残): no route.
            assertThat(BodyRoute.query(idx.plan("助残高中补助"), idx.factory::termQuery)).isNull();
            // No money asked: no such route.
            assertThat(BodyRoute.paid(idx.plan("高中开学"), idx.plan("高中开学").terms(), idx.factory::termQuery))
                    .isNull();
        }
    }

    @Test
    void a_choice_after_haishi_only_ranks_and_haishi_as_still_changes_nothing() {
        List<QueryPlan.Term> terms = List.of(word("高龄津贴", false), word("季度", false));
        assertThat(EitherOr.apply(terms, "高龄津贴按月发还是按季度发")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
        // 还是 meaning "still": nothing steps back.
        assertThat(EitherOr.apply(terms, "高龄津贴还是没按季度发")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false);
        // No subject before 还是: nothing steps back.
        assertThat(EitherOr.apply(terms, "还是季度高龄津贴")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false);
        // The choice ends with its clause.
        assertThat(EitherOr.apply(terms, "按月还是按年，高龄津贴季度")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false);
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            // The rules in force pay monthly and never say 季度; the repealed 2024 rules did.
            assertThat(ids(c.search(), "高龄补贴一个月一发还是一季度一发")).first().isEqualTo("QH-2026-0005");
        }
    }

    @Test
    void how_subsidies_are_paid_finds_the_card_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            assertThat(ids(c.search(), "惠农补贴通过什么渠道发放")).first().isEqualTo("QH-2025-0037");
        }
    }

    @Test
    void a_listed_word_no_title_names_is_read_from_bodies_as_its_letters_are() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // 柳河村's accounts name 防汛 in a summary, in passing; the flood notices in their bodies.
            assertThat(ids(s, "防汛")).containsExactlyInAnyOrderElementsOf(ids(s, "fx"))
                    .contains("QH-2025-0016", "QH-2026-0009").doesNotContain("QH-2025-0021");
            assertThat(ids(s, "防洪")).contains("QH-2025-0016", "QH-2026-0009");
            // A titled listed word (低保) is read as before: its titled notices first.
            assertThat(ids(s, "低保")).first().isEqualTo("QH-2025-0017");
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 3)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
