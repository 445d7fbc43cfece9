package cn.gongkai.report;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.Fees;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.ResultCode;
import cn.gongkai.requests.Review;
import cn.gongkai.requests.ReviewKind;
import cn.gongkai.requests.ReviewOutcome;
import cn.gongkai.requests.Rules;
import cn.gongkai.requests.WorkCalendar;

import static cn.gongkai.report.AnnualReportTest.broken;
import static cn.gongkai.report.AnnualReportTest.copy;
import static cn.gongkai.report.AnnualReportTest.disclosure;
import static cn.gongkai.report.AnnualReportTest.req;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import cn.gongkai.corpus.Disclosure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statutory rules one at a time: report cross-sums, report counting, calendar, periods, fees. */
class StatutoryRulesTest {

    // --- 三(七): the result total ---

    @Test
    void a_result_total_that_is_not_the_sum_of_the_results_is_refused_in_every_column() {
        for (int c = 0; c < AnnualReport.COLUMNS.size(); c++) {
            Map<String, long[]> t = copy(broken(null, null).section3());
            // Balanced rows and columns (NEW 1 = RESULT_TOTAL 1), but no result row says which.
            t.get("NEW")[c] = 1;
            t.get("RESULT_TOTAL")[c] = 1;
            List<ReportChecks.Check> checks = ReportChecks.run(broken(t, null));
            assertThat(checks.get(0).ok()).isTrue();
            assertThat(checks.get(2).ok()).as("column %d", c).isFalse();
            assertThat(checks.get(2).failures()).hasSize(c == 6 ? 1 : 1);
            assertThat(checks.get(2).failures().get(0))
                    .isEqualTo("表三 RESULT_TOTAL (" + AnnualReport.rowLabel("RESULT_TOTAL") + ") 行 "
                            + AnnualReport.COLUMNS.get(c) + " (" + AnnualReport.columnLabel(AnnualReport.COLUMNS.get(c))
                            + ") 列: 总计 = 1，各项办理结果之和 = 0");
        }
    }

    @Test
    void every_result_row_counts_towards_the_result_total() {
        for (ResultCode r : ResultCode.values()) {
            Map<String, long[]> t = copy(broken(null, null).section3());
            t.get(r.name())[0] = 1;
            t.get(r.name())[6] = 1;
            t.get("RESULT_TOTAL")[0] = 1;
            t.get("RESULT_TOTAL")[6] = 1;
            t.get("NEW")[0] = 1;
            t.get("NEW")[6] = 1;
            List<ReportChecks.Check> checks = ReportChecks.verify(broken(t, null));
            assertThat(checks).as(r.name()).allMatch(ReportChecks.Check::ok);
            assertThat(checks).extracting(ReportChecks.Check::failures).allMatch(List::isEmpty);
        }
    }

    @Test
    void the_checks_are_named_and_a_single_failure_is_reported_without_a_count() {
        AnnualReport ok = broken(null, null);
        assertThat(ReportChecks.run(ok)).extracting(ReportChecks.Check::rule).containsExactly(
                "表三 每一列: NEW + CARRIED_IN = RESULT_TOTAL + CARRIED_OUT",
                "表三 每一行: TOTAL = 六类申请人之和",
                "表三 每一列: RESULT_TOTAL = 各项办理结果之和",
                "表四: 各总计 = 其四项之和",
                "短信、自助终端、网络提交的申请均已确认收到");
        Map<String, Long> s4 = new LinkedHashMap<>(ok.section4());
        s4.put("SUIT_DIRECT_TOTAL", 1L);
        assertThatThrownBy(() -> ReportChecks.verify(broken(null, s4)))
                .isInstanceOf(UserException.class)
                .hasMessage("年度报告勾稽关系不成立，未输出: 表四 SUIT_DIRECT_TOTAL 列: 总计 = 1，四项之和 = 0");
    }

    @Test
    void carried_requests_balance_the_columns_both_ways() {
        Map<String, long[]> t = copy(broken(null, null).section3());
        t.get("CARRIED_IN")[2] = 2;
        t.get("CARRIED_IN")[6] = 2;
        t.get("CARRIED_OUT")[2] = 2;
        t.get("CARRIED_OUT")[6] = 2;
        assertThat(ReportChecks.run(broken(t, null))).allMatch(ReportChecks.Check::ok);
        t.get("CARRIED_OUT")[2] = 1;
        t.get("CARRIED_OUT")[6] = 1;
        assertThat(ReportChecks.run(broken(t, null)).get(0).failures()).hasSize(2);
    }

