package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: the mutants that survived the search group after rounds four and five, each pinned by
 * the edge case its mutation changes (README, "Mutation testing").
 */
class SearchSurvivorsTest {
    @TempDir Path dir;

    /** A planner vocabulary that knows every word as typed and has no sound-alikes. */
    private static QueryPlanner.Vocabulary vocabulary(Set<String> titled) {
        return RuleIndex.everyWord(titled, word -> 0);
    }

    @Test
    void a_dialect_word_brings_another_dialect_lines_head_only_if_the_district_lists_it() {
        // 乙 heads a dialect line and is in the district's list; 丁 heads one and is not. Since round
        // eight the official words of one dialect line (乙, 丁 of 甲's line) do not mean each other.
        Synonyms s = new Synonyms(List.of(List.of("乙", "丙"), List.of("甲", "乙", "丁"), List.of("乙", "戊"),
                List.of("丁", "己")), 1);
        assertThat(s.expand("甲")).containsExactlyInAnyOrder("甲", "乙", "丁", "丙");
        assertThat(s.expand("丁")).containsExactlyInAnyOrder("丁", "己");
        assertThat(s.expand("乙")).containsExactlyInAnyOrder("乙", "丙", "戊");
    }

    @Test
    void a_card_after_a_term_is_looked_for_only_inside_the_question() {
        QueryPlanner planner = new QueryPlanner(Synonyms.parse("synonyms.txt", "账本, 账目\n"),
                Villages.parse("villages.txt", ""));
        assertThat(planner.cardIsAWord("村上的账本", "账")).isTrue();
        assertThat(planner.cardIsAWord("低保", "低保")).isFalse(); // nothing follows the term
        assertThat(planner.cardIsAWord("低保", "证")).isFalse(); // the term is not in the question
    }

    @Test
    void a_known_word_is_titled_as_the_vocabulary_says_and_not_by_default() {
        QueryPlanner planner = new QueryPlanner(Synonyms.parse("synonyms.txt", ""), Villages.parse("villages.txt", ""));
        assertThat(planner.plan("厕所", vocabulary(Set.of("厕所"))).terms()).extracting(QueryPlan.Term::titled)
                .containsExactly(true);
        QueryPlanner.Vocabulary untold = new QueryPlanner.Vocabulary() {
            @Override
            public Set<String> soundAlikes(String word) {
                return Set.of();
            }

            @Override
            public boolean appearsAsTyped(String word) {
                return true;
            }
        };
        assertThat(planner.plan("厕所", untold).terms()).extracting(QueryPlan.Term::titled).containsExactly(false);
    }

    @Test
    void a_two_character_word_can_be_titled() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("toilet", "农村户用卫生厕所问题排查整改", "厕所冬季防冻", "整改。")))) {
            assertThat(idx.alikes.titled("厕所")).isTrue();
            assertThat(idx.alikes.titled("厕")).isFalse();
        }
    }

    @Test
    void an_anchor_needs_official_words_beside_it() {
        Synonyms s = Synonyms.parse("dialect.txt", "看山的, 护林员\n");
        assertThat(Anchors.anchors(new QueryPlan.Term("看山的", s.expand("看山的"), false, false, false), s)).isTrue();
        assertThat(Anchors.anchors(new QueryPlan.Term("看山的", Set.of("看山的"), false, false, false), s)).isFalse();
    }

    @Test
    void everyday_words_do_not_count_when_telling_whether_the_subject_is_unknown() {
        Synonyms s = Synonyms.parse("dialect.txt", "看山的, 护林员\n");
        QueryPlan.Term anchor = new QueryPlan.Term("看山的", s.expand("看山的"), false, false, false);
        QueryPlan.Term hire = new QueryPlan.Term("招人", Set.of("招人"), true, true, false);
        QueryPlan.Term holding = new QueryPlan.Term("拿着", Set.of("拿着"), true, true, false);
        QueryPlan.Term how = new QueryPlan.Term("怎么", Set.of("怎么"), false, false, true);
        // Two unknown words the dictionary names beside one anchor: the question asks about something
        // else, nothing changes, however many everyday words stand beside them.
        QueryPlan.Term officer = new QueryPlan.Term("公务员", Set.of("公务员"), true, true, false);
        QueryPlan.Term police = new QueryPlan.Term("警察", Set.of("警察"), true, true, false);
        assertThat(Anchors.apply(List.of(anchor, officer, police, how), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false, false, true);
        // Fragments the dictionary lacks (招人, 拿着) tell about the asker: they only rank (AskerWords).
        assertThat(Anchors.apply(List.of(anchor, hire, holding, how), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true, true, true);
    }

    @Test
    void a_two_character_known_word_is_no_predicates_subject() {
        QueryPlan.Term getIt = new QueryPlan.Term("办证", Set.of("办证"), true, true, false);
        QueryPlan.Term check = new QueryPlan.Term("验证", Set.of("验证"), false, false, false);
        assertThat(SpokenPredicates.predicate(getIt, List.of(check, getIt))).isFalse();
    }

    @Test
    void a_notice_is_of_a_year_by_its_date_when_its_title_names_none() {
        Disclosure dated = doc("a", "低保标准调整通知", null, LocalDate.of(2025, 3, 1), null, List.of());
        Disclosure undated = doc("b", "低保标准调整通知", null, null, null, List.of());
        assertThat(YearAsked.ofYear(dated, 2025)).isTrue();
        assertThat(YearAsked.ofYear(dated, 2024)).isFalse();
        assertThat(YearAsked.ofYear(undated, 2025)).isFalse();
    }

    @Test
    void a_two_character_rare_word_before_a_benefit_names_a_kind() {
        String rare = "汛期";
        assertThat(GeneralFrequency.of(rare)).isBetween(1, GeneralFrequency.COMMON - 1);
        QueryPlan.Term benefit = new QueryPlan.Term("老人补贴", Set.of("老人补贴", "高龄津贴"), false, false, false);
        QueryPlan.Term modifier = new QueryPlan.Term(rare, Set.of(rare), true, true, false);
        assertThat(UnpublishedKind.asked(rare + "老人补贴", List.of(benefit, modifier))).isTrue();
    }
}
