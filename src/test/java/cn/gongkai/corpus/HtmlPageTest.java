package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pieces of reading a real government page, each on the smallest page that shows it (SAMPLE content). */
class HtmlPageTest {
    private final HtmlReader reader = new HtmlReader();

    private HtmlReader.Page page(String body) throws BadFile {
        return reader.page("<html><head><meta charset=utf-8><title>青禾区人民政府</title></head><body>" + body + "</body></html>",
                "p1", "p1.html");
    }

    @Test
    void labels_padded_with_any_space_and_either_colon_are_read_from_any_element() throws BadFile {
        Disclosure d = page("""
                <p>索&nbsp;&nbsp;引&nbsp;号:QH-01</p>
                <div><span>发　文　字　号</span><span>青禾政发〔2025〕1号</span></div>
                <table><tr><th>发 布 机 构</th><td>青禾区民政局</td></tr></table>
                <li><b>公开日期：</b>2025年3月1日</li>
                <h1>关于做好2025年低保年审工作的通知</h1>
                <div class="c"><p>各镇人民政府：现将低保年审工作通知如下，请认真执行。</p></div>
                """).disclosure();
        assertThat(d.indexNo()).isEqualTo("QH-01");
        assertThat(d.docNo()).isEqualTo("青禾政发〔2025〕1号");
        assertThat(d.agency()).isEqualTo("青禾区民政局");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(d.title()).isEqualTo("关于做好2025年低保年审工作的通知");
        assertThat(d.type()).isEqualTo("通知");
        assertThat(d.body()).isEqualTo("各镇人民政府：现将低保年审工作通知如下，请认真执行。");
    }

