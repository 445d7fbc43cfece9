package cn.gongkai.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's three tables (sections 二, 三, 四) as one CSV sheet laid out as the national
 * format draws them: a merged cell's text in its top-left cell. UTF-8 with a byte-order mark,
 * so the spreadsheet programs of a Chinese office open it without mojibake.
 */
public final class SpreadsheetReport {
    private SpreadsheetReport() {}

    /** Refuses, like every format, a report whose cross-sums do not hold. */
    public static String csv(AnnualReport r) {
        ReportChecks.verify(r);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            p.printRecord(r.prose().title());
            p.println();
            section(p, ReportFormat.HEADINGS.get(1), ReportTables.section2(r.section2()).grid());
            section(p, ReportFormat.HEADINGS.get(2), ReportTables.section3(r.section3()).grid());
            section(p, ReportFormat.HEADINGS.get(3), ReportTables.section4(r.section4()).grid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void section(CSVPrinter p, String heading, List<String[]> grid) throws IOException {
        p.printRecord(heading);
        for (String[] row : grid) {
            p.printRecord((Object[]) row);
        }
        p.println();
    }
}
