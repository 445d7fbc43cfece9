package cn.gongkai.bench;
import cn.gongkai.corpus.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
/**
 * Index build cost in process CPU time, gongkai's build against the plain Lucene baseline of
 * {@link BenchCommand} over the same synthetic documents: on a machine shared with other work,
 * wall-clock docs/s mostly measures the queue for a core, CPU-seconds what a build costs.
 * {@code java -cp target/gongkai.jar cn.gongkai.bench.BuildCpuBench LABEL DOCS}. A benchmark, not a test.
 */
public final class BuildCpuBench {
    private BuildCpuBench() {}

    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[1]);
        List<Disclosure> sample = new Importer().readSample().disclosures();
        List<Disclosure> corpus = new SyntheticCorpus(sample).generate(n, 42);
        Path dir = Files.createTempDirectory("gongkai-cpu-bench");
        long c0 = cpu(), w0 = System.nanoTime();
        new IndexBuilder(dir.resolve("g")).build(corpus, true);
        double ours = (cpu() - c0) / 1e9, oursWall = (System.nanoTime() - w0) / 1e9;
        c0 = cpu(); w0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir.resolve("b"));
                  IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128))) {
            for (Disclosure x : corpus) {
                Document doc = new Document();
                doc.add(new StringField("id", x.id(), Field.Store.YES));
                doc.add(new TextField("title", x.title(), Field.Store.NO));
                doc.add(new TextField("body", x.body(), Field.Store.NO));
                doc.add(new StoredField("title_stored", x.title()));
                w.addDocument(doc);
            }
            w.commit();
        }
        double base = (cpu() - c0) / 1e9, baseWall = (System.nanoTime() - w0) / 1e9;
        System.out.printf("%s %d docs: gongkai %.1f CPU-s (%.0f docs/CPU-s, wall %.0f s); baseline %.1f CPU-s (%.0f docs/CPU-s, wall %.0f s); ratio docs/CPU-s %.3f%n",
                a[0], n, ours, n / ours, oursWall, base, n / base, baseWall, base / ours);
        IndexStore.deleteTree(dir);
    }
}
