package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.UserException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces under the search rules: pinyin, the synonym list, the planner's reading of a question. */
class SearchPiecesTest {
    @TempDir Path dir;

    // --- pinyin ---

    @Test
    void readings_are_toneless_distinct_and_at_most_three() {
        assertThat(Pinyin.readings('防')).containsExactly("fang");
        assertThat(Pinyin.readings('重')).containsExactly("zhong", "chong");
        assertThat(Pinyin.readings('绿')).containsExactly("lv", "lu");
        assertThat(Pinyin.readings('a')).isEmpty();
        assertThat(Pinyin.readings('，')).isEmpty();
        for (char c : "的和了行着说".toCharArray()) {
            assertThat(Pinyin.readings(c)).hasSizeBetween(1, 3).doesNotHaveDuplicates();
        }
        assertThat(Pinyin.readings('和')).hasSize(3);
    }

    @Test
    void initials_and_their_spellings() {
        assertThat(Pinyin.initials('森')).containsExactly("s");
        assertThat(Pinyin.initials('重')).containsExactly("z", "c");
        assertThat(Pinyin.initials('x')).isEmpty();
        assertThat(Pinyin.initialSpellings("森林防火")).containsExactly("slfh");
        assertThat(Pinyin.initialSpellings("重行")).containsExactly("zx", "zh", "cx", "ch");
        assertThat(Pinyin.initialSpellings("低保a")).isEmpty();
        // Four 多音字 in a row would spell 16 ways: a handful is kept.
        assertThat(Pinyin.initialSpellings("重重重重")).hasSize(8);
    }

    @Test
    void sound_bigrams_combine_every_reading_and_skip_what_is_not_chinese() {
        assertThat(Pinyin.soundBigrams("防火")).containsExactly(List.of("fang_huo"));
        assertThat(Pinyin.soundBigrams("重火")).containsExactly(List.of("zhong_huo", "chong_huo"));
        assertThat(Pinyin.soundBigrams("防a火")).isEmpty();
        assertThat(Pinyin.soundBigrams("森林防火")).hasSize(3);
        assertThat(Pinyin.soundBigrams("火")).isEmpty();
        assertThat(QueryFactory.soundQuery("火")).isNull();
        assertThat(QueryFactory.soundQuery("防火").toString()).isEqualTo("+(sound:fang_huo)");
    }

    // --- synonyms ---

    @Test
    void synonym_groups_from_the_file_with_comments_and_separators() {
        Synonyms s = Synonyms.parse("synonyms.txt", "# 注释\n\n低保，最低生活保障、 DIBAO\n农保, 养老\n养老, 养老金\n");
        assertThat(s.expand("低保")).containsExactly("低保", "最低生活保障", "dibao");
        assertThat(s.expand("养老")).containsExactly("农保", "养老", "养老金");
        assertThat(s.expand("火")).containsExactly("火");
        assertThat(s.knows("dibao")).isTrue();
        assertThat(s.knows("# 注释")).isFalse();
        assertThat(s.termsLongestFirst()).containsExactly("最低生活保障", "dibao", "养老金", "低保", "养老", "农保");
        assertThatThrownBy(() -> Synonyms.parse("synonyms.txt", "低保\n农保, 养老\n低保, \n"))
                .isInstanceOf(UserException.class).hasMessage("synonyms.txt 第 1 行: 一组同义词至少要有两个词, 用逗号隔开");
        assertThatThrownBy(() -> Synonyms.parse("synonyms.txt", "低保, 最低生活保障\n低保, \n"))
                .hasMessageContaining("第 2 行");
    }

    // --- the planner ---

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
    void a_word_met_twice_is_one_term() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n", "", List.of(RuleIndex.NOISE))) {
            assertThat(idx.plan("公路 公路").words()).containsExactly("公路");
            assertThat(idx.plan("低保 公路").words()).containsExactly("低保", "公路");
            assertThat(idx.plan("低保 公路").terms().get(0).alternatives()).containsExactly("低保", "最低生活保障");
        }
    }

    @Test
    void minimal_alternatives_drop_those_containing_another() {
        Set<String> alts = new LinkedHashSet<>(List.of("最低生活保障制度", "最低生活保障", "低保"));
        assertThat(QueryFactory.minimal(alts)).containsExactly("最低生活保障", "低保");
        assertThat(QueryFactory.minimal(Set.of("低保"))).containsExactly("低保");
    }

    @Test
    void a_weak_number_and_the_whole_title_typed_only_add_to_the_score() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("old", "2024年低保标准", "低保标准", "标准。"),
                doc("new", "2025年低保标准", "低保标准", "标准。"),
                doc("other", "低保标准调整公告", "低保标准", "标准。")))) {
            // Published the same day: the number in the title decides.
            assertThat(idx.ids("2024 低保标准")).first().isEqualTo("old");
            assertThat(idx.ids("2025 低保标准")).first().isEqualTo("new");
            assertThat(idx.ids("低保标准调整公告")).first().isEqualTo("other");
        }
    }
}
