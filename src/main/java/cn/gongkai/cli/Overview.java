package cn.gongkai.cli;

import cn.gongkai.config.UserException;
import cn.gongkai.report.BodyReports;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code report --year Y --all}: the platform overview, one line per body, as text or JSON. */
final class Overview {
    private Overview() {}

    static String render(List<BodyReports.Line> lines, int year, String format) {
        if (format.equalsIgnoreCase("json")) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("year", year);
            ArrayNode a = root.putArray("bodies");
            for (BodyReports.Line l : lines) {
                ObjectNode o = a.addObject();
                o.put("id", l.body().id());
                o.put("name", l.body().name());
                o.put("new", l.received());
                o.put("concluded", l.concluded());
                o.put("carried_out", l.carriedOut());
                o.put("overdue", l.overdue());
                o.put("reviews", l.reviews());
                o.put("suits", l.suits());
                o.put("published", l.published());
                o.put("checks_ok", l.checksOk());
            }
            return root.toPrettyString() + "\n";
        }
        if (!format.equalsIgnoreCase("md") && !format.equalsIgnoreCase("text")) {
            throw new UserException("总览只有 md 和 json 两种格式，不能是 " + format);
        }
        StringBuilder b = new StringBuilder("# " + year + "年 各公开主体政府信息公开工作总览\n\n");
        b.append("| 主体 | 主动公开 | 新收 | 办结 | 结转 | 逾期 | 复议 | 诉讼 | 勾稽检查 |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        long[] sum = new long[7];
        for (BodyReports.Line l : lines) {
            b.append("| ").append(l.body().name()).append(" (").append(l.body().id()).append(") | ")
                    .append(l.published()).append(" | ").append(l.received()).append(" | ").append(l.concluded())
                    .append(" | ").append(l.carriedOut()).append(" | ").append(l.overdue()).append(" | ")
                    .append(l.reviews()).append(" | ").append(l.suits()).append(" | ")
                    .append(l.checksOk() ? "通过" : "不通过").append(" |\n");
            long[] v = {l.published(), l.received(), l.concluded(), l.carriedOut(), l.overdue(), l.reviews(), l.suits()};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        b.append("| 合计 |");
        for (long v : sum) {
            b.append(' ').append(v).append(" |");
        }
        b.append(" |\n");
        return b.toString();
    }
}
