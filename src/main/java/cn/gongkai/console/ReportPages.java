package cn.gongkai.console;

import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReportBuilder;
import cn.gongkai.report.ReportChecks;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportRecord;
import cn.gongkai.app.Records;
import cn.gongkai.report.SpreadsheetReport;
import cn.gongkai.report.YearlyFigures;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * 年度报告: the year's report as it would print, its cross-checks (green, or the broken cell),
 * the figures staff enter, and the downloads (HTML, Markdown, CSV spreadsheet).
 */
public final class ReportPages {
    private final Corpus corpus;
    private final Records records;

    ReportPages(Corpus corpus, Records records) {
        this.corpus = corpus;
        this.records = records;
    }

    /** One row of section 三 as the page shows it: label and the TOTAL column. */
    public record Row(String code, String label, long total) {}

    public void show(Context ctx) {
        int year = year(ctx);
        cn.gongkai.bodies.Body body = body(ctx);
        if (body == null) {
            Web.refused(ctx, "请先选择一个公开主体，再看它的年度报告", "/staff/bodies");
            return;
        }
        AnnualReport r = build(year, body);
        List<ReportChecks.Check> checks = ReportChecks.run(r);
        // A warning (requests waiting for confirmation) is shown but does not stop the download.
        boolean ok = checks.stream().allMatch(c -> c.ok() || c.warning());
        int total = AnnualReport.COLUMNS.size() - 1;
        List<Row> rows = AnnualReport.ROWS.stream()
                .map(code -> new Row(code, AnnualReport.rowLabel(code), r.section3().get(code)[total])).toList();
        Web.render(ctx, "report.jte", (records.bodies().single() ? "" : body.name() + " ") + year + " 年政府信息公开工作年度报告",
                "report", "year", year, "report", r,
                "checks", checks, "ok", ok, "rows", rows,
                "figures", records.yearlyFigures().get(year, records.bodies().single() ? null : body.id()),
                "thisYear", LocalDate.now(records.clock()).getYear());
    }

    /** The printable report itself (shown in the page's frame and downloadable). */
    public void download(Context ctx) {
        int year = year(ctx);
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        cn.gongkai.bodies.Body body = body(ctx);
        if (body == null) {
            Web.refused(ctx, "请先选择一个公开主体，再下载它的年度报告", "/staff/bodies");
            return;
        }
        AnnualReport r = build(year, body);
        try {
            String name = "政府信息公开工作年度报告-" + year;
            switch (format) {
                case "html" -> send(ctx, ReportFormat.HTML.render(r), "text/html; charset=utf-8", name + ".html",
                        ctx.queryParam("inline") != null);
                case "md" -> send(ctx, ReportFormat.MD.render(r), "text/markdown; charset=utf-8", name + ".md", false);
                case "csv" -> send(ctx, SpreadsheetReport.csv(r), "text/csv; charset=utf-8", name + ".csv", false);
                default -> throw new UserException("没有这种格式: " + format + "（可用 html, md, csv）");
            }
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/report?year=" + year);
        }
    }

    public void saveFigures(Context ctx) {
        int year = year(ctx);
        try {
            cn.gongkai.bodies.Body body = body(ctx);
            if (body == null) {
                throw new UserException("请先选择一个公开主体");
            }
            records.yearlyFigures().set(year, records.bodies().single() ? null : body.id(), count(ctx, "licensing", "行政许可"), count(ctx, "penalty", "行政处罚"),
                    count(ctx, "coercion", "行政强制"), amount(ctx, "fees", "行政事业性收费"),
                    amount(ctx, "fees_collected", "信息处理费"), Web.actor(ctx));
            Web.done(ctx, "已保存 " + year + " 年的数字", "/staff/report?year=" + year);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/report?year=" + year);
        }
    }

    AnnualReport build(int year, cn.gongkai.bodies.Body body) {
        return new cn.gongkai.report.BodyReports(records.bodies(), corpus.search(), records.database(),
                records.yearlyFigures(), records.reportTemplate()).build(year, body, LocalDate.now(records.clock()));
    }

    /**
     * The body whose report the page shows: a scoped account's own (asking for another's is
     * refused and audited), a platform account's choice ({@code ?body=} or the switcher); null
     * when a platform account has chosen none.
     */
    private cn.gongkai.bodies.Body body(Context ctx) {
        var bodies = records.bodies();
        if (bodies.single()) {
            return bodies.only();
        }
        String asked = ctx.queryParam("body") != null ? ctx.queryParam("body") : ctx.formParam("body");
        String own = BodyScope.own(ctx);
        if (own != null) {
            if (asked != null && !asked.strip().equals(own)) {
                BodyScope.refuse(ctx, records, null, "report of body=" + asked.strip());
            }
            return bodies.require(own);
        }
        String chosen = asked != null ? asked : Web.session(ctx).viewing;
        var found = chosen == null ? java.util.Optional.<cn.gongkai.bodies.Body>empty() : bodies.find(chosen);
        found.ifPresent(b -> Web.session(ctx).viewing(b.id())); // the downloads follow the body looked at
        return found.orElse(null);
    }

    private static void send(Context ctx, String body, String type, String fileName, boolean inline) {
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded);
        ctx.contentType(type).result(body.getBytes(StandardCharsets.UTF_8));
    }

    private int year(Context ctx) {
        String y = ctx.queryParam("year");
        if (y == null) {
            y = ctx.formParam("year");
        }
        int thisYear = LocalDate.now(records.clock()).getYear();
        if (y == null || y.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(y.strip());
            return year < 2000 || year > thisYear ? thisYear : year;
        } catch (NumberFormatException e) {
            return thisYear;
        }
    }

    private static Long count(Context ctx, String name, String label) {
        String v = Web.text(ctx, name);
        try {
            return v == null ? null : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UserException(label + " 应为整数: " + v);
        }
    }

    private static BigDecimal amount(Context ctx, String name, String label) {
        String v = Web.text(ctx, name);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new UserException(label + " 应为数字: " + v);
        }
    }

    /** Figures as the form shows them. */
    public static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

}
