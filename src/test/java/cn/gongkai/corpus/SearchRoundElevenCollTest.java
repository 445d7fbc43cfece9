package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, eleventh round, colloquial side: a spoken question that names a titled topic (厕所) and
 * says the rest in words no notice uses (老伴, 不小心, 整漏, 补修) found nothing, because those words
 * outvoted the topic ({@link AskerRoute}); a size inside a spoken word hid a listed one (扫大道: 扫道,
 * {@link SpokenForms#withoutSize}). The questions here are in no eval set.
 */
class SearchRoundElevenCollTest {
    @TempDir Path dir;

    private static QueryPlan.Term known(String w, boolean titled) {
        return new QueryPlan.Term(w, Set.of(w), false, false, false, 0.07, titled);
    }

    private static QueryPlan.Term unknown(String w) {
        return new QueryPlan.Term(w, Set.of(w), true, true, false, 0, false);
    }

    @Test
    void words_about_the_asker_or_a_doing_step_back_beside_a_titled_topic() {
        QueryPlan plan = new QueryPlan(List.of(known("厕所", true), unknown("小心"), unknown("补修")), List.of(),
                null, null, "不小心把厕所整坏了补修的钱给不");
        QueryPlan relaxed = AskerRoute.relax(plan);
        assertThat(relaxed).isNotNull();
        assertThat(relaxed.terms()).extracting(QueryPlan.Term::generic).containsExactly(false, true, true);
        // No titled word left to name the subject: nothing.
        assertThat(AskerRoute.relax(new QueryPlan(List.of(known("厕所", false), unknown("小心")), List.of(), null,
                null, "小心厕所"))).isNull();
        // A word the corpus lacks that is neither about the asker nor a doing (占地) may be what was asked.
        assertThat(AskerRoute.relax(new QueryPlan(List.of(known("修路", true), unknown("占地"), unknown("补偿")),
                List.of(), null, null, "修路占地补偿"))).isNull();
        // Nothing steps back: no second try.
        assertThat(AskerRoute.relax(new QueryPlan(List.of(known("厕所", true)), List.of(), null, null, "厕所")))
                .isNull();
    }

    @Test
    void a_word_right_before_a_benefits_name_narrows_it_and_stays() {
        QueryPlan.Term benefit = new QueryPlan.Term("护理钱", Set.of("护理钱", "护理补贴"), false, false, false, 0.03, true);
        QueryPlan.Term care = unknown("伺候");
        assertThat(AskerRoute.stepsBack(care, new QueryPlan(List.of(benefit, care), List.of(), null, null,
                "伺候护理钱"))).isFalse();
        assertThat(AskerRoute.stepsBack(care, new QueryPlan(List.of(benefit, care), List.of(), null, null,
                "伺候不了护理钱"))).isTrue();
        assertThat(AskerRoute.stepsBack(known("厕所", true), new QueryPlan(List.of(), List.of(), null, null, "")))
                .isFalse();
    }

    @Test
    void a_size_inside_a_spoken_word_is_dropped_only_between_two_characters() {
        assertThat(SpokenForms.withoutSize("扫大道")).isEqualTo("扫道");
        assertThat(SpokenForms.withoutSize("烧小炕")).isEqualTo("烧炕");
        assertThat(SpokenForms.withoutSize("大病")).isNull();
        assertThat(SpokenForms.withoutSize("扫道大")).isNull();
        assertThat(SpokenForms.withoutSize("扫道")).isNull();
    }

    @Test
    void a_spoken_doing_in_the_zhe_form_only_ranks_beside_a_known_subject() {
        assertThat(SpokenPredicates.manner(known("帮着修", false))).isTrue();
        assertThat(SpokenPredicates.manner(known("着火", false))).isFalse();      // 着 first
        assertThat(SpokenPredicates.manner(known("熏着", false))).isFalse();      // 着 last
        assertThat(SpokenPredicates.manner(known("走着瞧", false))).isFalse();    // a dictionary word
        // Runs of three the dictionary lacks: 着 must lead one verb into another, not start or end it.
        assertThat(SpokenPredicates.manner(known("着火了", false))).isFalse();
        assertThat(SpokenPredicates.manner(known("被熏着", false))).isFalse();
        List<QueryPlan.Term> asked = SpokenPredicates.apply(List.of(known("危房", true), known("帮着修", false)));
        assertThat(asked).extracting(QueryPlan.Term::generic).containsExactly(false, true);
        // Without a known subject beside it, nothing steps back.
        assertThat(SpokenPredicates.apply(List.of(known("帮着修", false), unknown("哪个"))))
                .extracting(QueryPlan.Term::generic).containsExactly(false, false);
    }

    @Test
    void over_the_sample_a_titled_topic_answers_and_unpublished_kinds_still_find_nothing() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "俺家老伴不小心把厕所整漏了，公家给修不")).contains("QH-2026-0006");
            assertThat(ids(s, "厕所便器坏了有补修的钱不")).contains("QH-2026-0006");
            assertThat(ids(s, "村里扫大道的一个月给多少钱")).contains("QH-2026-0008");
            assertThat(ids(s, "危房墙裂了政府能帮着修不")).contains("QH-2025-0011");
            assertThat(ids(s, "修路占地补偿每亩多少钱")).isEmpty();
            assertThat(ids(s, "医保卡丢了能帮着补办不")).isEmpty();
            assertThat(ids(s, "独生子女老人补贴咋领")).isEmpty();
            assertThat(ids(s, "养牛补贴一头给多少")).isEmpty();
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 3)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
