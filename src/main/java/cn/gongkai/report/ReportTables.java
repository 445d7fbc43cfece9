package cn.gongkai.report;

import cn.gongkai.requests.ResultCode;

import static cn.gongkai.report.Table.Cell.td;
import static cn.gongkai.report.Table.Cell.th;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays out sections 二, 三 and 四 as the national format draws them (国办公开办函〔2021〕30号). */
final class ReportTables {

    private ReportTables() {}

    static Table section2(AnnualReport.Section2 s) {
        String amount = ReportTemplate.plain(s.fees());
        return new Table(4)
                .row(th("第二十条第(一)项", 1, 4))
                .row(th("信息内容"), th("本年制发件数"), th("本年废止件数"), th("现行有效件数"))
                .row(th("规章"), td(s.rules().issued()), td(s.rules().repealed()), td(s.rules().inForce()))
                .row(th("行政规范性文件"), td(s.normativeDocs().issued()), td(s.normativeDocs().repealed()),
                        td(s.normativeDocs().inForce()))
                .row(th("第二十条第(五)项", 1, 4))
                .row(th("信息内容"), th("本年处理决定数量", 1, 3))
                .row(th("行政许可"), td(s.licensing(), 3))
                .row(th("第二十条第(六)项", 1, 4))
                .row(th("信息内容"), th("本年处理决定数量", 1, 3))
                .row(th("行政处罚"), td(s.penalty(), 3))
                .row(th("行政强制"), td(s.coercion(), 3))
                .row(th("第二十条第(八)项", 1, 4))
                .row(th("信息内容"), th("本年收费金额(单位:万元)", 1, 3))
                .row(th("行政事业性收费"), td(amount, 3));
    }

    static Table section3(Map<String, long[]> t) {
        Table table = new Table(10)
                .row(th("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", 3, 3), th("申请人情况", 1, 7))
                .row(th("自然人", 2, 1), th("法人或其他组织", 1, 5), th("总计", 2, 1))
                .row(th("商业企业"), th("科研机构"), th("社会公益组织"), th("法律服务机构"), th("其他"));
        int resultRows = ResultCode.values().length + 1;
        for (String row : AnnualReport.ROWS) {
            List<Table.Cell> cells = new ArrayList<>(labels(row, resultRows));
            for (long n : t.get(row)) {
                cells.add(td(n));
            }
            table.row(cells);
        }
        return table;
    }

    /** The label cells a row starts: the merged group cells open on the group's first row. */
    private static List<Table.Cell> labels(String row, int resultRows) {
        return switch (row) {
            case "NEW", "CARRIED_IN", "CARRIED_OUT" -> List.of(th(AnnualReport.rowLabel(row), 1, 3));
            case "GRANTED" -> List.of(th("三、本年度办理结果", resultRows, 1), th(leaf(row), 1, 2));
            case "PARTIAL" -> List.of(th(leaf(row), 1, 2));
            case "RESULT_TOTAL" -> List.of(th("(七)总计", 1, 2));
            case "DENIED_STATE_SECRET" -> List.of(th("(三)不予公开", 8, 1), th(leaf(row)));
            case "UNAVAILABLE_NOT_HELD" -> List.of(th("(四)无法提供", 3, 1), th(leaf(row)));
            case "NOT_PROCESSED_PETITION" -> List.of(th("(五)不予处理", 5, 1), th(leaf(row)));
            case "OTHER_NO_CORRECTION" -> List.of(th("(六)其他处理", 3, 1), th(leaf(row)));
            default -> List.of(th(leaf(row)));
        };
    }

    /**
     * The row's own words inside its group: "三(三)1. 属于国家秘密" → "1.属于国家秘密",
     * "三(一) 予以公开" → "(一)予以公开".
     */
    static String leaf(String row) {
        String label = AnnualReport.rowLabel(row).substring(1);
        if (label.matches("^\\([一二三四五六七]\\)\\d.*")) {
            label = label.substring(label.indexOf(')') + 1);
        }
        return label.replaceFirst(" ", "");
    }

    static Table section4(Map<String, Long> t) {
        Table table = new Table(15)
                .row(th("行政复议", 1, 5), th("行政诉讼", 1, 10))
                .row(th("结果维持", 2, 1), th("结果纠正", 2, 1), th("其他结果", 2, 1), th("尚未审结", 2, 1),
                        th("总计", 2, 1), th("未经复议直接起诉", 1, 5), th("复议后起诉", 1, 5));
        List<Table.Cell> heads = new ArrayList<>();
        List<Table.Cell> figures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            heads.addAll(List.of(th("结果维持"), th("结果纠正"), th("其他结果"), th("尚未审结"), th("总计")));
        }
        for (String g : AnnualReport.REVIEW_GROUPS) {
            for (String o : AnnualReport.REVIEW_OUTCOMES) {
                figures.add(td(t.get(g + "_" + o)));
            }
        }
        return table.row(heads).row(figures);
    }
}
