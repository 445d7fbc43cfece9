package cn.gongkai.corpus;

import cn.gongkai.cli.EvalCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judged query set over the bundled sample: the bar search quality must stay above. */
class SearchQualityTest {
    @TempDir Path home;

    @Test
    void judged_queries_reach_success_at_3_of_090_overall_and_080_in_every_kind() throws IOException {
        Path file = TestHomes.resource("/eval/queries.tsv");
        List<Evaluation.Case> cases = Evaluation.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cases).extracting(Evaluation.Case::kind).contains(
                "title", "colloquial", "question", "homophone", "initials", "village", "none");
        try (Corpus corpus = TestHomes.sample(home)) {
            Evaluation.Report report = Evaluation.run(corpus.search(), cases);
            StringWriter printed = new StringWriter();
            EvalCommand.print(report, new PrintWriter(printed));
            assertThat(report.overall().success3()).as(printed.toString()).isGreaterThanOrEqualTo(0.9);
            for (Evaluation.Figures f : report.byKind()) {
                assertThat(f.success3()).as(f.kind() + "\n" + printed).isGreaterThanOrEqualTo(0.8);
                assertThat(f.n()).as(f.kind()).isGreaterThanOrEqualTo(8);
            }
        }
    }

    @Test
    void every_judged_id_exists_in_the_sample() throws IOException {
        Path file = TestHomes.resource("/eval/queries.tsv");
        try (Corpus corpus = TestHomes.sample(home)) {
            for (Evaluation.Case c : Evaluation.parse(Files.readString(file), file.toString())) {
                for (String id : c.expected()) {
                    assertThat(corpus.get(id)).as("line %d: %s", c.line(), id).isPresent();
                }
            }
        }
    }
}