    @Test
    void the_publication_date_wins_over_the_writing_date_whichever_comes_first() throws BadFile {
        HtmlReader.Page p = page("<p>成文日期：2025-02-01　发布日期：2025-02-09</p><h1>青禾区2025年春耕生产工作安排</h1>"
                + "<div><p>今年春耕生产要早安排、早部署，确保不误农时。</p></div>");
        assertThat(p.disclosure().published()).isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(p.written()).isEqualTo("2025-02-01");
        HtmlReader.Page onlyWritten = page("<p>生成日期：2025/2/1</p><h1>青禾区2025年春耕生产工作安排</h1>"
                + "<div><p>今年春耕生产要早安排、早部署，确保不误农时。</p></div>");
        assertThat(onlyWritten.disclosure().published()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void a_word_ending_in_a_label_inside_the_article_is_not_the_page_metadata() throws BadFile {
        Disclosure d = page("<p>发布机构：青禾区财政局</p><h1>青禾区2025年村级公益事业奖补项目公示</h1>"
                + "<div><p>资金来源：区级财政奖补资金，共计120万元。</p><p>项目分类：道路硬化、路灯安装。</p></div>").disclosure();
        assertThat(d.agency()).isEqualTo("青禾区财政局");
        assertThat(d.category()).isNull();
        assertThat(d.body()).contains("资金来源：区级财政奖补资金");
    }

    @Test
    void the_title_is_never_the_site_name() throws BadFile {
        Disclosure d = page("<div class=\"logo\"><h1>青禾区人民政府</h1></div><p>发布日期：2025-01-01</p>"
                + "<div class=\"title\">青禾区2025年元旦春节期间值班安排</div>"
                + "<div><p>元旦春节期间，区政府总值班室24小时值班，电话0000-0000000。</p></div>").disclosure();
        assertThat(d.title()).isEqualTo("青禾区2025年元旦春节期间值班安排");
        HtmlReader.Page byMeta = reader.page("<html><head><title>青禾区人民政府门户网站</title>"
                + "<meta name=\"ArticleTitle\" content=\"青禾区2025年征兵公告\"></head><body><p>发布日期：2025-05-01</p>"
                + "<div><p>凡年满18周岁的男性公民，应当按照兵役机关的安排在当年进行初次兵役登记。</p></div></body></html>", "p2", "p2.html");
        assertThat(byMeta.disclosure().title()).isEqualTo("青禾区2025年征兵公告");
        assertThat(byMeta.disclosure().type()).isEqualTo("公告");
        assertThatThrownBy(() -> reader.page("<html><head><title>青禾区人民政府</title></head><body><p>发布日期：2025-05-01</p>"
                + "<div><p>没有标题的页面，正文也很短。</p></div></body></html>", "p3", "p3.html"))
                .hasMessageContaining("缺少标题");
    }

    @Test
    void the_type_comes_from_the_page_or_else_from_the_title() {
        assertThat(DocTypes.of("公告公示", "青禾区征地补偿安置方案", null)).isEqualTo("公示");
        assertThat(DocTypes.of(null, "关于印发《青禾区物业管理办法》的通知", "青禾政规〔2025〕1号")).isEqualTo("规范性文件");
        assertThat(DocTypes.of(null, "青禾区物业管理办法", null)).isEqualTo("其他");
        assertThat(DocTypes.of(null, "《青禾区物业管理办法》解读", "青禾政规〔2025〕1号")).isEqualTo("政策解读");
        assertThat(DocTypes.of(null, "青禾区残疾人两项补贴申领指南", null)).isEqualTo("办事指南");
        assertThat(DocTypes.of(null, "青禾区关于禁止燃放烟花爆竹的通告", null)).isEqualTo("公告");
        assertThat(DocTypes.of(null, "青禾区拟聘用人员名单公示", null)).isEqualTo("公示");
        assertThat(DocTypes.of(null, "关于召开全区安全生产会议的通知", null)).isEqualTo("通知");
        assertThat(DocTypes.of(null, "青禾区2025年政府工作报告", null)).isEqualTo("其他");
    }

    @Test
    void a_gbk_page_is_decoded_by_its_declared_charset_and_a_false_declaration_is_named() throws BadFile {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body>"
                + "<p>标题：青禾区防汛通知</p><div><p>汛期将至，各村要排查隐患，落实责任。</p></div></body></html>";
        byte[] gbk = html.getBytes(Charset.forName("GBK"));
        assertThat(PageCharset.decode(gbk)).isEqualTo(html);
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        assertThat(PageCharset.decode(utf8)).as("re-saved as UTF-8, old meta tag kept").isEqualTo(html);
        byte[] undeclaredGbk = html.replace("; charset=GBK", "").getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> PageCharset.decode(undeclaredGbk)).hasMessageContaining("UTF-8");
    }

    @Test
    void ids_follow_the_contract_whatever_the_site_names_its_files() {
        Path root = Path.of("/site");
        assertThat(SitePaths.id(root, root.resolve("medical.html"))).isEqualTo("medical");
        assertThat(SitePaths.id(root, root.resolve("xxgk/tzgg/202503/t20250301_1001.html"))).isEqualTo("xxgk-tzgg-202503-t20250301_1001");
        assertThat(SitePaths.id(root, root.resolve("xxgk/index.html"))).isEqualTo("xxgk-index");
        assertThat(SitePaths.id(root, root.resolve("my page (1).html"))).isEqualTo("my-page-1");
        String chinese = SitePaths.id(root, root.resolve("关于做好防汛工作的通知.html"));
        assertThat(chinese).matches("p-[0-9a-f]{10}").isEqualTo(SitePaths.id(root, root.resolve("关于做好防汛工作的通知.html")))
                .isNotEqualTo(SitePaths.id(root, root.resolve("关于做好抗旱工作的通知.html")));
        String deep = "a/".repeat(30) + "t20250301_1001.html";
        String longId = SitePaths.id(root, root.resolve(deep));
        assertThat(longId).hasSizeLessThanOrEqualTo(DisclosureIds.MAX_LENGTH).endsWith("t20250301_1001")
                .isNotEqualTo(SitePaths.id(root, root.resolve("b/" + deep)));
        for (String id : new String[] {chinese, longId}) {
            assertThat(DisclosureIds.problem(id)).isEmpty();
        }
    }

    @Test
    void a_data_table_in_the_article_stays_a_table() throws BadFile {
        Disclosure d = page("<p>发布日期：2025-04-08</p><h1>柳河村2025年第一季度村务财务公开</h1><div class=\"article\">"
                + "<p>柳河村第一季度收支情况公开如下，请村民监督。</p><table><tr><td>项目</td><td>金额（元）</td></tr>"
                + "<tr><td>村道维修</td><td>23,600</td></tr></table></div>"
                + "<div class=\"links\"><a href=\"/1\">柳河村2024年第四季度村务财务公开</a> <a href=\"/2\">石门村2025年第一季度村务财务公开</a></div>")
                .disclosure();
        assertThat(d.body()).isEqualTo("柳河村第一季度收支情况公开如下，请村民监督。\n\n| 项目 | 金额（元） |\n| --- | --- |\n| 村道维修 | 23,600 |");
    }
}
