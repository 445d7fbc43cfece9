package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, fifth round, one rule a test (classes of the misses of blind-2026-11d): a spoken
 * predicate only ranks; a period (每个月) names no topic.
 */
class SearchRoundFiveTest {
    @TempDir Path dir;

    @Test
    void a_spoken_predicate_beside_a_known_word_only_ranks() throws Exception {
        QueryPlan.Term toilet = new QueryPlan.Term("厕所", Set.of("厕所"), false, false, false, 0.05);
        QueryPlan.Term done = new QueryPlan.Term("改完", Set.of("改完"), true, true, false);
        QueryPlan.Term card = new QueryPlan.Term("残疾证", Set.of("残疾证"), false, false, false, 0.05);
        QueryPlan.Term getIt = new QueryPlan.Term("办证", Set.of("办证"), true, true, false);
        QueryPlan.Term scrap = new QueryPlan.Term("报废", Set.of("报废"), true, true, false);
        assertThat(SpokenPredicates.predicate(done, List.of(toilet, done))).isTrue();
        assertThat(SpokenPredicates.predicate(getIt, List.of(card, getIt))).isTrue(); // 证 of 残疾证
        assertThat(SpokenPredicates.predicate(getIt, List.of(toilet, getIt))).isFalse();
        assertThat(SpokenPredicates.predicate(scrap, List.of(toilet, scrap))).isFalse(); // names a thing
        assertThat(SpokenPredicates.apply(List.of(toilet, done))).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
        // Nothing known beside it: the question is about something the corpus lacks, nothing changes.
        assertThat(SpokenPredicates.apply(List.of(done))).extracting(QueryPlan.Term::generic).containsExactly(false);

        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("toilet", "农村户用卫生厕所问题排查整改", "厕所冬季防冻", "整改。"),
                doc("card", "残疾人补贴申领指南", "持残疾证到乡镇申请", "申请。")))) {
            assertThat(idx.ids("改完的厕所冬天冻坏了找谁修？")).containsExactly("toilet");
            assertThat(idx.ids("还没有残疾证的人去哪里办证？")).containsExactly("card");
            assertThat(idx.ids("改完的报废车找谁")).isEmpty();
        }
    }

    @Test
    void a_period_names_no_topic() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("old", "高龄津贴发放管理办法", "八十周岁以上老人每月发放", "发放。")))) {
            assertThat(idx.plan("每个月能领多少高龄津贴").words()).containsExactly("高龄", "津贴");
            assertThat(idx.ids("现在每个月能领多少高龄津贴？")).containsExactly("old");
        }
    }
}
