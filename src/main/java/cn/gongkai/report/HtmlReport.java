package cn.gongkai.report;

import java.util.List;

/** The annual report as one printable HTML page with the national format's merged-cell tables. */
final class HtmlReport {
    private HtmlReport() {}

    private static final String STYLE = """
            body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; max-width: 60em; margin: 2em auto; line-height: 1.8; }
            h1 { text-align: center; font-size: 1.6em; }
            h2 { font-size: 1.2em; margin-top: 1.5em; }
            h3 { font-size: 1.05em; }
            p { text-indent: 2em; margin: 0.4em 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: center; }
            th { font-weight: normal; }
            .signature p { text-align: right; text-indent: 0; }
            @media print { body { margin: 0; max-width: none; } }
            """;

    static String render(AnnualReport r) {
        AnnualReport.Prose p = r.prose();
        List<String> h = ReportFormat.HEADINGS;
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(p.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(Html.escape(p.title())).append("</h1>\n").append(paragraphs(p.intro()));
        b.append(heading(2, h.get(0)));
        List<String> s1 = ReportFormat.section1(p);
        for (int i = 0; i < s1.size(); i++) {
            b.append(heading(3, ReportFormat.SECTION1.get(i))).append(paragraphs(s1.get(i)));
        }
        b.append(heading(2, h.get(1))).append(ReportTables.section2(r.section2()).html());
        b.append(heading(2, h.get(2))).append(ReportTables.section3(r.section3()).html());
        b.append(heading(2, h.get(3))).append(ReportTables.section4(r.section4()).html());
        b.append(heading(2, h.get(4))).append(paragraphs(p.section5()));
        b.append(heading(2, h.get(5))).append(paragraphs(p.section6()));
        b.append("<div class=\"signature\">\n").append(paragraphs(p.signature())).append("</div>\n");
        return b.append("</body>\n</html>\n").toString();
    }

    private static String heading(int level, String text) {
        return "<h" + level + ">" + Html.escape(text) + "</h" + level + ">\n";
    }

    /** Blank lines separate paragraphs; single line breaks inside one become spaces' worth of nothing. */
    private static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                b.append("<p>").append(Html.escape(para.strip()).replace("\n", "<br>")).append("</p>\n");
            }
        }
        return b.toString();
    }
}
