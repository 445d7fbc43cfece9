package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Evaluation;

import cn.gongkai.config.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai eval FILE.tsv}: search quality on judged queries, per kind, so a district can check its synonyms. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure search quality on judged queries.",
                "FILE.tsv columns: kind, query, expected ids separated by | (empty: no answer), village (optional)."})
public class EvalCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "FILE.tsv")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        String tsv;
        try {
            tsv = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("无法读取 " + file + ": " + e.getMessage());
        }
        try (Corpus corpus = Corpus.open(home.home())) {
            Evaluation.Report report = Evaluation.run(corpus.search(), Evaluation.parse(tsv, file.toString()));
            print(report, spec.commandLine().getOut());
        }
        return 0;
    }

    public static void print(Evaluation.Report report, PrintWriter out) {
        out.printf("%-12s %5s %10s %10s %18s%n", "kind", "n", "success@1", "success@3", "no-answer accuracy");
        for (Evaluation.Figures f : report.byKind()) {
            row(out, f);
        }
        row(out, report.overall());
        for (Evaluation.Miss m : report.misses()) {
            out.printf("miss (line %d, %s): %s -> expected %s, got %s%n", m.c().line(), m.c().kind(), m.c().query(),
                    m.c().expected(), m.got());
        }
        out.flush();
    }

    private static void row(PrintWriter out, Evaluation.Figures f) {
        out.printf("%-12s %5d %10.2f %10.2f %18.2f%n", f.kind(), f.n(), f.success1(), f.success3(), f.noAnswerAccuracy());
    }
}
