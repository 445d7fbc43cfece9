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
 * {@link RankBoost}, the multiplier on each match's text score: documents that differ only in
 * what one factor reads (repeal, age, village) score in exactly that factor's ratio.
 */
class RankBoostTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

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
