package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QueryPlanner} and the pieces it reads (issue 23), one rule at a time: where a lexicon
 * word may sit in a question, spoken filler, the Northeast readings through the synonym list,
 * when a typo is an everyday word, a category name typed as it is, the synonym files of a home,
 * pinyin readings and the ranking function's identity.
 */
class QueryPlannerRulesTest {
    @TempDir Path dir;

    private final QueryPlanner planner = new QueryPlanner(Synonyms.parse("synonyms.txt", ""), Villages.parse("villages.txt", ""));

    @Test
    void a_term_is_dropped_only_when_both_its_ends_cut_a_word() {
        // 征地补偿 is cut 征地|补偿 (words at [0,2] and [2,4]).
        assertThat(planner.straddles("征地补偿", "地补")).as("starts in 征地, ends in 补偿").isTrue();
        assertThat(planner.straddles("征地补偿", "征地补")).as("starts where 征地 starts").isFalse();
        assertThat(planner.straddles("征地补偿", "地补偿")).as("ends where 补偿 ends").isFalse();
        assertThat(planner.straddles("征地补偿", "地")).as("ends where 补偿 starts").isFalse();
        assertThat(planner.straddles("征地补偿", "补")).as("starts where 征地 ends").isFalse();
        // Kept when any one of its places is a word's own: here the second one.
        assertThat(planner.straddles("征地补偿地补", "地补")).isFalse();
    }

    @Test
    void spoken_filler_the_segmenter_cuts_in_characters_is_taken_out_first() throws Exception {
        // 咋整 is cut 咋/整 by the segmenter; read as filler before that, no 整 is left over.
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("aid", "低保审核通知", "低保", "审核。")))) {
            QueryPlan plan = idx.plan("低保咋整");
            assertThat(plan.words()).containsExactly("低保");
            assertThat(plan.weak()).isEmpty();
        }
    }

    @Test
    void a_northeast_reading_the_synonym_list_knows_is_taken_even_where_the_corpus_never_says_it() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "修路, 道路硬化\n", "", List.of(RuleIndex.NOISE,
                doc("road", "道路硬化工程", "硬化", "硬化。")))) {
            // 修道 → 修路 (道 is 路), which no document says but the list does.
            assertThat(idx.plan("修道").words()).containsExactly("修路");
            assertThat(idx.ids("修道")).containsExactly("road");
        }
    }

    @Test
    void a_typo_is_everyday_only_when_every_word_it_sounds_like_is() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n", "", List.of(RuleIndex.NOISE,
                doc("aid", "最低生活保障审核", "审核", "审核。"),
                doc("winter", "冬季补贴发放", "发放", "发放。")))) {
            QueryPlan.Term aid = idx.plan("低包").terms().get(0);
            assertThat(aid.bySound()).isTrue();
            assertThat(aid.alternatives()).contains("低保");
            assertThat(aid.generic()).isFalse();
            QueryPlan.Term money = idx.plan("补帖").terms().get(0);
            assertThat(money.alternatives()).contains("补贴");
            assertThat(money.generic()).isTrue();
        }
    }

    @Test
    void a_category_name_is_typed_right_even_where_no_text_has_its_characters() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("list", "三月公示", "村务公开", RuleIndex.TODAY, null, List.of())))) {
            assertThat(idx.alikes.appearsAsTyped("村务公开")).isTrue();
            assertThat(idx.alikes.appearsAsTyped("党务公开")).isFalse();
        }
    }

    @Test
    void a_homes_synonyms_are_its_file_its_console_additions_and_the_clusters_lines_before_the_dialect() throws Exception {
        Home home = new Home(dir);
        Files.createDirectories(home.configDir());
        Files.writeString(home.configDir().resolve("synonyms.txt"), "低保, 最低生活保障\n");
        Files.writeString(home.configDir().resolve("dialect.txt"), "吃低保, 低保\n");
        Files.writeString(home.addedSynonyms(), "农保, 城乡居民养老保险\n");
        ConfigFiles config = new ConfigFiles(home);
        Synonyms shared = Synonyms.load(config, List.of("合疗, 新农合"));
        assertThat(shared.districtTerm("低保")).isTrue();
        assertThat(shared.districtTerm("农保")).as("added on the console").isTrue();
        assertThat(shared.districtTerm("合疗")).as("added on another node").isTrue();
        assertThat(shared.districtTerm("吃低保")).as("the shipped dialect lexicon").isFalse();
        assertThat(shared.expand("吃低保")).contains("最低生活保障");
        Synonyms alone = Synonyms.load(config);
        assertThat(alone.knows("农保")).isTrue();
        assertThat(alone.knows("合疗")).isFalse();
        Files.delete(home.addedSynonyms());
        assertThat(Synonyms.load(config).knows("农保")).isFalse();
    }

    @Test
    void a_characters_readings_come_from_the_dictionary_and_a_character_it_lacks_has_none() {
        assertThat(Pinyin.lookup('重')).containsExactlyInAnyOrder("zhong", "chong");
        // U+9FA6 is a Chinese character newer than pinyin4j's table.
        assertThat(Pinyin.lookup('\u9FA6')).isEmpty();
        assertThat(Pinyin.readings('a')).isEmpty();
    }

    @Test
    void two_ranking_functions_are_the_same_exactly_when_day_and_village_are() {
        RankBoost a = new RankBoost(RuleIndex.TODAY, "石门村");
        assertThat(a).isEqualTo(new RankBoost(RuleIndex.TODAY, "石门村"));
        assertThat(a.hashCode()).isEqualTo(new RankBoost(RuleIndex.TODAY, "石门村").hashCode());
        assertThat(a.hashCode()).isNotEqualTo(new RankBoost(RuleIndex.TODAY, null).hashCode());
        assertThat(a.hashCode()).isNotEqualTo(new RankBoost(RuleIndex.TODAY.plusDays(1), "石门村").hashCode());
    }
}
