package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.ImportResult;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai index}: import disclosure files into the index, atomically. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Import disclosures (Markdown with YAML front matter, saved HTML pages, CSV catalogues) into index/.",
                "A file that cannot be read is named with the reason; the rest import and the exit status is 1."})
public class IndexCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--source", paramLabel = "DIR", description = "folder of disclosure files; repeatable (default: the bundled sample)")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--rebuild", description = "the new index holds only these sources and disclosures/ under the home (default: add to and replace in the current one)")
    boolean rebuild;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Importer importer = new Importer();
        ImportResult imported = sources.isEmpty() ? importer.readSample() : importer.read(sources);
        if (rebuild) {
            imported = withPublished(importer, imported);
        }
        var err = spec.commandLine().getErr();
        var texts = CliTexts.load(home);
        var out = spec.commandLine().getOut();
        for (ImportResult.Problem p : imported.problems()) {
            err.println(texts.get("out.index_skipped", "problem", p));
        }
        IndexBuilder.Outcome o = new IndexBuilder(home.home().indexDir(),
                cn.gongkai.bodies.Bodies.load(new cn.gongkai.config.ConfigFiles(home.home())))
                .build(imported.disclosures(), rebuild);
        // Searchable, but counted in no body's annual report: staff should know which and why.
        for (String u : o.unowned()) {
            err.println("不属于任何公开主体 (可以检索，不计入任何主体的年度报告): " + u);
        }
        if (!o.published()) {
            err.println(texts.get("out.index_nothing"));
            return 1;
        }
        // Every node follows the database, not this folder: what was imported goes there too,
        // with a new content version, as a console publish does (issue 18).
        Map<String, String> markdown = new LinkedHashMap<>();
        for (Disclosure d : imported.disclosures()) {
            markdown.put(d.id(), cn.gongkai.console.DisclosureFiles.markdown(d));
        }
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        long version;
        try {
            version = new cn.gongkai.cluster.SharedContent(new cn.gongkai.app.App(home.home(), clock).records().database(),
                    clock).disclosures(markdown, "gongkai index");
        } catch (cn.gongkai.config.UserException e) { // WriteUnavailable too (disk full, read-only)
            // This folder's index is done; only the other nodes did not hear of it.
            err.println(texts.get("out.index_not_shared", "reason", e.getMessage()));
            return 1;
        }
        // A problem is a file or one CSV row: "项", not "个文件".
        out.println(texts.get("out.index_done", "written", o.written(), "total", o.total())
                + (imported.problems().isEmpty() ? "" : texts.get("out.index_done_skipped", "n", imported.problems().size()))
                + (imported.passedOver().isEmpty() ? "" : texts.get("out.index_done_passed_over", "n", imported.passedOver().size())));
        out.println(texts.get("out.index_shared", "version", version));
        return imported.problems().isEmpty() ? 0 : 1;
    }

    /**
     * A rebuild always keeps what staff published in the console ({@code disclosures/} under the
     * home): those files exist nowhere else, and a rebuild from the other sources alone would
     * drop them from search. They are read last, so they win over a same-id file elsewhere, as
     * they did when the console indexed them.
     */
    private ImportResult withPublished(Importer importer, ImportResult imported) {
        Path published = home.home().root().resolve("disclosures").toAbsolutePath().normalize();
        boolean named = sources.stream().anyMatch(s -> s.toAbsolutePath().normalize().equals(published));
        if (named || !Files.isDirectory(published)) {
            return imported;
        }
        ImportResult console = importer.read(List.of(published));
        Map<String, Disclosure> byId = new LinkedHashMap<>();
        for (Disclosure d : imported.disclosures()) {
            byId.put(d.id(), d);
        }
        for (Disclosure d : console.disclosures()) {
            byId.put(d.id(), d);
        }
        List<ImportResult.Problem> problems = new ArrayList<>(imported.problems());
        problems.addAll(console.problems());
        return new ImportResult(List.copyOf(byId.values()), problems);
    }
}
