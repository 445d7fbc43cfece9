package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An id read from a file ends up in paths (console files, pickup codes): one that breaks the rule is refused by name. */
class ImporterIdTest {
    @TempDir Path folder;

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    private static String md(String id) {
        return "---\nid: \"" + id + "\"\ntitle: 标题\ntype: 通知\npublished: 2025-01-02\n---\n正文。\n";
    }

    @Test
    void a_file_whose_id_breaks_the_rule_is_a_problem_and_the_rest_import() throws Exception {
        write("good.md", md("GOOD-1"));
        write("up.md", md("../../../x"));
        write("abs.md", md("/tmp/x"));
        write("dot.md", md(".x"));
        write("long.md", md("L".repeat(DisclosureIds.MAX_LENGTH + 6)));
        write("rows.csv", "id,title,category,type,published,agency,doc_no,villages,summary,body\n"
                + "CSV-OK,标题一,,通知,2025-01-02,,,,,正文一\n"
                + "../csv-bad,标题二,,通知,2025-01-02,,,,,正文二\n");
        write("page.html", "<html><head><meta name=\"id\" content=\"a/b\"><title>页面</title></head>"
                + "<body><h1>页面</h1><p>正文。</p></body></html>");
        ImportResult r = new Importer().read(List.of(folder));
        assertThat(r.disclosures()).extracting(Disclosure::id).allMatch(DisclosureIds::isValid)
                .contains("GOOD-1", "CSV-OK");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.path()).endsWith("up.md");
            assertThat(p.reason()).contains("编号");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.path()).endsWith("long.md");
            assertThat(p.reason()).contains("编号");
        });
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.path()).endsWith("abs.md"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.path()).endsWith("dot.md"));
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.path()).contains("rows.csv");
            assertThat(p.reason()).contains("编号");
        });
    }
}
