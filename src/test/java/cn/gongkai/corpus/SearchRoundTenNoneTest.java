package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, tenth round, the no-answer side: near-topic questions about something the district never
 * published. {@link KindOf}: a dictionary word the corpus lacks, written against a district word,
 * names a kind of it (农村宅基地, 农机驾驶证). A unit between a benefit and its money word (饲料每吨补贴)
 * leaves the benefit its head ({@link HeadSubject}). A year said as a period (2024年度) is the period a
 * notice is titled with, not the year it was published ({@link YearAsked}).
 */
class SearchRoundTenNoneTest {
    @TempDir Path dir;

    @Test
    void only_words_naming_something_are_kinds() {
        // An occupation, a thing, a place, an administrative act.
        assertThat(KindOf.names("医生")).isTrue();
        assertThat(KindOf.names("驾驶证")).isTrue();
        assertThat(KindOf.names("宅基地")).isTrue();
        assertThat(KindOf.names("备案")).isTrue();
        // Amounts asked of a published topic, totals, circumstances, judgements: no kind of anything.
        assertThat(KindOf.names("生活费")).isFalse();
        assertThat(KindOf.names("一共")).isFalse();
        assertThat(KindOf.names("常年")).isFalse();
        assertThat(KindOf.names("犯法")).isFalse();
        // A fragment nobody writes (the dictionary lacks it) is no candidate whatever it looks like.
        assertThat(KindOf.candidate(new QueryPlan.Term("驾驶证", Set.of("驾驶证"), true, true, false, 0))).isTrue();
        assertThat(KindOf.candidate(new QueryPlan.Term("驾驶证", Set.of("驾驶证"), false, false, false, 0.02))).isFalse();
        assertThat(KindOf.candidate(new QueryPlan.Term("驾驶证", Set.of("驾驶证"), true, true, true, 0))).isFalse();
    }

    @Test
    void a_unit_between_the_benefit_and_its_money_word_leaves_the_benefit_its_head() {
        QueryPlan plan = new QueryPlan(List.of(term("秸秆"), term("饲料"), generic("补贴")), List.of(), null, null,
                "秸秆做青贮饲料每吨补贴多少钱");
        assertThat(HeadSubject.all(plan).stream().map(QueryPlan.Term::text).toList()).containsExactly("饲料");
        // Without a unit, a word that is not the money word's neighbour is still no head.
        QueryPlan far = new QueryPlan(List.of(term("饲料"), generic("补贴")), List.of(), null, null, "饲料多少吨补贴");
        assertThat(HeadSubject.all(far)).isEmpty();
    }

    @Test
    void a_period_named_by_the_question_is_the_period_a_notice_is_titled_with() {
        Disclosure for2025 = doc("关于开展2025年度城乡居民基本医疗保险集中缴费工作的通知", LocalDate.of(2024, 9, 12));
        Disclosure for2026 = doc("关于开展2026年度城乡居民基本医疗保险集中缴费工作的通知", LocalDate.of(2025, 9, 10));
        assertThat(YearAsked.period("2024年度城乡居民医保个人交多少钱")).isTrue();
        assertThat(YearAsked.period("2024年医保交多少钱")).isFalse();
        assertThat(YearAsked.keep(List.of(for2025, for2026), 2024, true)).isEmpty();
        assertThat(YearAsked.keep(List.of(for2025, for2026), 2025, true)).containsExactly(for2025);
        // Said as a plain year, the notice published that year still answers (paid in 2024 for 2025).
        assertThat(YearAsked.keep(List.of(for2025, for2026), 2024, false)).containsExactly(for2025);
    }

    @Test
    void a_year_no_notice_of_a_series_is_for_finds_nothing_not_even_the_undated_notices() {
        Disclosure for2025 = doc("关于开展2025年度城乡居民基本医疗保险集中缴费工作的通知", LocalDate.of(2024, 9, 12));
        Disclosure guide = doc("城乡居民基本医疗保险缴费指南", LocalDate.of(2023, 3, 1));
        // The series has no 2024 notice: the year-less guide does not stand in for it.
        assertThat(YearAsked.keep(List.of(for2025, guide), 2024, true)).isEmpty();
        // With the year's notice there, the guide (titled with no year) is kept beside it.
        assertThat(YearAsked.keep(List.of(for2025, guide), 2025, true)).containsExactly(for2025, guide);
    }

    @Test
    void over_the_sample_kinds_never_published_find_nothing_and_published_ones_their_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "农村宅基地盖房子怎么申请")).isEmpty();
            assertThat(ids(s, "农机驾驶证怎么考 在哪办理")).isEmpty();
            assertThat(ids(s, "乡村医生招聘报名条件")).isEmpty();
            assertThat(ids(s, "农村自来水入户收费标准")).isEmpty();
            assertThat(ids(s, "在外地住院咋备案报销")).isEmpty();
            assertThat(ids(s, "秸秆做青贮饲料每吨补贴多少钱")).isEmpty();
            assertThat(ids(s, "2024年度城乡居民医保个人交多少钱")).isEmpty();
            // Their published neighbours still answer.
            assertThat(ids(s, "农村危房改造怎么申请")).contains("QH-2025-0011");
            assertThat(ids(s, "农机购置补贴怎么申请")).contains("QH-2025-0007");
            assertThat(ids(s, "公益性岗位招聘报名条件")).contains("QH-2026-0008");
            assertThat(ids(s, "秸秆打捆每亩补贴多少钱")).contains("QH-2025-0027");
            assertThat(ids(s, "2025年度城乡居民医保个人交多少钱")).contains("QH-2024-0007");
            // An amount the corpus lacks (生活费), asked of a published topic, is no kind of 基本.
            assertThat(ids(s, "我是农村特困人员，生活半自理，每个月的基本生活费和护理费各是多少？")).isNotEmpty();
        }
    }

    private static QueryPlan.Term term(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, false, 0.02);
    }

    private static QueryPlan.Term generic(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, true, 0.3);
    }

    private static Disclosure doc(String title, LocalDate published) {
        return new Disclosure("D-" + published, title, null, null, "医疗保障局", "社会保障", "通知", published, null,
                List.of(), "缴费通知。", "缴费。", null);
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
