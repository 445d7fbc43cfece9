package cn.gongkai.report;

import cn.gongkai.requests.ResultCode;

import cn.gongkai.config.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cross-sums of the national format (勾稽关系), checked before anything is printed. A
 * broken one names the table, row, column and both sums.
 */
public final class ReportChecks {

    /** One rule of the format and whether the report keeps it; {@code failures} say where not. */
    public record Check(String rule, boolean ok, List<String> failures, boolean warning) {
        public Check(String rule, boolean ok, List<String> failures) {
            this(rule, ok, failures, false);
        }
    }

    private ReportChecks() {}

    public static List<Check> run(AnnualReport r) {
        return List.of(balance(r.section3()), rowTotals(r.section3()), resultTotal(r.section3()),
                reviewTotals(r.section4()), unconfirmed(r));
    }

    /** Refuses a report that breaks any rule: one line naming the first broken cell (and how many). */
    public static List<Check> verify(AnnualReport r) {
        List<Check> checks = run(r);
        List<String> failures = new ArrayList<>();
        checks.stream().filter(c -> !c.warning()).forEach(c -> failures.addAll(c.failures()));
        if (!failures.isEmpty()) {
            String more = failures.size() > 1 ? "（另有 " + (failures.size() - 1) + " 处）" : "";
            throw new UserException("年度报告勾稽关系不成立，未输出: " + failures.get(0) + more);
        }
        return checks;
    }

    /** 三: 第一项加第二项之和, 等于第三项加第四项之和, in every column. */
    static Check balance(Map<String, long[]> t) {
        List<String> f = new ArrayList<>();
        for (int c = 0; c < AnnualReport.COLUMNS.size(); c++) {
            long in = t.get("NEW")[c] + t.get("CARRIED_IN")[c];
            long out = t.get("RESULT_TOTAL")[c] + t.get("CARRIED_OUT")[c];
            if (in != out) {
                f.add("表三 " + column(c) + " 列: NEW + CARRIED_IN = " + in + "，RESULT_TOTAL + CARRIED_OUT = " + out);
            }
        }
        return new Check("表三 每一列: NEW + CARRIED_IN = RESULT_TOTAL + CARRIED_OUT", f.isEmpty(), f);
    }

    /** 三: 总计 is the sum of the six applicant columns, in every row. */
    static Check rowTotals(Map<String, long[]> t) {
        List<String> f = new ArrayList<>();
        int total = AnnualReport.COLUMNS.size() - 1;
        for (var e : t.entrySet()) {
            long sum = 0;
            for (int c = 0; c < total; c++) {
                sum += e.getValue()[c];
            }
            if (sum != e.getValue()[total]) {
                f.add("表三 " + row(e.getKey()) + " 行 TOTAL 列: 总计 = " + e.getValue()[total] + "，六列之和 = " + sum);
            }
        }
        return new Check("表三 每一行: TOTAL = 六类申请人之和", f.isEmpty(), f);
    }

    /** 三(七) 总计 is the sum of every result row above it, in every column. */
    static Check resultTotal(Map<String, long[]> t) {
        List<String> f = new ArrayList<>();
        for (int c = 0; c < AnnualReport.COLUMNS.size(); c++) {
            long sum = 0;
            for (ResultCode r : ResultCode.values()) {
                sum += t.get(r.name())[c];
            }
            if (sum != t.get("RESULT_TOTAL")[c]) {
                f.add("表三 " + row("RESULT_TOTAL") + " 行 " + column(c) + " 列: 总计 = " + t.get("RESULT_TOTAL")[c]
                        + "，各项办理结果之和 = " + sum);
            }
        }
        return new Check("表三 每一列: RESULT_TOTAL = 各项办理结果之和", f.isEmpty(), f);
    }

    /** 四: each 总计 is the sum of its four outcomes. */
    static Check reviewTotals(Map<String, Long> t) {
        List<String> f = new ArrayList<>();
        for (String g : AnnualReport.REVIEW_GROUPS) {
            long sum = t.get(g + "_UPHELD") + t.get(g + "_CORRECTED") + t.get(g + "_OTHER") + t.get(g + "_PENDING");
            if (sum != t.get(g + "_TOTAL")) {
                f.add("表四 " + g + "_TOTAL 列: 总计 = " + t.get(g + "_TOTAL") + "，四项之和 = " + sum);
            }
        }
        return new Check("表四: 各总计 = 其四项之和", f.isEmpty(), f);
    }

    /**
     * Requests sent by SMS, at the kiosk or online wait for staff to confirm receipt before they
     * count (Art. 31). A warning, not a refusal: the report may print, but says how many wait.
     */
    static Check unconfirmed(AnnualReport r) {
        List<String> f = new ArrayList<>();
        if (r.unconfirmedTotal() > 0) {
            StringBuilder by = new StringBuilder();
            r.unconfirmed().forEach((channel, n) -> by.append(by.length() == 0 ? "" : "、").append(channel).append(' ').append(n).append(" 件"));
            f.add("未确认收到 " + r.unconfirmedTotal() + " 件（" + by + "）：确认收到后才计入表三，请在“申请”中逐件补全、确认");
        }
        return new Check("短信、自助终端、网络提交的申请均已确认收到", f.isEmpty(), f, true);
    }

    private static String row(String code) {
        return code + " (" + AnnualReport.rowLabel(code) + ")";
    }

    private static String column(int c) {
        String code = AnnualReport.COLUMNS.get(c);
        return code + " (" + AnnualReport.columnLabel(code) + ")";
    }
}
