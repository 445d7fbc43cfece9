package cn.gongkai.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The annual report's figures as one JSON object, in the shape annual-report.md fixes. */
final class JsonReport {
    private JsonReport() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static String render(AnnualReport r, List<ReportChecks.Check> checks) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", r.year());
        ObjectNode published = root.putObject("published");
        published.put("total", r.publishedTotal());
        ObjectNode byCategory = published.putObject("by_category");
        r.publishedByCategory().forEach(byCategory::put);

        AnnualReport.Section2 s2 = r.section2();
        ObjectNode section2 = root.putObject("section2");
        docs(section2.putObject("RULES"), s2.rules());
        docs(section2.putObject("NORMATIVE_DOCS"), s2.normativeDocs());
        section2.put("LICENSING", s2.licensing());
        section2.put("PENALTY", s2.penalty());
        section2.put("COERCION", s2.coercion());
        section2.put("FEES", s2.fees().doubleValue());

        ObjectNode section3 = root.putObject("section3");
        for (Map.Entry<String, long[]> row : r.section3().entrySet()) {
            ObjectNode cells = section3.putObject(row.getKey());
            for (int c = 0; c < AnnualReport.COLUMNS.size(); c++) {
                cells.put(AnnualReport.COLUMNS.get(c), row.getValue()[c]);
            }
        }
        ObjectNode section4 = root.putObject("section4");
        r.section4().forEach(section4::put);
        root.put("fees_collected", r.feesCollected().doubleValue());
        var list = root.putArray("checks");
        for (ReportChecks.Check c : checks) {
            var check = list.addObject().put("rule", c.rule()).put("ok", c.ok());
            if (c.warning()) {
                // A warning does not stop the report; its failures say what waits.
                check.put("warning", true);
                c.failures().forEach(check.putArray("failures")::add);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void docs(ObjectNode o, AnnualReport.Docs d) {
        o.put("issued", d.issued());
        o.put("repealed", d.repealed());
        o.put("in_force", d.inForce());
    }
}
