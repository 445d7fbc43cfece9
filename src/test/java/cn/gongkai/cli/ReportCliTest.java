package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on the command line: a year to come is refused, Markdown renders, CSV as in the console. */
class ReportCliTest {
    @TempDir
    static Path home;

    static final Clock TODAY = Cli.clockAt(LocalDate.of(2026, 11, 30));

    @BeforeAll
    static void index() {
        assertThat(run("index").status()).isZero();
    }

    static Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        return Cli.run(TODAY, all.toArray(String[]::new));
    }

    @Test
    void a_year_still_to_come_is_refused_in_one_polite_line() {
        Cli.Result r = run("report", "--year", "2027");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("2027 年还没有到，不能出它的年度报告。今年的报告 (到今天为止) 用 --year 2026");
        assertThat(run("report", "--year", "2026").status()).isZero();
    }

    @Test
    void every_markdown_table_has_its_separator_and_rows_as_wide_as_the_header() {
        String md = run("report", "--year", "2025").out();
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : md.lines().toList()) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(line);
            } else {
                current = null;
            }
        }
        assertThat(tables).hasSize(3);
        for (List<String> t : tables) {
            int width = cells(t.get(0));
            assertThat(t.get(1)).matches("\\|( --- \\|)+");
            assertThat(cells(t.get(1))).isEqualTo(width);
            assertThat(t).allSatisfy(row -> assertThat(cells(row)).as(row).isEqualTo(width));
        }
        assertThat(md).contains("危及“三安全一稳定”").doesNotContain("\"三安全一稳定\"");
    }

    /** Cells as GitHub-flavoured Markdown counts them: the bars between the outer ones, plus one. */
    static int cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return inner.split("\\|", -1).length;
    }

    @Test
    void csv_is_offered_on_the_command_line_as_in_the_console() {
        Cli.Result r = run("report", "--year", "2025", "--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("\uFEFF").contains("三、收到和处理政府信息公开申请情况")
                .contains("3.危及“三安全一稳定”");
        assertThat(run("report", "--year", "2025", "--format", "xlsx").err()).contains("可用: md, html, json, csv");
    }
}
