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
    void an_index_run_by_hand_bumps_the_content_version_and_every_node_follows(@TempDir Path source)
            throws java.io.IOException {
        java.nio.file.Files.copy(TestHomes.resource("/import/good/fire-2025.md"), source.resolve("fire-2025.md"));
        run("index", "--home", home.toString()); // the sample, as a home starts
        var db = cn.gongkai.storage.Database.open(new Home(home));
        var shared = new cn.gongkai.cluster.SharedContent(db, TestHomes.CLOCK);
        long before = shared.version();
        // Node a's own index, caught up with the database as serve --node a does at start.
        java.nio.file.Path nodeIndex = home.resolve("nodes/a/index");
        try (Corpus a = Corpus.open(new Home(home), nodeIndex, TestHomes.CLOCK,
                new io.micrometer.core.instrument.composite.CompositeMeterRegistry())) {
            var follower = new cn.gongkai.cluster.IndexFollower(shared, a, a.bodies(), -1);
            follower.follow();
            String id = new Importer().read(java.util.List.of(source)).disclosures().get(0).id();
            String title = new Importer().read(java.util.List.of(source)).disclosures().get(0).title();
            int sizeBefore = a.size();

            Run r = run("index", "--home", home.toString(), "--source", source.toString());
            assertThat(r.status()).isZero();
            assertThat(shared.version()).isEqualTo(before + 1);
            assertThat(r.out()).contains("检索内容版本 " + (before + 1));
            assertThat(follower.follow()).as("the node sees the new version").isTrue();
            assertThat(a.get(id)).as("and indexes what was imported by hand").isPresent();
            assertThat(a.get(id).orElseThrow().title()).isEqualTo(title);
            assertThat(a.size()).isGreaterThanOrEqualTo(sizeBefore);
        }
    }

    @Test
    void unknown_option_is_a_usage_error() {
        assertThat(run("index", "--home", home.toString(), "--frobnicate").status()).isEqualTo(2);
    }
}
