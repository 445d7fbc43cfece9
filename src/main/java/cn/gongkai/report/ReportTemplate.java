package cn.gongkai.report;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editable prose of the annual report ({@code kiosk-config/report.yaml}): staff reword it
 * freely; {@code {placeholders}} are filled with the computed figures so the text never
 * disagrees with the tables.
 */
public final class ReportTemplate {

    public static final String NAME = "report.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)}");

    private final ConfigFiles.Source source;
    private final JsonNode root;

    private ReportTemplate(ConfigFiles.Source source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    public static ReportTemplate load(ConfigFiles files) {
        return parse(files.read(NAME));
    }

    public static ReportTemplate parse(ConfigFiles.Source source) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(source.text());
            if (root == null || !root.isObject()) {
                throw new UserException(source.location() + ": 应为 键: 文字 的 YAML");
            }
            return new ReportTemplate(source, root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UserException(source.location() + " 第 " + line + " 行: 不是有效的 YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The same prose signed by one body: {district} its short name, {agency} its full name. */
    public ReportTemplate forBody(String shortName, String name) {
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) root.deepCopy();
        copy.put("district", shortName);
        copy.put("agency", name);
        return new ReportTemplate(source, copy);
    }

    /** The report's prose with every placeholder filled from the computed figures. */
    AnnualReport.Prose draft(AnnualReport r, LocalDate today) {
        Map<String, String> v = values(r, today);
        boolean anyRequests = r.section3().get("NEW")[6] + r.section3().get("CARRIED_IN")[6] > 0;
        // Never "no request received" while some wait for confirmation: they are named instead.
        String requests = fill(anyRequests || r.unconfirmedTotal() > 0 ? "section1.requests" : "section1.requests_none", v);
        if (r.unconfirmedTotal() > 0) {
            requests = requests + fill("section1.unconfirmed", v);
        }
        return new AnnualReport.Prose(
                fill("title", v), fill("intro", v), fill("section1.active", v),
                requests,
                fill("section1.management", v), fill("section1.platform", v), fill("section1.oversight", v),
                fill("section5", v), fill("section6", v), fill("signature", v));
    }

    Map<String, String> values(AnnualReport r, LocalDate today) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("year", String.valueOf(r.year()));
        v.put("district", text("district"));
        v.put("agency", text("agency"));
        v.put("published_total", String.valueOf(r.publishedTotal()));
        v.put("main_categories", r.publishedByCategory().isEmpty() ? "无"
                : r.publishedByCategory().keySet().stream().limit(4).collect(Collectors.joining("、"))
                        + (r.publishedByCategory().size() > 4 ? "等" : ""));
        Map<String, long[]> t = r.section3();
        v.put("new_total", String.valueOf(t.get("NEW")[6]));
        v.put("carried_in_total", String.valueOf(t.get("CARRIED_IN")[6]));
        v.put("concluded_total", String.valueOf(t.get("RESULT_TOTAL")[6]));
        v.put("granted_total", String.valueOf(t.get("GRANTED")[6]));
        v.put("partial_total", String.valueOf(t.get("PARTIAL")[6]));
        v.put("carried_out_total", String.valueOf(t.get("CARRIED_OUT")[6]));
        v.put("review_total", String.valueOf(r.section4().get("REVIEW_TOTAL")));
        v.put("suit_total", String.valueOf(r.section4().get("SUIT_DIRECT_TOTAL") + r.section4().get("SUIT_AFTER_REVIEW_TOTAL")));
        v.put("fees_collected", plain(r.feesCollected()));
        v.put("unconfirmed_total", String.valueOf(r.unconfirmedTotal()));
        v.put("unconfirmed_channels", r.unconfirmed().entrySet().stream().map(e -> e.getKey() + e.getValue() + "件")
                .collect(Collectors.joining("、")));
        v.put("date", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        return v;
    }

    public static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private String fill(String key, Map<String, String> values) {
        String template = text(key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new UserException(source.location() + " 第 " + lineOf(m.group()) + " 行: 未知的占位符 " + m.group()
                        + "；可用: " + values.keySet().stream().map(k -> "{" + k + "}").collect(Collectors.joining(" ")));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private String text(String dottedKey) {
        JsonNode n = root;
        for (String part : dottedKey.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        if (n == null || !n.isValueNode()) {
            // A district's copy made before a key was added keeps working with the shipped wording.
            String shipped = shipped(dottedKey);
            if (shipped != null) {
                return shipped;
            }
            throw new UserException(source.location() + ": 缺少 " + dottedKey);
        }
        return n.asText();
    }

    private static JsonNode shippedRoot;

    private static synchronized JsonNode shippedRoot() {
        if (shippedRoot == null) {
            shippedRoot = parse(ConfigFiles.readDefault(NAME)).root;
        }
        return shippedRoot;
    }

    private static String shipped(String dottedKey) {
        JsonNode n = shippedRoot();
        for (String part : dottedKey.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || !n.isValueNode() ? null : n.asText();
    }

    private int lineOf(String needle) {
        int at = source.text().indexOf(needle);
        return at < 0 ? 0 : (int) source.text().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
