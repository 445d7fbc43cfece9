package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, thirteenth round, the no-answer side: questions sharing everyday words with a notice
 * that does not answer them. A market price per unit is not a subsidy per 亩 ({@link PriceAsked}); a
 * winter asked as a span of two years is not another winter's notice ({@link YearAsked#span}); an
 * annual report on disclosure work answers questions about that work or its body ({@link WorkReport});
 * a word no title has, right before a listed benefit's name, names another kind of it (职工养老保险:
 * {@link HeadSubject#beforeListedBenefit}). The questions are new ones, in no judged set.
 */
class SearchRoundThirteenNoneTest {
    @TempDir Path dir;

    @Test
    void a_price_per_unit_is_asked_and_answered_only_by_a_price_stated() {
        assertThat(PriceAsked.asked("新玉米一斤多少钱")).isTrue();
        assertThat(PriceAsked.asked("取暖用的煤多少钱一吨")).isTrue();
        assertThat(PriceAsked.asked("粮库收购价是多少")).isTrue();
        // Asked with the money paid for it, it is a subsidy question.
        assertThat(PriceAsked.asked("青贮秸秆每吨补贴多少钱")).isFalse();
        assertThat(PriceAsked.asked("取暖救助金发多少钱")).isFalse();
        assertThat(PriceAsked.asked("住一个月多少钱")).isFalse();
        assertThat(PriceAsked.states(notice("玉米收购价每斤1.2元，由粮库收购。"))).isTrue();
        assertThat(PriceAsked.states(notice("自来水价格调整为3.5元/吨。"))).isTrue();
        assertThat(PriceAsked.states(notice("秸秆打捆离田的，每亩补助25元。"))).isFalse();
        assertThat(PriceAsked.states(notice("青贮秸秆每吨补贴50元。"))).isFalse();
    }

    @Test
    void a_span_of_two_years_is_one_winter() {
        assertThat(YearAsked.span("2025—2026年冬季取暖")).isEqualTo(2025);
        assertThat(YearAsked.span("2025-2026年度")).isEqualTo(2025);
        // The dash dropped by the planner: the two years stand together.
        assertThat(YearAsked.span("20252026年冬季")).isEqualTo(2025);
        assertThat(YearAsked.span("2026年冬季")).isNull();
        assertThat(YearAsked.span("2024年和2026年")).isNull();
        Disclosure next = titled("关于发放2026—2027年冬春取暖救助金的公告", LocalDate.of(2026, 11, 18));
        Disclosure rule = titled("临时救助实施细则", LocalDate.of(2025, 3, 1));
        // Published in 2026, but its winter starts in 2026: not 2025—2026's.
        assertThat(YearAsked.keep(List.of(next, rule), 2026, false, 2025)).isEmpty();
        assertThat(YearAsked.keep(List.of(next, rule), 2027, false, 2026)).containsExactly(next, rule);
        assertThat(YearAsked.keep(List.of(next, rule), 2026, false, null)).containsExactly(next, rule);
    }

    @Test
    void a_word_no_title_has_right_before_a_listed_benefit_names_its_kind() {
        QueryPlan.Term pension = new QueryPlan.Term("养老保险", Set.of("养老保险", "城乡居民基本养老保险", "新农保"), false,
                false, false, 0.03, true, true);
        QueryPlan.Term employee = new QueryPlan.Term("职工", Set.of("职工"), false, false, true, 0.03, false, true);
        QueryPlan.Term farmer = new QueryPlan.Term("农民", Set.of("农民"), false, false, false, 0.05, false, true);
        QueryPlan.Term rural = new QueryPlan.Term("农村", Set.of("农村"), false, false, false, 0.3, true, true);
        assertThat(HeadSubject.beforeListedBenefit(plan("企业职工养老保险交多少", employee, pension)))
                .containsExactly(employee);
        // A way of saying an official name (农民 … 新农保), a word titles have, a word not right before: none.
        assertThat(HeadSubject.beforeListedBenefit(plan("农民养老保险交多少", farmer, pension))).isEmpty();
        assertThat(HeadSubject.beforeListedBenefit(plan("农村养老保险交多少", rural, pension))).isEmpty();
        assertThat(HeadSubject.beforeListedBenefit(plan("养老保险职工能交吗", employee, pension))).isEmpty();
    }

    @Test
    void over_the_sample_such_questions_find_nothing_and_their_neighbours_their_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // Market prices: no notice states one.
            assertThat(ids(s, "秸秆卖给收储点一吨多少钱")).isEmpty();
            assertThat(ids(s, "烧炕的煤多少钱一吨")).isEmpty();
            // A winter the district published no grant for.
            assertThat(ids(s, "2025-2026年冬天困难户取暖救助金每户多少钱")).isEmpty();
            // A national tax question is not answered by another body's annual report.
            assertThat(ids(s, "年度个税申报怎么操作")).isEmpty();
            // Another kind of a listed benefit.
            assertThat(ids(s, "企业职工养老保险一年交多少")).isEmpty();
            assertThat(ids(s, "城镇职工养老保险怎么交")).isEmpty();
            assertThat(ids(s, "清洁取暖补贴每户多少")).isEmpty();
            // Their published neighbours still answer.
            assertThat(ids(s, "秸秆打捆每亩补多少钱")).contains("QH-2026-0016");
            assertThat(ids(s, "取暖救助金发多少钱")).contains("QH-2026-0018");
            assertThat(ids(s, "2026—2027年取暖救助金每户多少钱")).contains("QH-2026-0018");
            assertThat(ids(s, "低保户取暖补贴发多少")).contains("QH-2026-0018");
            assertThat(ids(s, "农民养老保险一年交多少")).contains("QH-2026-0002");
            assertThat(ids(s, "政府信息公开年度报告")).contains("QH-2026-0001");
            assertThat(ids(s, "下府开发区年度报告")).containsExactly("SEED-2025-REPORT");
        }
    }

    private static QueryPlan plan(String text, QueryPlan.Term... terms) {
        return new QueryPlan(List.of(terms), List.of(), null, null, text);
    }

    private static Disclosure notice(String body) {
        return new Disclosure("T-1", "通知", null, null, null, null, "通知", LocalDate.of(2026, 1, 1), null, List.of(),
                null, body, null);
    }

    private static Disclosure titled(String title, LocalDate published) {
        return new Disclosure("T-" + title.hashCode(), title, null, null, null, null, "公告", published, null, List.of(),
                null, "正文", null);
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