    // --- 表四: each total is the sum of its four outcomes ---

    @Test
    void each_of_the_four_outcomes_adds_to_its_groups_total() {
        for (String g : AnnualReport.REVIEW_GROUPS) {
            for (String o : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING")) {
                Map<String, Long> s4 = new LinkedHashMap<>(broken(null, null).section4());
                s4.put(g + "_" + o, 2L);
                s4.put(g + "_TOTAL", 2L);
                assertThat(ReportChecks.reviewTotals(s4).ok()).as("%s_%s", g, o).isTrue();
            }
            Map<String, Long> s4 = new LinkedHashMap<>(broken(null, null).section4());
            s4.put(g + "_UPHELD", 1L);
            s4.put(g + "_CORRECTED", 2L);
            s4.put(g + "_OTHER", 4L);
            s4.put(g + "_PENDING", 8L);
            s4.put(g + "_TOTAL", 15L);
            assertThat(ReportChecks.reviewTotals(s4).ok()).isTrue();
            s4.put(g + "_TOTAL", 14L);
            assertThat(ReportChecks.reviewTotals(s4).failures()).containsExactly(
                    "表四 " + g + "_TOTAL 列: 总计 = 14，四项之和 = 15");
        }
    }

    // --- section 二: repeals and issues of the year only ---

    @Test
    void repeals_and_issues_of_other_years_are_not_counted_in_section_two() {
        List<Disclosure> ds = List.of(
                disclosure("a", "规范", "规范性文件", of(2020, 3, 1), of(2024, 6, 1)),
                disclosure("b", "规范", "规范性文件", of(2020, 3, 1), of(2026, 6, 1)),
                disclosure("c", "规范", "规范性文件", of(2020, 3, 1), of(2025, 12, 31)),
                disclosure("d", "规范", "规范性文件", of(2024, 12, 31), null),
                disclosure("e", "规范", " 规章 ", of(2025, 1, 1), null),
                disclosure("f", "规范", null, of(2025, 1, 1), null),
                disclosure("g", "规范", "规范性文件", null, null));
        assertThat(AnnualReportBuilder.docs(2025, ds, "规范性文件")).isEqualTo(new AnnualReport.Docs(0, 1, 2));
        assertThat(AnnualReportBuilder.docs(2025, ds, "规章")).isEqualTo(new AnnualReport.Docs(1, 0, 1));
        assertThat(AnnualReportBuilder.docs(2024, ds, "规范性文件")).isEqualTo(new AnnualReport.Docs(1, 1, 3));
    }

    @Test
    void published_by_category_counts_the_year_only_most_first_blank_as_other() {
        List<Disclosure> ds = List.of(
                disclosure("a", "应急管理", "通知", of(2025, 1, 1), null),
                disclosure("b", " 应急管理 ", "通知", of(2025, 2, 1), null),
                disclosure("c", "安全生产", "通知", of(2025, 3, 1), null),
                disclosure("d", "人居环境", "通知", of(2025, 3, 1), null),
                disclosure("e", " ", "通知", of(2025, 3, 1), null),
                disclosure("f", null, "通知", of(2025, 3, 1), null),
                disclosure("g", null, "通知", of(2025, 3, 1), null),
                disclosure("h", "应急管理", "通知", of(2024, 3, 1), null),
                disclosure("i", "应急管理", "通知", null, null));
        Map<String, Integer> m = AnnualReportBuilder.publishedByCategory(2025, ds);
        assertThat(m.keySet()).containsExactly("其他", "应急管理", "人居环境", "安全生产");
        assertThat(m.values()).containsExactly(3, 2, 1, 1);
        assertThat(AnnualReportTest.build(2025, ds, ReportRecord.empty(), YearlyFigures.zero(2025)).publishedTotal())
                .isEqualTo(7);
    }

    // --- section 三 and 四 counting ---

