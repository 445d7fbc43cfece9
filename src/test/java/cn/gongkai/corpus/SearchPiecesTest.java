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

    @Test
    void spellings_join_readings_with_spaces_and_stop_at_the_cap() {
        assertThat(Pinyin.spellings("防火", 8)).containsExactly("fang huo");
        assertThat(Pinyin.spellings("重火", 8)).containsExactly("zhong huo", "chong huo");
        assertThat(Pinyin.spellings("重重重重", 8)).hasSize(8);
        assertThat(Pinyin.spellings("防a", 8)).isEmpty();
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
