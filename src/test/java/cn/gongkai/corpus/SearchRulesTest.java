package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.TODAY;
import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One ranking or matching rule per test, each over a corpus written here so that only the rule
 * under test can find (or order) the documents: switch the rule off and the test fails.
 */
class SearchRulesTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

    // --- sound-alike correction ---

    @Test
    void a_homophone_typo_of_a_title_word_is_corrected_to_that_word() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季防火通知", "注意安全", "注意用电安全。")))) {
            // 放火 appears nowhere; it sounds exactly like the title word 防火.
            assertThat(idx.alikes.appearsAsTyped("放火")).isFalse();
            assertThat(idx.alikes.soundAlikes("放火")).containsExactly("防火");
            QueryPlan.Term t = idx.plan("放火").terms().get(0);
            assertThat(t.bySound()).isTrue();
            assertThat(t.unknown()).isFalse();
            assertThat(t.alternatives()).containsExactly("放火", "防火");
            assertThat(idx.ids("放火")).containsExactly("fire");
        }
    }

    @Test
    void a_homophone_typo_of_a_summary_word_is_found_by_sound_alone() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季安全通知", "森林防火要点", "注意用电。")))) {
            // 防火 is in no title, so no word is substituted: only the sound field matches.
            assertThat(idx.alikes.soundAlikes("放火")).isEmpty();
            assertThat(idx.plan("放火").terms().get(0).alternatives()).containsExactly("放火");
            assertThat(idx.ids("放火")).containsExactly("fire");
        }
    }

    @Test
    void a_correctly_typed_word_is_not_matched_by_sound() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季防火通知", "注意安全", "注意用电安全。"),
                doc("arson", "严禁放火烧荒", "注意安全", "严禁放火。")))) {
            QueryPlan.Term t = idx.plan("放火").terms().get(0);
            assertThat(t.bySound()).isFalse();
            assertThat(idx.alikes.soundAlikes("放火")).isEmpty();
            assertThat(idx.ids("放火")).containsExactly("arson");
        }
    }

    @Test
    void a_word_that_appears_nowhere_and_sounds_like_nothing_is_unknown() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE))) {
            QueryPlan.Term t = idx.plan("比特币").terms().get(0);
            assertThat(t.bySound()).isTrue();
            assertThat(t.unknown()).isTrue();
            assertThat(idx.ids("比特币")).isEmpty();
        }
    }

    // --- body text ---

    @Test
    void a_word_only_in_the_body_completes_a_match_begun_in_the_summary() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("without", "村里通知", "秸秆回收", "本村统一安排。"),
                doc("with", "村里通知", "秸秆回收", "严禁焚烧，本村统一安排。")))) {
            // Two words: both must match; 秸秆 is in the summary, 焚烧 only in the body.
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("with");
        }
    }

    @Test
    void a_body_match_adds_to_the_score() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("without", "秸秆回收通知", "回收", "本村统一安排。"),
                doc("with", "秸秆回收通知", "回收", "严禁焚烧，本村统一安排。")))) {
            // One word in the title qualifies both; the body word only ranks.
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("with", "without");
        }
    }

    // --- category ---

    @Test
    void naming_a_category_finds_the_documents_filed_under_it() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("filed", "第三批资金公示", "扶贫", TODAY, null, List.of()),
                doc("other", "第四批资金公示", "教育", TODAY, null, List.of())))) {
            assertThat(idx.ids("扶贫")).containsExactly("filed");
        }
    }

    // --- "most of the words" ---

    @Test
    void most_is_all_of_one_or_two_and_three_in_five() {
        assertThat(QueryFactory.mostOf(1)).isEqualTo(1);
        assertThat(QueryFactory.mostOf(2)).isEqualTo(2);
        assertThat(QueryFactory.mostOf(3)).isEqualTo(2);
        assertThat(QueryFactory.mostOf(4)).isEqualTo(3);
        assertThat(QueryFactory.mostOf(5)).isEqualTo(3);
        assertThat(QueryFactory.mostOf(6)).isEqualTo(4);
    }

    @Test
    void without_a_title_word_most_of_the_words_qualify_and_fewer_do_not() throws Exception {
        // Four specific words (秸秆 焚烧 罚款 清运), none in any title: 秸秆 in each summary.
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("three", "村里通知", "秸秆回收", "严禁焚烧，违者罚款。"),
                doc("two", "村里通知", "秸秆回收", "严禁焚烧。"),
                doc("four", "村里通知", "秸秆回收", "严禁焚烧，违者罚款，统一清运。")))) {
            assertThat(idx.plan("秸秆 焚烧 罚款 清运").terms()).hasSize(4);
            assertThat(idx.ids("秸秆 焚烧 罚款 清运")).containsExactlyInAnyOrder("three", "four");
        }
    }

    // --- everyday words rank, never qualify ---

    @Test
    void everyday_words_do_not_qualify_a_document_for_a_specific_word_it_lacks() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("other", "耕地补贴申请通知", "每亩补贴标准", "冬季前申请。")))) {
            // 养羊 appears nowhere; 补贴 申请 每亩 are everywhere a subsidy is.
            QueryPlan plan = idx.plan("养羊补贴每亩怎么申请");
            assertThat(plan.terms()).filteredOn(QueryPlan.Term::generic).extracting(QueryPlan.Term::text)
                    .contains("补贴", "申请");
            assertThat(idx.ids("养羊补贴每亩怎么申请")).isEmpty();
            assertThat(idx.ids("耕地补贴每亩怎么申请")).containsExactly("other");
        }
    }

    @Test
    void everyday_words_alone_qualify_only_all_in_a_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("summary", "学生资助通知", "孩子上学有补贴", "按时申请。"),
                doc("title", "孩子补贴发放通知", "按时发放", "按时申请。")))) {
            assertThat(idx.plan("孩子补贴").terms()).allMatch(QueryPlan.Term::generic);
            assertThat(idx.ids("孩子补贴")).containsExactly("title");
        }
    }

    @Test
    void everyday_words_rank_a_document_that_qualifies_on_its_specific_words() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("plain", "秸秆回收通知", "统一安排", "本村统一安排。"),
                doc("money", "秸秆回收通知", "统一安排", "本村统一安排，每吨补贴五十元。")))) {
            assertThat(idx.ids("秸秆补贴")).containsExactly("money", "plain");
        }
    }

    @Test
    void specific_words_with_everyday_ones_need_most_of_all_and_half_the_specific_in_the_topic() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("topic", "职业教育通知", "技校学生补助", "在校学生可以申请。"),
                doc("body", "职业教育通知", "学生资助", "技校在校就读可以申请补助。")))) {
            // 技校 就读 specific, 补助 everyday. "topic" lacks 就读, so the specific words alone do
            // not qualify it; two of three words with 技校 in its summary do. "body" has all three,
            // none in its title or summary.
            assertThat(idx.ids("技校就读补助")).containsExactly("topic");
        }
    }

    @Test
    void one_word_in_the_title_qualifies_with_only_half_the_words() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("title", "秸秆回收通知", "村里安排", "本村统一安排。"),
                doc("summary", "村里通知", "秸秆回收", "本村统一安排。")))) {
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("title");
        }
    }

    @Test
    void a_word_the_corpus_never_saw_does_not_count_against_the_others_in_a_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("title", "秸秆焚烧通知", "村里安排", "本村统一安排。"),
                doc("summary", "村里通知", "秸秆焚烧", "本村统一安排。")))) {
            // 比特币 is unknown: of the two known words both must match and one be in the title.
            QueryPlan plan = idx.plan("秸秆 焚烧 比特币");
            assertThat(plan.terms()).extracting(QueryPlan.Term::unknown).containsExactly(false, false, true);
            assertThat(idx.ids("秸秆 焚烧 比特币")).containsExactly("title", "summary");
        }
    }

    // --- synonyms, longest first ---

    @Test
    void the_longest_known_term_is_taken_whole_before_its_parts() throws Exception {
        String groups = "农保, 城乡居民基本养老保险\n养老保险, 养老金\n";
        try (RuleIndex idx = new RuleIndex(dir, groups, "", List.of(NOISE,
                doc("farm", "农保缴费通知", "按时缴费", "按时缴费。")))) {
            assertThat(idx.synonyms.termsLongestFirst())
                    .containsExactly("城乡居民基本养老保险", "养老保险", "养老金", "农保");
            QueryPlan plan = idx.plan("城乡居民基本养老保险");
            assertThat(plan.words()).containsExactly("城乡居民基本养老保险");
            assertThat(idx.ids("城乡居民基本养老保险")).containsExactly("farm");
        }
    }

    // --- ranking ---

    @Test
    void a_repealed_document_weighs_035_of_the_same_one_in_force() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("repealed", "临时救助办法", null, TODAY, TODAY.minusDays(1), List.of()),
                doc("repealed-today", "临时救助办法", null, TODAY, TODAY, List.of()),
                doc("to-be-repealed", "临时救助办法", null, TODAY, TODAY.plusDays(1), List.of()),
                doc("in-force", "临时救助办法", null, TODAY, null, List.of())))) {
            List<RuleIndex.Hit> hits = idx.hits("临时救助", null);
            assertThat(hits).extracting(RuleIndex.Hit::id)
                    .containsExactly("to-be-repealed", "in-force", "repealed", "repealed-today");
            float full = hits.get(0).score();
            assertThat(hits.get(1).score()).isEqualTo(full);
            assertThat(hits.get(2).score() / full).isCloseTo(0.35f, within(1e-5f));
            assertThat(hits.get(3).score() / full).isCloseTo(0.35f, within(1e-5f));
        }
    }

    @Test
    void a_year_old_notice_weighs_1_over_1_4_and_a_future_or_undated_one_is_not_aged() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("old", "临时救助办法", null, TODAY.minusDays(365), null, List.of()),
                doc("undated", "临时救助办法", null, null, null, List.of()),
                doc("future", "临时救助办法", null, TODAY.plusDays(30), null, List.of()),
                doc("today", "临时救助办法", null, TODAY, null, List.of())))) {
            List<RuleIndex.Hit> hits = idx.hits("临时救助", null);
            assertThat(hits).extracting(RuleIndex.Hit::id).containsExactly("undated", "future", "today", "old");
            float full = hits.get(0).score();
            assertThat(hits.get(1).score()).isEqualTo(full);
            assertThat(hits.get(2).score()).isEqualTo(full);
            assertThat(hits.get(3).score() / full).isCloseTo((float) (1 / 1.4), within(1e-5f));
        }
    }

    @Test
    void the_askers_village_doubles_another_village_weighs_06_and_unknown_asker_08() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "", "石门村: 石门\n王家村\n", List.of(NOISE,
                doc("other", "公路硬化公示", null, TODAY, null, List.of("王家村")),
                doc("district", "公路硬化公示", null, TODAY, null, List.of()),
                doc("both", "公路硬化公示", null, TODAY, null, List.of("王家村", "石门村")),
                doc("own", "公路硬化公示", null, TODAY, null, List.of("石门村"))))) {
            List<RuleIndex.Hit> asked = idx.hits("公路硬化", "石门村");
            assertThat(asked).extracting(RuleIndex.Hit::id).containsExactly("both", "own", "district", "other");
            float district = asked.get(2).score();
            assertThat(asked.get(0).score() / district).isCloseTo(2f, within(1e-5f));
            assertThat(asked.get(1).score() / district).isCloseTo(2f, within(1e-5f));
            assertThat(asked.get(3).score() / district).isCloseTo(0.6f, within(1e-5f));
            // Named in the words (石门 is the village's other name) it counts the same.
            assertThat(idx.hits("石门公路硬化", null)).extracting(RuleIndex.Hit::id)
                    .containsExactly("both", "own", "district", "other");
            List<RuleIndex.Hit> anyone = idx.hits("公路硬化", null);
            assertThat(anyone).extracting(RuleIndex.Hit::id).containsExactly("district", "other", "both", "own");
            assertThat(anyone.get(1).score() / anyone.get(0).score()).isCloseTo(0.8f, within(1e-5f));
            // A village the index has never heard of: every village's notice is another's.
            List<RuleIndex.Hit> stranger = idx.hits("公路硬化", "李庄");
            assertThat(stranger.get(1).score() / stranger.get(0).score()).isCloseTo(0.6f, within(1e-5f));
        }
    }

    @Test
    void the_ranking_multiplier_is_a_value_with_equality() {
        RankBoost a = new RankBoost(TODAY, "石门村");
        assertThat(a).isEqualTo(new RankBoost(TODAY, "石门村")).hasSameHashCodeAs(new RankBoost(TODAY, "石门村"));
        assertThat(a).isNotEqualTo(new RankBoost(TODAY, "王家村")).isNotEqualTo(new RankBoost(TODAY.plusDays(1), "石门村"))
                .isNotEqualTo("石门村");
        assertThat(a.toString()).isEqualTo("RankBoost(石门村)");
        assertThat(a.needsScores()).isFalse();
        assertThat(a.rewrite(null)).isSameAs(a);
        assertThat(a.isCacheable(null)).isFalse();
    }
}
