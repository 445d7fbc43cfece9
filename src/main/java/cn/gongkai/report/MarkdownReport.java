package cn.gongkai.report;

import java.util.List;

/** The annual report as Markdown, its tables in the seed report's pipe layout. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(AnnualReport r) {
        AnnualReport.Prose p = r.prose();
        List<String> h = ReportFormat.HEADINGS;
        StringBuilder b = new StringBuilder();
        b.append("# ").append(p.title()).append("\n\n").append(p.intro()).append("\n\n");
        b.append("## ").append(h.get(0)).append("\n\n");
        List<String> s1 = ReportFormat.section1(p);
        for (int i = 0; i < s1.size(); i++) {
            b.append("### ").append(ReportFormat.SECTION1.get(i)).append("\n\n").append(s1.get(i)).append("\n\n");
        }
        b.append("## ").append(h.get(1)).append("\n\n").append(ReportTables.section2(r.section2()).markdown()).append('\n');
        b.append("## ").append(h.get(2)).append("\n\n").append(ReportTables.section3(r.section3()).markdown()).append('\n');
        b.append("## ").append(h.get(3)).append("\n\n").append(ReportTables.section4(r.section4()).markdown()).append('\n');
        b.append("## ").append(h.get(4)).append("\n\n").append(p.section5()).append("\n\n");
        b.append("## ").append(h.get(5)).append("\n\n").append(p.section6()).append("\n\n");
        b.append(p.signature()).append('\n');
        return b.toString();
    }
}
