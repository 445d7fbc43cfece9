package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench builds both sides once untimed before the timed builds (so neither pays for the
 * JIT or for loading tables inside its figure), leaves nothing of that warm-up behind, and
 * {@code --warmup-docs 0} is the bench as it was.
 */
class BenchWarmUpTest {
    @TempDir Path home;

    private String bench(String... extra) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        String[] args = new String[] {"bench", "--home", home.toString(), "--docs", "400", "--queries", "10"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        assertThat(cli.execute(all)).isZero();
        return out.toString();
    }

    @Test
    void both_sides_are_built_once_untimed_before_the_timed_builds() throws Exception {
        String out = bench("--warmup-docs", "150");
        assertThat(out).containsPattern("warm-up \\(untimed\\), 150 documents: gongkai \\d+ docs/s, baseline \\d+ docs/s");
        assertThat(out.indexOf("warm-up")).isLessThan(out.indexOf("ratio gongkai/baseline"));
        assertThat(out).contains("ratio gongkai/baseline");
        // The warm-up wrote into scratch folders: the home holds only the timed index.
        try (var gens = Files.list(home.resolve("index"))) {
            assertThat(gens.filter(Files::isDirectory).count()).isEqualTo(1);
        }
    }

    @Test
    void no_warm_up_with_zero_and_more_than_the_corpus_is_capped() {
        assertThat(bench("--warmup-docs", "0")).doesNotContain("warm-up");
        assertThat(bench("--warmup-docs", "5000")).contains("warm-up (untimed), 400 documents");
    }
}
