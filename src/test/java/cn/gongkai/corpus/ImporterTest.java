package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImporterTest {
    private final Importer importer = new Importer();

    private Map<String, Disclosure> byId(ImportResult r) {
        return r.disclosures().stream().collect(Collectors.toMap(Disclosure::id, Function.identity()));
    }

    @Test
    void markdown_front_matter_becomes_every_field() {
        ImportResult r = importer.read(List.of(TestHomes.resource("/import/good")));
        Disclosure d = byId(r).get("GF-2023-02");
        assertThat(d.title()).isEqualTo("青禾区临时救助实施办法");
        assertThat(d.docNo()).isEqualTo("青禾政发〔2023〕2号");
        assertThat(d.type()).isEqualTo("规范性文件");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(d.repealed()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(byId(r).get("CW-2025-SM-03").villages()).containsExactly("石门村");
        assertThat(d.body()).startsWith("临时救助对象");
    }

    @Test
    void saved_html_page_gives_metadata_table_and_body() {
        Disclosure d = byId(importer.read(List.of(TestHomes.resource("/import/good")))).get("medical");
        assertThat(d.title()).isEqualTo("关于2026年度城乡居民基本医疗保险集中缴费的通告");
        assertThat(d.indexNo()).isEqualTo("11211381MB0000000X/2025-00031");
        assertThat(d.docNo()).isEqualTo("青禾医保发〔2025〕8号");
        assertThat(d.agency()).isEqualTo("青禾区医疗保障局");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(d.category()).isEqualTo("社会保障");
        assertThat(d.body()).contains("每人每年400元").contains("缴费时间");
    }

    @Test
    void csv_catalogue_imports_good_rows_and_names_the_bad_row() {
        ImportResult r = importer.read(List.of(TestHomes.resource("/import/good")));
        Disclosure d = byId(r).get("CSV-1");
        assertThat(d.villages()).containsExactly("柳河村");
        assertThat(d.summary()).isEqualTo("村里三季度花了多少钱都在这里。");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).endsWith("catalogue.csv 第 3 行");
            assertThat(p.reason()).contains("缺少标题");
        });
        assertThat(r.disclosures()).hasSize(8);
    }

    @Test
    void every_unreadable_file_is_named_with_its_reason_and_the_rest_import() {
        ImportResult r = importer.read(List.of(TestHomes.resource("/import/bad")));
        Map<String, String> reasons = r.problems().stream()
                .collect(Collectors.toMap(p -> Path.of(p.path()).getFileName().toString(), ImportResult.Problem::reason));
        assertThat(reasons).containsOnlyKeys("no-title.md", "bad-yaml.md", "binary.md", "path-id.md", "bad-date.md",
                "notes.docx");
        assertThat(reasons.get("no-title.md")).contains("缺少标题");
        assertThat(reasons.get("bad-yaml.md")).contains("YAML");
        assertThat(reasons.get("binary.md")).contains("二进制");
        assertThat(reasons.get("path-id.md")).contains("路径");
        assertThat(reasons.get("bad-date.md")).contains("2025-13-45");
        assertThat(reasons.get("notes.docx")).contains("不支持");
        assertThat(r.disclosures()).extracting(Disclosure::id).containsExactly("ANSI-1");
    }

    @Test
    void terminal_escapes_and_control_characters_are_made_inert() {
        Disclosure d = importer.read(List.of(TestHomes.resource("/import/bad"))).disclosures().get(0);
        assertThat(d.title()).isEqualTo("红色标题");
        assertThat(d.body()).isEqualTo("正文清屏响铃");
        assertThat(d.body().chars()).noneMatch(c -> c < 0x20 && c != '\n');
    }

    @Test
    void a_missing_folder_is_reported_not_thrown() {
        ImportResult r = importer.read(List.of(Path.of("/no/such/folder")));
        assertThat(r.disclosures()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("文件夹"));
    }

    @Test
    void same_id_twice_keeps_the_later_file_and_says_so() {
        ImportResult r = importer.read(List.of(TestHomes.resource("/import/good"), TestHomes.resource("/import/good")));
        assertThat(r.disclosures()).hasSize(8);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.reason()).contains("重复"));
    }
}
