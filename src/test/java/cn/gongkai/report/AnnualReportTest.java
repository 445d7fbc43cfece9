package cn.gongkai.report;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.RequestEvent;
import cn.gongkai.requests.RequestState;
import cn.gongkai.requests.ResultCode;
import cn.gongkai.requests.Review;
import cn.gongkai.requests.ReviewKind;
import cn.gongkai.requests.ReviewOutcome;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Disclosure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    static final ReportTemplate TEMPLATE = ReportTemplate.parse(ConfigFiles.readDefault("report.yaml"));

    static Disclosure disclosure(String id, String category, String type, LocalDate published, LocalDate repealed) {
        return new Disclosure(id, "标题" + id, null, null, "下府经济开发区管委会", category, type, published, repealed,
                List.of(), null, "正文", "test");
    }

    /** The seed's year: 37 items published in 2025, none of them 规章 or 规范性文件. */
    static List<Disclosure> seedDisclosures() {
        List<Disclosure> list = new ArrayList<>();
        String[] categories = {"应急管理", "安全生产", "人居环境整治", "农业产业发展"};
        int[] counts = {12, 10, 8, 7};
        int n = 0;
        for (int c = 0; c < categories.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                list.add(disclosure("XF-2025-" + n++, categories[c], "通知", of(2025, 1 + n % 12, 1), null));
            }
        }
        list.add(disclosure("XF-2024-1", "应急管理", "通知", of(2024, 5, 1), null));
        return list;
    }

    static AnnualReport build(int year, List<Disclosure> disclosures, ReportRecord record, YearlyFigures figures) {
        return AnnualReportBuilder.build(year, disclosures, record, figures, TEMPLATE, of(2026, 1, 12));
    }

    static String seed() throws IOException {
        try (InputStream in = AnnualReportTest.class.getResourceAsStream("/seed/000_f6127b063b8388ed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The pipe rows of a report, cell by cell (the {@code |---|} line after each table's first
     * row left out). The seed wraps some narrow headers ("结果 纠正"): normalised away, nothing else.
     */
    static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\|( --- \\|)+");

    static List<List<String>> pipeRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        text.lines().filter(l -> l.startsWith("|") && !SEPARATOR.matcher(l).matches()).forEach(l -> {
            List<String> cells = new ArrayList<>();
            for (String cell : l.substring(1).split("\\|", -1)) {
                cells.add(cell.replaceAll("\\s+", "").replace('“', '"').replace('”', '"'));
            }
            rows.add(cells);
        });
        return rows;
    }

    @Test
    void with_the_seeds_inputs_the_three_tables_match_the_seed_cell_for_cell() throws IOException {
        AnnualReport r = build(2025, seedDisclosures(), ReportRecord.empty(), YearlyFigures.zero(2025));
        String md = ReportFormat.MD.render(r);
        List<List<String>> ours = pipeRows(md);
        List<List<String>> seed = pipeRows(seed());
        assertThat(ours).hasSize(seed.size());
        for (int i = 0; i < seed.size(); i++) {
            assertThat(ours.get(i)).as("table row %d", i + 1).isEqualTo(seed.get(i));
        }
        assertThat(md.lines().filter(l -> l.startsWith("|") && !SEPARATOR.matcher(l).matches()).toList())
                .isEqualTo(seed().lines().filter(l -> l.startsWith("|")).map(AnnualReportTest::exactLabels).toList());
    }

    /** The seed's rows with annual-report.md's exact labels (the only two differences). */
    static String exactLabels(String seedLine) {
        return seedLine.replace("结果 维持", "结果维持").replace("结果 纠正", "结果纠正").replace("其他 结果", "其他结果")
                .replace("尚未 审结", "尚未审结");
    }

    @Test
    void section_one_states_the_years_publications_and_main_categories_as_the_seed_does() {
        AnnualReport r = build(2025, seedDisclosures(), ReportRecord.empty(), YearlyFigures.zero(2025));
        assertThat(r.publishedTotal()).isEqualTo(37);
        assertThat(r.prose().active()).contains("2025年主动公开信息37条,主要类别为:应急管理、安全生产、人居环境整治、农业产业发展");
        assertThat(r.prose().requests()).isEqualTo("2025年,我区未收到任何形式的政府信息公开申请。");
        assertThat(r.prose().section6()).contains("收取信息处理费0元");
    }

    @Test
    void sections_follow_the_national_order() {
        String md = ReportFormat.MD.render(build(2025, seedDisclosures(), ReportRecord.empty(), YearlyFigures.zero(2025)));
        List<String> order = List.of("一、总体情况", "(一)主动公开情况", "(二)依申请公开情况", "(三)政府信息管理",
                "(四)政府信息公开平台建设", "(五)监督保障", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        int at = -1;
        for (String heading : order) {
            int next = md.indexOf(heading, at + 1);
            assertThat(next).as(heading).isGreaterThan(at);
            at = next;
        }
    }

    static ReportRecord.Counted req(ApplicantType type, LocalDate received, LocalDate concluded, ResultCode result) {
        List<RequestEvent> events = new ArrayList<>();
        events.add(RequestEvent.of(EventKind.RECEIVED, received, null));
        if (concluded != null) {
            events.add(new RequestEvent(0, EventKind.CONCLUDED, concluded, "a", null, result, null, null, null));
        }
        return new ReportRecord.Counted(type, RequestState.of(events));
    }

    @Test
    void section_three_counts_new_concluded_and_carried_requests_by_applicant_type() {
        ReportRecord record = new ReportRecord(List.of(
                req(ApplicantType.NATURAL_PERSON, of(2024, 12, 20), of(2025, 1, 10), ResultCode.GRANTED),
                req(ApplicantType.NATURAL_PERSON, of(2025, 3, 3), of(2025, 3, 20), ResultCode.PARTIAL),
                req(ApplicantType.BUSINESS, of(2025, 12, 22), null, null),
                req(ApplicantType.LEGAL_SERVICE, of(2025, 12, 29), of(2026, 1, 5), ResultCode.UNAVAILABLE_NOT_HELD),
                req(ApplicantType.RESEARCH, of(2024, 3, 1), of(2024, 3, 20), ResultCode.GRANTED)),
                List.of(
                        new Review(1, 2, ReviewKind.REVIEW, of(2025, 4, 1), ReviewOutcome.UPHELD, of(2025, 6, 1), null),
                        new Review(2, 2, ReviewKind.SUIT_AFTER_REVIEW, of(2025, 7, 1), ReviewOutcome.PENDING, null, null),
                        new Review(3, 2, ReviewKind.SUIT_DIRECT, of(2025, 11, 1), ReviewOutcome.CORRECTED, of(2026, 2, 1), null)));
        AnnualReport r = build(2025, List.of(), record, YearlyFigures.zero(2025));
        Map<String, long[]> t = r.section3();
        assertThat(t.get("NEW")).containsExactly(1, 1, 0, 0, 1, 0, 3);
        assertThat(t.get("CARRIED_IN")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.get("GRANTED")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.get("PARTIAL")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.get("RESULT_TOTAL")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(t.get("CARRIED_OUT")).containsExactly(0, 1, 0, 0, 1, 0, 2);
        assertThat(r.section4()).containsEntry("REVIEW_UPHELD", 1L).containsEntry("REVIEW_TOTAL", 1L)
                .containsEntry("SUIT_AFTER_REVIEW_PENDING", 1L).containsEntry("SUIT_DIRECT_PENDING", 1L)
                .containsEntry("SUIT_DIRECT_TOTAL", 1L);
        assertThat(ReportChecks.run(r)).allMatch(ReportChecks.Check::ok);
        // the year after: what was carried out comes back in
        AnnualReport next = build(2026, List.of(), record, YearlyFigures.zero(2026));
        assertThat(next.section3().get("CARRIED_IN")).containsExactly(0, 1, 0, 0, 1, 0, 2);
        assertThat(next.section3().get("UNAVAILABLE_NOT_HELD")[4]).isEqualTo(1);
        assertThat(next.section4()).containsEntry("SUIT_DIRECT_CORRECTED", 1L);
        assertThat(r.prose().requests()).contains("新收政府信息公开申请3件").contains("结转下年度继续办理2件");
    }

    @Test
    void section_two_counts_rules_and_normative_documents_issued_repealed_and_in_force() {
        List<Disclosure> ds = List.of(
                disclosure("a", "规范", "规范性文件", of(2025, 3, 1), null),
                disclosure("b", "规范", "行政规范性文件", of(2023, 3, 1), of(2025, 6, 1)),
                disclosure("c", "规范", "规范性文件", of(2024, 3, 1), of(2026, 3, 1)),
                disclosure("d", "规范", "规章", of(2025, 12, 31), null),
                disclosure("e", "规范", "规章", of(2026, 1, 2), null));
        YearlyFigures f = new YearlyFigures(2025, 5, 2, 1, new BigDecimal("1.25"), new BigDecimal("300"));
        AnnualReport r = build(2025, ds, ReportRecord.empty(), f);
        assertThat(r.section2().normativeDocs()).isEqualTo(new AnnualReport.Docs(1, 1, 2));
        assertThat(r.section2().rules()).isEqualTo(new AnnualReport.Docs(1, 0, 1));
        String md = ReportFormat.MD.render(r);
        assertThat(md).contains("| 行政许可 | 5 | ||").contains("| 行政事业性收费 | 1.25 | ||").contains("收取信息处理费300元");
    }

    static AnnualReport broken(Map<String, long[]> s3, Map<String, Long> s4) {
        AnnualReport ok = build(2025, List.of(), ReportRecord.empty(), YearlyFigures.zero(2025));
        return new AnnualReport(2025, 0, Map.of(), ok.section2(), s3 == null ? ok.section3() : s3,
                s4 == null ? ok.section4() : s4, BigDecimal.ZERO, ok.prose());
    }

    static Map<String, long[]> copy(Map<String, long[]> t) {
        Map<String, long[]> c = new LinkedHashMap<>();
        t.forEach((k, v) -> c.put(k, v.clone()));
        return c;
    }

    @Test
    void a_table_whose_columns_do_not_balance_is_refused_naming_column_and_both_sums() {
        Map<String, long[]> t = copy(broken(null, null).section3());
        t.get("NEW")[0] = 3;
        t.get("NEW")[6] = 3;
        AnnualReport r = broken(t, null);
        for (ReportFormat f : ReportFormat.values()) {
            assertThatThrownBy(() -> f.render(r))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("NATURAL_PERSON (自然人) 列")
                    .hasMessageContaining("NEW + CARRIED_IN = 3")
                    .hasMessageContaining("RESULT_TOTAL + CARRIED_OUT = 0");
        }
    }

    @Test
    void a_row_whose_total_is_not_the_sum_of_six_columns_is_refused_naming_the_row() {
        Map<String, long[]> t = copy(broken(null, null).section3());
        t.get("GRANTED")[1] = 2;
        t.get("RESULT_TOTAL")[1] = 2;
        t.get("CARRIED_IN")[1] = 2;
        AnnualReport r = broken(t, null);
        assertThatThrownBy(() -> ReportFormat.MD.render(r))
                .hasMessageContaining("CARRIED_IN (二、上年结转政府信息公开申请数量) 行 TOTAL 列: 总计 = 0，六列之和 = 2")
                .hasMessageContaining("另有 2 处");
    }

    @Test
    void a_section_four_total_that_is_not_the_sum_of_its_four_is_refused() {
        Map<String, Long> s4 = new LinkedHashMap<>(broken(null, null).section4());
        s4.put("REVIEW_PENDING", 1L);
        assertThatThrownBy(() -> ReportFormat.JSON.render(broken(null, s4)))
                .hasMessageContaining("REVIEW_TOTAL 列: 总计 = 0，四项之和 = 1");
    }

    @Test
    void json_has_the_shape_of_annual_report_md() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ReportFormat.JSON.render(
                build(2025, seedDisclosures(), ReportRecord.empty(), YearlyFigures.zero(2025))));
        assertThat(j.get("year").asInt()).isEqualTo(2025);
        assertThat(j.get("published").get("total").asInt()).isEqualTo(37);
        assertThat(j.get("published").get("by_category").get("应急管理").asInt()).isEqualTo(12);
        assertThat(j.get("section2").get("RULES").get("in_force").asInt()).isZero();
        assertThat(j.get("section2").get("FEES").isDouble()).isTrue();
        assertThat(iterator(j.get("section2"))).containsExactly("RULES", "NORMATIVE_DOCS", "LICENSING", "PENALTY", "COERCION", "FEES");
        assertThat(iterator(j.get("section3"))).isEqualTo(AnnualReport.ROWS);
        assertThat(iterator(j.get("section3").get("NEW"))).isEqualTo(AnnualReport.COLUMNS);
        assertThat(j.get("section4")).hasSize(15);
        assertThat(iterator(j.get("section4")).get(0)).isEqualTo("REVIEW_UPHELD");
        assertThat(iterator(j.get("section4")).get(14)).isEqualTo("SUIT_AFTER_REVIEW_TOTAL");
        assertThat(j.get("fees_collected").isDouble()).isTrue();
        assertThat(j.get("checks")).isNotEmpty().allSatisfy(c -> assertThat(c.get("ok").asBoolean()).isTrue());
    }

    static List<String> iterator(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void html_is_a_printable_page_with_merged_cells_and_everything_escaped() {
        String yaml = ConfigFiles.readDefault("report.yaml").text().replace("district: 青禾区", "district: \"<script>青禾区&\"");
        ReportTemplate t = ReportTemplate.parse(new ConfigFiles.Source("report.yaml", "test", yaml));
        AnnualReport r = AnnualReportBuilder.build(2025, seedDisclosures(), ReportRecord.empty(), YearlyFigures.zero(2025),
                t, of(2026, 1, 12));
        String html = ReportFormat.HTML.render(r);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;青禾区&amp;");
        assertThat(html).contains("<th rowspan=\"22\">三、本年度办理结果</th>")
                .contains("<th rowspan=\"8\">(三)不予公开</th>")
                .contains("<th colspan=\"10\">行政诉讼</th>")
                .contains("危及“三安全一稳定”");
    }

    @Test
    void an_unknown_placeholder_in_report_yaml_names_the_file_and_line() {
        String yaml = "district: 甲\nagency: 乙\ntitle: \"{year}年\"\nintro: \"{yaer}\"\n";
        ReportTemplate t = ReportTemplate.parse(new ConfigFiles.Source("report.yaml", "/h/kiosk-config/report.yaml", yaml));
        assertThatThrownBy(() -> AnnualReportBuilder.build(2025, List.of(), ReportRecord.empty(), YearlyFigures.zero(2025),
                t, of(2026, 1, 12)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("/h/kiosk-config/report.yaml 第 4 行").hasMessageContaining("{yaer}");
    }
}
