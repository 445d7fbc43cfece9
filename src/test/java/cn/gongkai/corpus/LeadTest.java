package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 摘录 lead of a page without a summary, and the 成文日期, as stored in the index. */
class LeadTest {
    @TempDir Path home;

    @Test
    void the_lead_skips_salutation_legal_basis_formula_metadata_and_tables() {
        String body = """
                索引号：11000000QH00000/2025-00001

                各镇人民政府、街道办事处，区直各单位：

                根据《社会救助暂行办法》和省民政厅有关规定，经区政府同意，现将有关事项通知如下：

                | 项目 | 标准 |
                | --- | --- |
                | 城市低保 | 820元 |

                一、自2025年4月1日起，城市低保标准提高到每人每月820元。农村低保标准提高到每人每年7600元。

                青禾区民政局

                2025年3月12日
                """;
        assertThat(Lead.of(body)).isEqualTo("一、自2025年4月1日起，城市低保标准提高到每人每月820元。农村低保标准提高到每人每年7600元。");
    }

    @Test
    void a_sentence_that_only_cites_its_legal_basis_is_no_lead() {
        assertThat(Lead.of("本报告根据《中华人民共和国政府信息公开条例》编制。全区共主动公开政府信息5216条。"))
                .isEqualTo("全区共主动公开政府信息5216条。");
        assertThat(Lead.of("依据《条例》第二十条，现予公示。\n\n| 姓名 | 村 |\n| --- | --- |\n| 李某某 | 石门村 |")).isEmpty();
    }

    @Test
    void a_long_first_sentence_is_cut_at_a_comma() {
        String s = "为做好今年的森林草原防灭火工作" + "，切实保护人民群众生命财产安全和森林资源安全".repeat(4) + "。";
        String lead = Lead.of(s);
        assertThat(lead).endsWith("…").hasSizeLessThanOrEqualTo(Lead.MAX_CHARS + 1);
    }

    @Test
    void a_summary_means_no_lead_and_the_lead_follows_a_removed_summary() {
        Disclosure d = new Disclosure("A-1", "关于低保标准的通知", null, null, null, null, "通知", LocalDate.of(2025, 3, 12), null,
                List.of(), "低保标准提高了。", "经研究，低保标准由780元提高到820元。", null);
        assertThat(d.lead()).isNull();
        assertThat(d.hasSummary()).isTrue();
        assertThat(d.withSummaryAndVillages(null, List.of()).lead()).isEqualTo("经研究，低保标准由780元提高到820元。");
    }

    @Test
    void written_date_and_lead_survive_the_index_and_published_still_orders() {
        Disclosure older = new Disclosure("W-1", "关于春耕生产的通知", null, null, null, null, "通知", LocalDate.of(2025, 3, 1), null,
                List.of(), null, "各镇：\n\n今年春耕化肥供应充足，价格平稳。", null, LocalDate.of(2025, 2, 20), null, null);
        Disclosure newer = new Disclosure("W-2", "关于秋收生产的通知", null, null, null, null, "通知", LocalDate.of(2025, 9, 1), null,
                List.of(), null, "今年秋收机械已调配到位。", null, LocalDate.of(2025, 9, 30), null, null);
        new IndexBuilder(new Home(home).indexDir()).build(List.of(older, newer), true);
        try (Corpus corpus = Corpus.open(new Home(home), TestHomes.CLOCK)) {
            Disclosure back = corpus.get("W-1").orElseThrow();
            assertThat(back.written()).isEqualTo(LocalDate.of(2025, 2, 20));
            assertThat(back.lead()).isEqualTo("今年春耕化肥供应充足，价格平稳。");
            // 发布日期 orders results, not 成文日期 (W-2 was written after it was published)
            assertThat(corpus.search().latest(null, null, 10).hits()).extracting(h -> h.disclosure().id())
                    .containsExactly("W-2", "W-1");
        }
    }

    @Test
    void front_matter_written_is_read_and_a_bad_one_refused_by_name() throws Exception {
        Path src = home.resolve("src");
        java.nio.file.Files.createDirectories(src);
        java.nio.file.Files.writeString(src.resolve("A-1.md"), "---\ntitle: 关于春耕的通知\npublished: 2025-03-01\nwritten: 2025年2月20日\n---\n正文。\n");
        java.nio.file.Files.writeString(src.resolve("A-2.md"), "---\ntitle: 关于秋收的通知\npublished: 2025-03-01\nwritten: 不详\n---\n正文。\n");
        ImportResult r = new Importer().read(List.of(src));
        assertThat(r.disclosures()).singleElement().extracting(Disclosure::written).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("written"));
    }
}
