package cn.gongkai.report;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.ResultCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The computed annual report of one year: the figures of sections 一 to 四 and the drafted
 * prose. Codes are those of annual-report.md; maps keep the national format's order.
 *
 * @param publishedByCategory proactively published disclosures of the year by category, most first
 * @param section3 row code → the six applicant columns then TOTAL
 * @param section4 the fifteen column codes → count
 */
public record AnnualReport(
        int year,
        int publishedTotal,
        Map<String, Integer> publishedByCategory,
        Section2 section2,
        Map<String, long[]> section3,
        Map<String, Long> section4,
        BigDecimal feesCollected,
        Prose prose,
        Map<String, Integer> unconfirmed) {

    /**
     * A report without requests waiting for confirmation.
     *
     * @see #unconfirmed requests filed by the end of the year (SMS, kiosk, online) and never
     *     confirmed as received, by channel label: not applications yet (Art. 31), so not in 三,
     *     but the report warns about them and its text mentions them
     */
    public AnnualReport(int year, int publishedTotal, Map<String, Integer> publishedByCategory, Section2 section2,
            Map<String, long[]> section3, Map<String, Long> section4, BigDecimal feesCollected, Prose prose) {
        this(year, publishedTotal, publishedByCategory, section2, section3, section4, feesCollected, prose, Map.of());
    }

    /** How many requests wait for confirmation of receipt, all channels together. */
    public int unconfirmedTotal() {
        return unconfirmed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Section 二: RULES and NORMATIVE_DOCS from the index, the rest entered by staff. */
    public record Section2(Docs rules, Docs normativeDocs, long licensing, long penalty, long coercion,
            BigDecimal fees) {}

    /** Issued in the year, repealed in the year, in force on 31 December. */
    public record Docs(int issued, int repealed, int inForce) {}

    /** The drafted text around the tables, placeholders already filled. */
    public record Prose(String title, String intro, String active, String requests, String management,
            String platform, String oversight, String section5, String section6, String signature) {}

    /** Column codes of section 三, in order: the six applicant types, then TOTAL. */
    public static final List<String> COLUMNS = List.of(
            "NATURAL_PERSON", "BUSINESS", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER_ORG", "TOTAL");

    /** Row codes of section 三, in the national format's order. */
    public static final List<String> ROWS = rows();

    /** Section 四's groups, each with its four outcomes then TOTAL. */
    public static final List<String> REVIEW_GROUPS = List.of("REVIEW", "SUIT_DIRECT", "SUIT_AFTER_REVIEW");
    public static final List<String> REVIEW_OUTCOMES = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");

    private static List<String> rows() {
        var rows = new java.util.ArrayList<String>();
        rows.add("NEW");
        rows.add("CARRIED_IN");
        for (ResultCode r : ResultCode.values()) {
            rows.add(r.name());
        }
        rows.add("RESULT_TOTAL");
        rows.add("CARRIED_OUT");
        return List.copyOf(rows);
    }

    /** The exact Chinese label of a section 三 row code. */
    public static String rowLabel(String row) {
        return switch (row) {
            case "NEW" -> "一、本年新收政府信息公开申请数量";
            case "CARRIED_IN" -> "二、上年结转政府信息公开申请数量";
            case "RESULT_TOTAL" -> "三(七) 总计";
            case "CARRIED_OUT" -> "四、结转下年度继续办理";
            default -> ResultCode.valueOf(row).label;
        };
    }

    public static String columnLabel(String column) {
        return column.equals("TOTAL") ? "总计" : ApplicantType.valueOf(column).label;
    }
}
