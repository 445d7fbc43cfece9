package cn.gongkai.cli;

import cn.gongkai.app.Records;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReportBuilder;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportRecord;
import cn.gongkai.report.ReportTemplate;
import cn.gongkai.report.YearlyFigures;

import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    @Override
    public void run() {
        if (year == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--year=<year>'");
        }
        ReportFormat f = ReportFormat.parse(format);
        checkYear(year);
        int thisYear = LocalDate.now(clock()).getYear();
        if (year > thisYear) {
            // A report of a year that has not begun would be all zeros that look like a real year.
            throw new UserException(text("out.report_future_year", "year", year, "this_year", thisYear));
        }
        Records records = records();
        List<Disclosure> disclosures;
        try (Corpus corpus = Corpus.open(home.home())) {
            disclosures = corpus.all();
        }
        AnnualReport report = AnnualReportBuilder.build(year, disclosures, ReportRecord.read(records.database()),
                records.yearlyFigures().get(year), records.reportTemplate(), LocalDate.now(clock()));
        String text = f.render(report);
        out().print(text);
        out().flush();
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

        @Override
        public void run() {
            checkYear(year);
            YearlyFigures now = records().yearlyFigures().set(year, licensing, penalty, coercion,
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
