package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryPlanner}: how a typed question becomes words, weak pieces, a village and
 * initials, and what each then finds in a corpus written here.
 */
class QueryPlannerTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

    @Test
    void two_letters_that_spell_a_known_word_mean_that_word_not_any_title_pair() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n", "", List.of(RuleIndex.NOISE,
                doc("report", "年度报告", "年度工作", "全年工作。"),
                doc("aid", "最低生活保障审核办法", "审核", "按时审核。")))) {
            // 年度报告 has the pair d-b (度报); 低保 is titled by its official name.
            assertThat(idx.ids("db")).containsExactly("aid");
            assertThat(idx.ids("ndbg")).containsExactly("report");
        }
    }

    @Test
    void letters_alone_are_pinyin_initials_and_find_the_title_and_the_known_term() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "农保, 城乡居民养老保险\n", "", List.of(RuleIndex.NOISE,
                doc("fire", "森林防火通知", "注意安全", "注意用电安全。"),
                doc("farm", "城乡居民养老保险缴费", "农保", "按时缴费。")))) {
            QueryPlan plan = idx.plan("S L F H");
            assertThat(plan.initials()).isEqualTo("slfh");
            assertThat(plan.terms()).isEmpty();
            assertThat(plan.isEmpty()).isFalse();
            assertThat(idx.ids("slfh")).containsExactly("fire");
            assertThat(idx.ids("nb")).containsExactly("farm");
            assertThat(idx.plan("x").initials()).isNull();
            assertThat(idx.plan("abcdefghijklm").initials()).isNull();
        }
    }

    @Test
    void a_village_named_in_the_question_is_taken_out_of_its_words() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "", "石门村: 石门\n", List.of(RuleIndex.NOISE))) {
            QueryPlan plan = idx.plan("石门公路硬化");
            assertThat(plan.village()).isEqualTo("石门村");
            assertThat(plan.words()).containsExactly("公路", "硬化");
            assertThat(plan.text()).isEqualTo("公路硬化");
            assertThat(idx.plan("公路").village()).isNull();
            // Only the village: nothing to search for, the village's documents are browsed.
            QueryPlan only = idx.plan("石门");
            assertThat(only.terms()).isEmpty();
            assertThat(only.weak()).isEmpty();
            assertThat(idx.factory.build(only, List.of(), only.text())).isNull();
        }
    }

    @Test
    void question_words_go_single_characters_join_and_numbers_are_weak() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE))) {
            assertThat(idx.planner.segment("今年冬天烧炕取暖要注意些什么")).containsExactly("冬天", "烧炕", "取暖");
            QueryPlan plan = idx.plan("2025年 低保 标准？");
            assertThat(plan.words()).containsExactly("低保", "标准");
            assertThat(plan.weak()).containsExactly("2025");
            assertThat(plan.text()).isEqualTo("2025年低保标准");
            QueryPlan one = idx.plan("火");
            assertThat(one.words()).containsExactly("火");
            assertThat(one.weak()).isEmpty();
            // Two weak pieces: neither decides a match.
            QueryPlan two = idx.plan("3 5");
            assertThat(two.words()).isEmpty();
            assertThat(two.weak()).containsExactly("3", "5");
            assertThat(idx.factory.build(two, List.of(), two.text())).isNull();
            assertThat(idx.plan("").isEmpty()).isTrue();
        }
    }

    @Test
    void single_characters_are_joined_only_when_they_touch() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE))) {
            // Touching (合做, a typo split in two) they are one word again.
            assertThat(idx.planner.segment("合做")).containsExactly("合做");
            // A space or a comma between them: two words, never one the person did not type.
            assertThat(idx.planner.segment("合 做")).containsExactly("合", "做");
            assertThat(idx.planner.segment("合，做")).containsExactly("合", "做");
            // A question word between them ends the run too.
            assertThat(idx.planner.segment("合吗做")).containsExactly("合", "做");
        }
    }

    @Test
    void a_word_met_twice_is_one_term() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n", "", List.of(RuleIndex.NOISE))) {
            assertThat(idx.plan("公路 公路").words()).containsExactly("公路");
            assertThat(idx.plan("低保 公路").words()).containsExactly("低保", "公路");
            assertThat(idx.plan("低保 公路").terms().get(0).alternatives()).containsExactly("低保", "最低生活保障");
        }
    }

    @Test
    void a_word_in_half_the_documents_still_tells_them_apart_and_in_more_than_half_it_does_not() throws Exception {
        List<Disclosure> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(doc("d" + i, "通知" + i, "事项", i < 25 ? "秸秆回收。" : "废品回收。"));
        }
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.plan("秸秆").terms().get(0).generic()).isFalse();
            assertThat(idx.plan("回收").terms().get(0).generic()).isTrue();
        }
    }
}
