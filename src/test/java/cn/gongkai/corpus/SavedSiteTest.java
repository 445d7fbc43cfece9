package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A district's saved site (SAMPLE pages in five CMS shapes, see scripts/sample-pages.py) imported
 * as `index --source` would: every field of every article page checked against expected.tsv.
 */
class SavedSiteTest {
    private static final Path SITE = TestHomes.resource("/pages/site");

    record Expected(String path, String family, String title, String published, String written, String docNo,
            String indexNo, String agency, String category, String type, String repealed, String bodyStart,
            String bodyEnd, String attachments) {}

    static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestHomes.resource("/pages/expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("path\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(new Expected(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]));
        }
        return out;
    }

    /** Every way a page's import differs from what the page says; empty when it came in right. */
    static List<String> differences(Expected e, Disclosure d, String written) {
        List<String> wrong = new ArrayList<>();
        if (d == null) {
            return List.of("not imported");
        }
        check(wrong, "title", e.title(), d.title());
        check(wrong, "published", e.published(), String.valueOf(d.published()));
        check(wrong, "written", e.written(), written);
        // 成文日期 is stored with the record (and so in the index and the API), not only read from the page.
        check(wrong, "written (stored)", e.written(), d.written() == null ? null : d.written().toString());
        check(wrong, "doc_no", e.docNo(), d.docNo());
        check(wrong, "index_no", e.indexNo(), d.indexNo());
        check(wrong, "agency", e.agency(), d.agency());
        check(wrong, "category", e.category(), d.category());
        check(wrong, "type", e.type(), d.type());
        check(wrong, "repealed", e.repealed(), d.repealed() == null ? null : d.repealed().toString());
        if (!d.body().startsWith(e.bodyStart())) {
            wrong.add("body starts «" + d.body().substring(0, Math.min(60, d.body().length())) + "»");
        }
        if (!d.body().endsWith(e.bodyEnd())) {
            wrong.add("body ends «" + d.body().substring(Math.max(0, d.body().length() - 60)) + "»");
        }
        for (String furniture : List.of("当前位置", "您的位置", "分享到", "相关链接", "相关文章", "版权", "网站标识码", "打印", "浏览次数",
                "索引号", "索 引 号", "发布机构", "成文日期")) {
            if (d.body().contains(furniture)) {
                wrong.add("body holds «" + furniture + "»");
            }
        }
        return wrong;
    }

    private static void check(List<String> wrong, String field, String want, String got) {
        String w = want == null || want.isEmpty() ? null : want;
        if (w == null ? got != null : !w.equals(got)) {
            wrong.add(field + " = «" + got + "», page says «" + w + "»");
        }
    }

    static String idOf(String path) {
        return path.substring(0, path.lastIndexOf('.')).replace('/', '-');
    }

    @Test
    void every_article_page_of_a_saved_site_comes_in_with_every_field_right() throws IOException {
        ImportResult r = new Importer().read(List.of(SITE));
        Map<String, Disclosure> byId = r.disclosures().stream().collect(Collectors.toMap(Disclosure::id, Function.identity()));
        HtmlReader reader = new HtmlReader();
        List<Expected> pages = expected();
        List<String> failures = new ArrayList<>();
        for (Expected e : pages) {
            Disclosure d = byId.get(idOf(e.path()));
            String written;
            try {
                written = String.valueOf(reader.page(PageCharset.decode(Files.readAllBytes(SITE.resolve(e.path()))), "x", "x").written());
            } catch (BadFile ex) {
                written = "refused: " + ex.getMessage();
            }
            List<String> wrong = differences(e, d, written);
            if (!wrong.isEmpty()) {
                failures.add(e.family() + " " + e.path() + ": " + String.join("; ", wrong));
            }
        }
        System.out.printf("saved-site pages imported with every field right: %d/%d%n", pages.size() - failures.size(), pages.size());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pages.stream().map(Expected::family).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(failures).isEmpty();
        assertThat(r.problems()).isEmpty();
        assertThat(r.disclosures()).hasSize(pages.size());
    }

    @Test
    void list_pages_assets_and_a_second_path_to_the_same_article_are_passed_over_not_reported() {
        ImportResult r = new Importer().read(List.of(SITE));
        Map<String, String> passed = r.passedOver().stream()
                .collect(Collectors.toMap(p -> SITE.relativize(Path.of(p.path())).toString(), ImportResult.Problem::reason));
        assertThat(passed).containsKeys("index.html", "xxgk/tzgg/index.html", "zcwj/index.html", "zwgk/gsgg/index.html",
                "css/style.css", "images/logo.png");
        assertThat(passed.get("zcwj/index.html")).contains("列表页");
        assertThat(passed.get("zwgk/gsgg/202503/P020250303_1.xlsx")).contains("已随其页面导入");
        assertThat(passed.get("col/col12/art/202503/P020250304_1.pdf")).contains("已随其页面导入");
        assertThat(passed.get("xxgk/tzgg/202503/P020250324_1.docx")).contains("已随其页面导入");
        assertThat(passed.get("zwgk/tzgg/202501/t20250307_1007.html")).contains("xxgk/tzgg/202501/t20250307_1007.html")
                .contains("同一篇");
        assertThat(r.disclosures()).extracting(Disclosure::id).doesNotContain("zwgk-tzgg-202501-t20250307_1007")
                .contains("xxgk-tzgg-202501-t20250307_1007");
        assertThat(r.disclosures()).allSatisfy(d -> assertThat(DisclosureIds.isValid(d.id())).isTrue());
    }

    @Test
    void the_text_of_pdf_docx_and_xlsx_attachments_is_indexed_with_their_page() {
        Map<String, Disclosure> byId = new Importer().read(List.of(SITE)).disclosures().stream()
                .collect(Collectors.toMap(Disclosure::id, Function.identity()));
        assertThat(byId.get("col-col12-art-202503-t20250304_1004").body())
                .contains("【附件】青禾区临时救助实施办法.pdf").contains("急难型临时救助可先行救助");
        assertThat(byId.get("xxgk-tzgg-202503-t20250324_1024").body()).contains("第二条 救助对象为特困人员");
        assertThat(byId.get("zwgk-gsgg-202503-t20250303_1003").body()).contains("石门村 李某某 原址重建");
    }

    @Test
    void a_repealed_rule_is_not_in_force() throws IOException {
        Disclosure d = new Importer().read(List.of(SITE)).disclosures().stream()
                .filter(x -> x.id().equals("zfxxgk-fdzdgknr-202406-t20250328_1028")).findFirst().orElseThrow();
        assertThat(d.inForceOn(LocalDate.of(2025, 1, 1))).isFalse();
    }
}
