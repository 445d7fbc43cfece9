package cn.gongkai.cli;

import cn.gongkai.app.Records;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportChecks;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportTemplate;
import cn.gongkai.report.YearlyFigures;

import cn.gongkai.bodies.Bodies;
import cn.gongkai.bodies.Body;
import cn.gongkai.config.UserException;
import cn.gongkai.report.BodyReports;
import cn.gongkai.corpus.Corpus;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code report --year YYYY}: the statutory annual report (条例 Art. 49–50), counted from the
 * record and the index, printed only if every cross-sum of the format holds.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "政府信息公开工作年度报告",
        subcommands = ReportCommand.Set.class)
public class ReportCommand extends StaffCommand {

    // Not `required`: picocli would then demand it before `report set` too.
    @Option(names = "--year", description = "报告年度 (必填)")
    Integer year;

    @Option(names = "--format", defaultValue = "md", description = "md, html 或 json")
    String format;

    @Option(names = "--body", paramLabel = "ID", description = "只统计这个公开主体 (有多个主体时必填，或用 --all)")
    String body;

    @Option(names = "--all", description = "平台总览：每个公开主体的新收、办结、结转、逾期、复议、诉讼和勾稽检查")
    boolean all;

    @Override
    public void run() {
        if (year == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--year=<year>'");
        }
        checkYear(year);
        int thisYear = LocalDate.now(clock()).getYear();
        if (year > thisYear) {
            // A report of a year that has not begun would be all zeros that look like a real year.
            throw new UserException(text("out.report_future_year", "year", year, "this_year", thisYear));
        }
        Records records = records();
        Bodies bodies = records.bodies();
        if (all && body != null) {
            throw new UserException("--body 和 --all 只能选一个");
        }
        if (!all && body == null && bodies.only() == null) {
            throw new UserException("本平台有多个公开主体，请用 --body ID 指明主体，或用 --all 看总览");
        }
        LocalDate today = LocalDate.now(clock());
        try (Corpus corpus = Corpus.open(home.home())) {
            BodyReports reports = new BodyReports(bodies, corpus.search(), records.database(), records.yearlyFigures(),
                    records.reportTemplate());
            if (all) {
                out().print(Overview.render(reports.overview(year, records.requests(), today), year, format));
                out().flush();
                return;
            }
            ReportFormat f = ReportFormat.parse(format);
            Body b = body == null ? bodies.only() : bodies.require(body);
            AnnualReport report = reports.build(year, b, today);
            out().print(f.render(report));
            out().flush();
            // Requests waiting for confirmation are not in 三: say so beside the report, not inside it.
            ReportChecks.run(report).stream().filter(c -> c.warning() && !c.ok())
                    .forEach(c -> c.failures().forEach(line -> spec.commandLine().getErr().println("注意: " + line)));
        }
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new UserException("年份 " + year + " 不合理");
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "录入第二部分中由其他系统产生的数字和本年收取的信息处理费")
    static class Set extends StaffCommand {
        @Option(names = "--year", required = true) int year;
        @Option(names = "--licensing", description = "行政许可 本年处理决定数量") Long licensing;
        @Option(names = "--penalty", description = "行政处罚 本年处理决定数量") Long penalty;
        @Option(names = "--coercion", description = "行政强制 本年处理决定数量") Long coercion;
        @Option(names = "--fees", description = "行政事业性收费 本年收费金额(单位:万元)") String fees;
        @Option(names = "--fees-collected", description = "本年收取的信息处理费(元)") String feesCollected;
        @Option(names = "--body", paramLabel = "ID", description = "这些数字属于哪个公开主体 (有多个主体时必填)") String body;

        @Override
        public void run() {
            checkYear(year);
            Bodies bodies = records().bodies();
            if (body == null && bodies.only() == null) {
                throw new UserException("本平台有多个公开主体，请用 --body ID 指明这些数字属于哪个主体");
            }
            String owner = bodies.single() ? null : (body == null ? bodies.only() : bodies.require(body)).id();
            YearlyFigures now = records().yearlyFigures().set(year, owner, licensing, penalty, coercion,
                    amount("--fees", fees), amount("--fees-collected", feesCollected), actor);
            out().println(text("out.report_set", "year", year, "licensing", now.licensing(), "penalty", now.penalty(),
                    "coercion", now.coercion(), "fees", ReportTemplate.plain(now.fees()),
                    "fees_collected", ReportTemplate.plain(now.feesCollected())));
        }

        private static BigDecimal amount(String option, String value) {
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new UserException(option + " \"" + value + "\" 不是数字");
            }
        }
    }
}
