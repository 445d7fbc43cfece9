package cn.gongkai.cli;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.ImportResult;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Main;
import cn.gongkai.config.Home;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai index} as staff run it: what it says, and its exit status. */
class IndexCommandTest {
    @TempDir Path home;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void good_folder_imports_and_exits_zero(@TempDir Path source) throws java.io.IOException {
        for (String f : new String[] {"fire-2025.md", "fire-2024.md", "medical.html"}) {
            java.nio.file.Files.copy(TestHomes.resource("/import/good/" + f), source.resolve(f));
        }
        Run r = run("index", "--home", home.toString(), "--source", source.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("已导入 3 条");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void skipped_files_are_named_one_line_each_and_the_status_says_so() {
        Run r = run("index", "--home", home.toString(), "--source", TestHomes.resource("/import/good").toString(),
                "--source", TestHomes.resource("/import/bad").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("已导入 9 条");
        assertThat(r.err().lines()).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("跳过 "));
        assertThat(r.err()).contains("no-title.md").contains("binary.md").doesNotContain("Exception");
    }

    @Test
    void a_saved_site_imports_its_articles_and_passes_over_the_rest_without_an_error() {
        Run r = run("index", "--home", home.toString(), "--source", TestHomes.resource("/pages/site").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("已导入 36 条").contains("略过 ").contains("栏目页");
    }

    @Test
    void a_duplicate_id_names_the_file_that_was_kept_and_that_one_is_kept(@TempDir Path source) throws java.io.IOException {
        java.nio.file.Files.createDirectories(source.resolve("a"));
        java.nio.file.Files.writeString(source.resolve("a/x.md"), "---\nid: SAME-1\ntitle: 第一份\n---\n正文一");
        java.nio.file.Files.writeString(source.resolve("b.md"), "---\nid: SAME-1\ntitle: 第二份\n---\n正文二");
        ImportResult imported = new Importer().read(java.util.List.of(source));
        assertThat(imported.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("SAME-1").contains("保留 " + p.path());
            assertThat(imported.disclosures()).singleElement()
                    .satisfies(d -> assertThat(d.source()).isEqualTo(p.path()));
        });
    }

    @Test
    void a_folder_with_nothing_readable_keeps_the_old_index() {
        run("index", "--home", home.toString(), "--source", TestHomes.resource("/import/good").toString());
        Run r = run("index", "--home", home.toString(), "--source", "/no/such/folder", "--rebuild");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("/no/such/folder").contains("原索引保持不变");
        try (Corpus c = Corpus.open(new Home(home), TestHomes.CLOCK)) {
            assertThat(c.size()).isEqualTo(8);
        }
    }

    @Test
    void without_sources_it_indexes_the_bundled_sample() {
        Run r = run("index", "--home", home.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("已导入 71 条");
    }

    @Test
    void unknown_option_is_a_usage_error() {
        assertThat(run("index", "--home", home.toString(), "--frobnicate").status()).isEqualTo(2);
    }
}
