package cn.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each channel's renderer on the shapes real bodies have: headings, lists, emphasis, GFM and HTML tables. */
class ChannelRenderersTest {
    static final String FINANCE = """
            ## 一、收支情况

            柳河村2025年第一季度财务收支情况**公开如下**：

            | 项目 | 收入（元） | 支出（元） |
            | --- | --- | --- |
            | 上级转移支付 | 85,000 |  |
            | 村道维修 |  | 23,600 |

            - 监督电话见村务公开栏
            1. 公示期七天
            """;

    @Test
    void kiosk_lays_a_table_out_in_columns_measured_in_cells_when_it_fits() {
        List<KioskText.Line> lines = KioskText.lines(FINANCE, 60);
        assertThat(lines).extracting(KioskText.Line::text)
                .contains("一、收支情况", "柳河村2025年第一季度财务收支情况公开如下：", "· 监督电话见村务公开栏", "1. 公示期七天");
        assertThat(lines.get(0).kind()).isEqualTo(KioskText.Kind.HEADING);
        KioskText.Line head = lines.stream().filter(l -> l.kind() == KioskText.Kind.TABLE_HEAD).findFirst().orElseThrow();
        assertThat(head.text()).isEqualTo("项目          收入（元）  支出（元）");
        List<String> rows = lines.stream().filter(l -> l.kind() == KioskText.Kind.TABLE_ROW).map(KioskText.Line::text).toList();
        // 上级转移支付 is 12 cells wide: every column starts at the same cell in every row
        assertThat(rows).contains("上级转移支付      85,000", "村道维修                      23,600");
        for (KioskText.Line l : lines) {
            if (!l.wrap()) {
                assertThat(KioskText.width(l.text())).isLessThanOrEqualTo(60);
            }
        }
    }

    @Test
    void kiosk_turns_a_table_too_wide_for_the_screen_into_label_value_lines() {
        List<String> lines = KioskText.lines(FINANCE, 30).stream().map(KioskText.Line::text).toList();
        assertThat(lines).containsSubsequence("项目：上级转移支付", "  收入（元）：85,000", "项目：村道维修", "  支出（元）：23,600");
        assertThat(String.join("\n", lines)).doesNotContain("|").doesNotContain("**").doesNotContain("---");
    }

    @Test
    void sms_gives_short_row_column_value_lines() {
        assertThat(SmsText.of(FINANCE).split("\n")).contains("上级转移支付 收入（元） 85,000", "村道维修 支出（元） 23,600");
        assertThat(SmsText.tables(FINANCE)).isEqualTo("上级转移支付 收入（元） 85,000\n村道维修 支出（元） 23,600");
        assertThat(SmsText.of(FINANCE)).doesNotContain("|").doesNotContain("**").doesNotContain("#");
    }

    @Test
    void speech_reads_a_table_row_by_row_as_item_then_value_without_symbols() {
        String said = SpokenText.of(FINANCE);
        assertThat(said).contains("上级转移支付，收入（元），85,000。村道维修，支出（元），23,600。")
                .contains("一、收支情况。").contains("监督电话见村务公开栏。");
        assertThat(said).doesNotContainPattern("[|*#`·\\-]{1}(?![0-9])");
    }

    @Test
    void html_has_a_real_table_and_escapes_raw_html_and_script_links() {
        String html = HtmlText.of(FINANCE + "\n<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n");
        assertThat(html).contains("<table>").contains("<th>收入（元）</th>").contains("<td>85,000</td>")
                .contains("<h2>一、收支情况</h2>").contains("<strong>公开如下</strong>");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void an_html_table_kept_in_a_body_becomes_a_table_block() {
        String body = "名单如下。\n\n<table><tr><td>姓名</td><td>村</td></tr><tr><td>李某某</td><td>石门村</td></tr></table>\n";
        List<Block> blocks = Markdown.blocks(body);
        assertThat(blocks).contains(new Block.Table(List.of("姓名", "村"), List.of(List.of("李某某", "石门村"))));
        assertThat(SmsText.tables(body)).isEqualTo("李某某 村 石门村");
        assertThat(KioskText.lines(body, 40)).extracting(KioskText.Line::text).doesNotContain("<table>");
    }

    @Test
    void plain_text_drops_every_mark_and_joins_chinese_lines_without_spaces() {
        assertThat(Markdown.plain("> **注意**：`进山`不带\n火种，详见[通知](http://x.cn)。"))
                .isEqualTo("注意：进山不带火种，详见通知。");
    }
}
