package cn.gongkai.report;

import cn.gongkai.config.UserException;
import java.util.List;
import java.util.Locale;

/** The ways the annual report prints; every one refuses a report that fails its checks. */
public enum ReportFormat {
    MD, HTML, JSON,
    /** The three tables as the console's spreadsheet download, byte for byte. */
    CSV;

    /** Section headings of the national format, in order. */
    static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    static final List<String> SECTION1 = List.of("(一)主动公开情况", "(二)依申请公开情况", "(三)政府信息管理",
            "(四)政府信息公开平台建设", "(五)监督保障");

    public static ReportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("未知的格式 \"" + s + "\"；可用: md, html, json, csv");
        }
    }

    /** Verifies the cross-sums, then renders; a broken report throws and prints nothing. */
    public String render(AnnualReport r) {
        List<ReportChecks.Check> checks = ReportChecks.verify(r);
        return switch (this) {
            case MD -> MarkdownReport.render(r);
            case HTML -> HtmlReport.render(r);
            case JSON -> JsonReport.render(r, checks);
            case CSV -> SpreadsheetReport.csv(r);
        };
    }

    static List<String> section1(AnnualReport.Prose p) {
        return List.of(p.active(), p.requests(), p.management(), p.platform(), p.oversight());
    }
}