    @Test
    void a_request_never_confirmed_as_received_is_not_counted() {
        ReportRecord.Counted unreceived = req(ApplicantType.BUSINESS, null, null, null);
        Map<String, long[]> t = AnnualReportBuilder.section3(2025, List.of(unreceived,
                req(ApplicantType.OTHER_ORG, of(2025, 12, 31), of(2025, 12, 31), ResultCode.GRANTED)));
        assertThat(t.get("NEW")).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(t.get("RESULT_TOTAL")).containsExactly(0, 0, 0, 0, 0, 1, 1);
        assertThat(t.get("CARRIED_OUT")).containsExactly(0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void reviews_decided_in_the_year_count_by_outcome_and_undecided_ones_as_pending() {
        List<Review> reviews = List.of(
                new Review(1, 1, ReviewKind.REVIEW, of(2025, 1, 1), ReviewOutcome.OTHER, of(2025, 12, 31), null),
                new Review(2, 1, ReviewKind.REVIEW, of(2024, 1, 1), ReviewOutcome.CORRECTED, of(2024, 12, 31), null),
                new Review(3, 1, ReviewKind.REVIEW, of(2026, 1, 1), ReviewOutcome.PENDING, null, null),
                new Review(4, 1, ReviewKind.SUIT_AFTER_REVIEW, of(2025, 12, 31), ReviewOutcome.PENDING, null, null));
        Map<String, Long> s4 = AnnualReportBuilder.section4(2025, reviews);
        assertThat(s4).containsEntry("REVIEW_OTHER", 1L).containsEntry("REVIEW_CORRECTED", 0L)
                .containsEntry("REVIEW_PENDING", 0L).containsEntry("REVIEW_TOTAL", 1L)
                .containsEntry("SUIT_AFTER_REVIEW_PENDING", 1L).containsEntry("SUIT_AFTER_REVIEW_TOTAL", 1L)
                .hasSize(15);
    }

    // --- calendar and periods ---

    static final LocalDate SAT = of(2030, 1, 5);

    @Test
    void a_working_weekend_works_a_holiday_rests_and_other_days_follow_the_week() {
        WorkCalendar c = new WorkCalendar(Set.of(2030), Map.of(of(2030, 1, 1), "元旦"), Set.of(SAT));
        assertThat(c.isWorkingDay(SAT)).isTrue();
        assertThat(c.isWorkingDay(SAT.plusDays(1))).isFalse();
        assertThat(c.isWorkingDay(SAT.plusDays(7))).isFalse();
        assertThat(c.isWorkingDay(of(2030, 1, 1))).isFalse();
        assertThat(c.isWorkingDay(of(2030, 1, 2))).isTrue();
        assertThat(c.holidayName(of(2030, 1, 1))).isEqualTo("元旦");
        assertThat(c.holidayName(of(2030, 1, 2))).isNull();
        assertThat(c.covers(of(2030, 6, 1))).isTrue();
        assertThat(c.covers(of(2031, 6, 1))).isFalse();
        assertThat(WorkCalendar.weekdaysOnly().years()).isEmpty();
    }

    @Test
    void periods_start_the_day_after_and_estimate_outside_the_calendar() {
        Deadlines d = new Deadlines(new WorkCalendar(Set.of(2030), Map.of(), Set.of()));
        // Monday 7 January 2030: seven working days later is Wednesday 16 January.
        assertThat(d.correctionDue(of(2030, 1, 7))).isEqualTo(new Deadlines.Due(of(2030, 1, 16), false));
        assertThat(d.answerDue(of(2030, 1, 7), 0, List.of())).isEqualTo(new Deadlines.Due(of(2030, 2, 4), false));
        assertThat(d.answerDue(of(2030, 1, 7), 20, List.of()).date()).isEqualTo(of(2030, 3, 4));
        assertThat(d.answerDue(of(2030, 12, 20), 0, List.of())).isEqualTo(new Deadlines.Due(of(2031, 1, 17), true));
        assertThat(d.addWorkingDays(of(2030, 1, 7), 0, List.of())).isEqualTo(new Deadlines.Due(of(2030, 1, 7), false));
        assertThatThrownBy(() -> d.answerDue(of(2030, 1, 7), 21, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.answerDue(of(2030, 1, 7), -1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.answerDue(of(2030, 1, 7), 1, List.of()).date()).isEqualTo(of(2030, 2, 5));
        assertThat(d.calendar().covers(of(2030, 1, 1))).isTrue();
    }

    @Test
    void a_pause_stops_the_clock_after_its_first_day_up_to_its_last_and_an_open_one_is_refused() {
        Deadlines d = new Deadlines(new WorkCalendar(Set.of(2030), Map.of(), Set.of()));
        Deadlines.Pause week = new Deadlines.Pause(of(2030, 1, 7), of(2030, 1, 14));
        // Mon 7th counts; Tue 8th..Mon 14th stand still; Tue 15th onwards count again.
        assertThat(d.addWorkingDays(of(2030, 1, 6), 2, List.of(week)).date()).isEqualTo(of(2030, 1, 15));
        assertThat(d.workingDaysBetween(of(2030, 1, 6), of(2030, 1, 15), List.of(week))).isEqualTo(2);
        assertThat(d.workingDaysBetween(of(2030, 1, 6), of(2030, 1, 15), List.of())).isEqualTo(7);
        assertThat(d.workingDaysBetween(of(2030, 1, 6), of(2030, 1, 6), List.of())).isZero();
        assertThatThrownBy(() -> d.addWorkingDays(of(2030, 1, 6), 2, List.of(new Deadlines.Pause(of(2030, 1, 7), null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030-01-07");
        assertThat(new Deadlines.Pause(of(2030, 1, 7), null).stops(of(2030, 3, 1))).isTrue();
        assertThat(new Deadlines.Pause(of(2030, 1, 7), null).stops(of(2030, 1, 7))).isFalse();
        assertThat(week.stops(of(2030, 1, 14))).isTrue();
        assertThat(week.stops(of(2030, 1, 15))).isFalse();
    }

    @Test
    void days_left_count_working_days_both_ways() {
        Deadlines d = new Deadlines(new WorkCalendar(Set.of(2030), Map.of(), Set.of()));
        LocalDate fri = of(2030, 1, 11);
        assertThat(d.workingDaysLeft(of(2030, 1, 7), fri)).isEqualTo(4);
        assertThat(d.workingDaysLeft(fri, fri)).isZero();
        assertThat(d.workingDaysLeft(of(2030, 1, 14), fri)).isEqualTo(-1);
        assertThat(Deadlines.overdue(fri.plusDays(1), fri)).isTrue();
        assertThat(Deadlines.overdue(fri, fri)).isFalse();
    }

    // --- fees and rules ---

    @Test
    void fee_bands_at_their_edges() {
        assertThat(Fees.itemRate(10)).isZero();
        assertThat(Fees.itemRate(11)).isEqualTo(100);
        assertThat(Fees.itemRate(30)).isEqualTo(100);
        assertThat(Fees.itemRate(50)).isEqualTo(300);
        assertThat(Fees.perItem(0, 0)).isZero();
        assertThat(Fees.perItem(10, 2)).isEqualTo(200);
        assertThat(Fees.perPage(0)).isZero();
        assertThat(Fees.perPage(201)).isEqualTo(700 + 2000 + 40);
        assertThatThrownBy(() -> Fees.perItem(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("earlier items must not be negative: -1");
        assertThatThrownBy(() -> Fees.perItem(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fees.quote(Fees.Basis.PER_ITEM, 0, 0)).isZero();
    }

    @Test
    void a_request_id_must_exist_in_the_real_database(@TempDir Path home) {
        Database db = Database.open(new Home(home));
        RequestService service = new RequestService(db, new Deadlines(WorkCalendar.weekdaysOnly()),
                Clock.fixed(Instant.parse("2030-01-07T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        long id = service.add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "13812345678", true,
                RequestChannel.IN_PERSON, "村道硬化工程资金使用情况", "纸质", of(2030, 1, 7), null), "王芳");
        long found = db.read(tx -> Rules.existing(tx, id));
        assertThat(found).isEqualTo(id);
        assertThatThrownBy(() -> db.read(tx -> Rules.existing(tx, id + 1))).isInstanceOf(UserException.class)
                .hasMessage("没有编号为 " + (id + 1) + " 的申请");
    }

    @Test
    void staff_input_rules_refuse_future_dates_and_missing_actors() {
        LocalDate today = of(2026, 3, 1);
        Rules.notInFuture(today, today);
        assertThatThrownBy(() -> Rules.notInFuture(today.plusDays(1), today)).isInstanceOf(UserException.class)
                .hasMessage("日期 2026-03-02 晚于今天 2026-03-01");
        assertThatThrownBy(() -> Rules.notInFuture(null, today)).hasMessage("缺少日期");
        assertThat(Rules.actor("  王会计 ")).isEqualTo("王会计");
        assertThatThrownBy(() -> Rules.actor(" ")).hasMessage("缺少经办人 (--actor)");
        assertThatThrownBy(() -> Rules.actor(null)).hasMessage("缺少经办人 (--actor)");
        assertThat(Rules.noSuch(7)).hasMessage("没有编号为 7 的申请");
        Rules.require(true, "不会出现");
        assertThatThrownBy(() -> Rules.require(false, "原因")).hasMessage("原因");
    }
}
