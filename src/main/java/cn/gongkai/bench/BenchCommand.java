package cn.gongkai.bench;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;
import cn.gongkai.corpus.IndexStore;
import cn.gongkai.corpus.Pinyin;
import cn.gongkai.corpus.SearchRequest;

import cn.gongkai.config.HomeOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai bench}: builds an index of N synthetic disclosures under the home and runs a
 * query mix, then does the same with a plain Lucene baseline (StandardAnalyzer, title and body
 * only) over the same documents, and prints both with their ratios. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BodiesBench.class,
        description = "Benchmark indexing and search on N synthetic disclosures against a plain Lucene baseline.")
public class BenchCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--docs", defaultValue = "100000", description = "synthetic disclosures (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--queries", defaultValue = "3000", description = "timed queries (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--queries-only", description = "reuse the index already under the home; skip indexing and the baseline")
    boolean queriesOnly;

    @Option(names = "--reuse-index", description = "keep an index of the same size already under the home (built by an earlier run); the baseline is still built and timed")
    boolean reuseIndex;

    @Option(names = "--warmup-docs", defaultValue = "20000",
            description = "before the timed builds, build this many of the documents with each side, untimed (default: ${DEFAULT-VALUE}; 0: none)")
    int warmupDocs;

    @Option(names = "--dump", description = "write every distinct query's total, ids, scores and snippets to this file (to diff two builds' results)")
    Path dump;

    @Option(names = "--dump-queries", description = "more queries for --dump: a judged set (.tsv, query in the second column, village in the fourth)")
    List<Path> dumpQueries = new ArrayList<>();

    @Spec CommandSpec spec;

    record Figures(double docsPerSecond, double p50Millis, double p99Millis) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Disclosure> sample = new Importer().readSample().disclosures();
        List<Disclosure> corpus = new SyntheticCorpus(sample).generate(docs, 42);
        List<String> mix = queryMix(sample, new Random(7));
        out.printf("bench: %d synthetic disclosures, %d queries from a mix of %d (%d cores, max heap %d MB)%n",
                docs, queries, mix.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();

        Path indexDir = home.home().indexDir();
        boolean reused = queriesOnly || reuseIndex && indexOfSize(docs);
        if (!queriesOnly && warmupDocs > 0) {
            warmUp(out, corpus.subList(0, Math.min(warmupDocs, corpus.size())), !reused);
        }
        settle();
        long t0 = System.nanoTime();
        if (!reused) {
            new IndexBuilder(indexDir).build(corpus, true);
        } else if (reuseIndex) {
            out.println("reusing the index of " + docs + " documents under the home (no build timed)");
        }
        double ours = reused ? Double.NaN : docs / ((System.nanoTime() - t0) / 1e9);
        Figures gongkai;
        try (Corpus c = Corpus.open(home.home(), Clock.systemDefaultZone())) {
            if (dump != null) {
                ResultDump.write(c, mix, dumpQueries, dump);
                out.println("results written to " + dump);
            }
            double[] lat = time(mix, q -> c.search().search(SearchRequest.of(q).page(0, 10)));
            gongkai = new Figures(ours, pct(lat, 50), pct(lat, 99));
            out.println("slowest gongkai query: " + slowest);
            out.printf("gongkai CPU per query: p50 %.2f ms, p99 %.2f ms%n", pct(cpu, 50), pct(cpu, 99));
            // The p99 of 3,000 runs of ~160 queries is the tail of two or three queries: name them.
            out.println("gongkai queries with the most CPU (mean ms over their runs): " + costliest(5));
        }
        long heap = usedHeapMb();
        if (queriesOnly) {
            out.printf("p50 %.2f ms, p99 %.2f ms%n", gongkai.p50Millis(), gongkai.p99Millis());
            out.flush();
            return 0;
        }

        Path baseDir = Files.createTempDirectory("gongkai-baseline");
        Figures baseline = baseline(corpus, mix, baseDir);
        IndexStore.deleteTree(baseDir);

        out.printf("%-28s %12s %10s %10s%n", "", "index docs/s", "p50 ms", "p99 ms");
        row(out, "gongkai (smartcn+bigram+pinyin)", gongkai);
        row(out, "baseline (StandardAnalyzer)", baseline);
        out.printf("%-28s %12.2f %10.2f %10.2f%n", "ratio gongkai/baseline", gongkai.docsPerSecond() / baseline.docsPerSecond(),
                gongkai.p50Millis() / baseline.p50Millis(), gongkai.p99Millis() / baseline.p99Millis());
        out.printf("heap used after search: %d MB; process RSS: %d MB; index size: %d MB%n", heap, rssMb(),
                sizeMb(indexDir));
        out.flush();
        return 0;
    }

    /**
     * Builds the first documents once with each side, untimed, into scratch folders. Without it
     * the timed builds also paid for compiling their code (the JIT's threads take the same two
     * cores) and ours for loading smartcn's and pinyin's tables, about a second of CPU a process
     * pays once; and whichever side ran second found the indexing code both share compiled. What
     * the warm-up leaves behind is only what a long-running server keeps too: compiled code and
     * the tables by character; the sentence cache ({@code CachedWords}) is made anew per build.
     */
    private void warmUp(PrintWriter out, List<Disclosure> part, boolean ourSide) throws IOException {
        Path scratch = Files.createTempDirectory("gongkai-bench-warmup");
        try {
            long t0 = System.nanoTime();
            if (ourSide) {
                new IndexBuilder(scratch.resolve("gongkai")).build(part, true);
            }
            double ours = part.size() / ((System.nanoTime() - t0) / 1e9);
            double base = part.size() / baselineBuild(part, scratch.resolve("baseline"));
            out.printf("warm-up (untimed), %d documents: gongkai %s docs/s, baseline %.0f docs/s%n", part.size(),
                    ourSide ? String.format("%.0f", ours) : "-", base);
            out.flush();
        } finally {
            IndexStore.deleteTree(scratch);
        }
    }

    /** The same start for each timed build: the warm-up's or the other side's garbage collected first. */
    private static void settle() {
        System.gc();
    }

    /** Whether the home already holds an index of exactly {@code n} documents. */
    private boolean indexOfSize(int n) {
        if (!home.home().indexDir().toFile().isDirectory()) {
            return false;
        }
        try (Corpus c = Corpus.open(home.home(), Clock.systemDefaultZone())) {
            return c.search().size() == n;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Figures baseline(List<Disclosure> corpus, List<String> mix, Path dir) throws IOException {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        settle();
        double rate = corpus.size() / baselineBuild(corpus, dir);
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            QueryBuilder qb = new QueryBuilder(analyzer);
            double[] lat = time(mix, q -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                Query t = qb.createBooleanQuery("title", q);
                Query body = qb.createBooleanQuery("body", q);
                if (t != null) {
                    b.add(t, Occur.SHOULD);
                }
                if (body != null) {
                    b.add(body, Occur.SHOULD);
                }
                try {
                    var top = s.search(b.build(), 10);
                    for (var sd : top.scoreDocs) {
                        s.storedFields().document(sd.doc);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            spec.commandLine().getOut().printf("baseline CPU per query: p50 %.2f ms, p99 %.2f ms%n", pct(cpu, 50), pct(cpu, 99));
            return new Figures(rate, pct(lat, 50), pct(lat, 99));
        }
    }

    /** The plain Lucene build of {@code corpus} into {@code dir}: its wall-clock seconds. */
    static double baselineBuild(List<Disclosure> corpus, Path dir) throws IOException {
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128))) {
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
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Title words, colloquial terms, whole questions, homophone typos, initials, nonsense. */
    public static List<String> queryMix(List<Disclosure> sample, Random r) {
        List<String> mix = new ArrayList<>();
        for (Disclosure d : sample) {
            String t = d.title().replaceAll("[^\\p{IsHan}]", "");
            if (t.length() >= 6) {
                int a = r.nextInt(t.length() - 4);
                mix.add(t.substring(a, a + 2 + r.nextInt(3)));
                StringBuilder ini = new StringBuilder();
                for (char c : t.substring(a, a + 4).toCharArray()) {
                    ini.append(Pinyin.initials(c).stream().findFirst().orElse("x"));
                }
                mix.add(ini.toString());
            }
        }
        mix.addAll(List.of("农保交多少钱", "合疗缴费", "低保怎么申请", "今年冬天烧炕取暖要注意些什么", "家里老人八十岁了有什么补贴",
                "森林放火", "合做医疗", "临时就助", "石门村修路", "柳河村财务公开", "演唱会门票", "比特币价格", "一卡通",
                "危房改造补助标准", "残疾人补贴怎么领", "秸秆禁烧", "公益性岗位招聘", "依申请公开怎么办"));
        return mix;
    }

    /** The slowest query of the last timed run, for the person tuning. */
    private String slowest = "";

    /** The last timed run's CPU time per query (this thread's), sorted: what a query costs whatever the load. */
    private double[] cpu = new double[0];

    /** The last timed run's CPU milliseconds summed per query, and its run counts. */
    private final java.util.Map<String, double[]> cpuByQuery = new java.util.HashMap<>();

    private String costliest(int n) {
        return cpuByQuery.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0] / b.getValue()[1], a.getValue()[0] / a.getValue()[1]))
                .limit(n).map(e -> String.format("%s %.1f", e.getKey(), e.getValue()[0] / e.getValue()[1]))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private double[] time(List<String> mix, java.util.function.Consumer<String> run) {
        for (int i = 0; i < Math.min(1000, queries); i++) {
            run.accept(mix.get(i % mix.size()));
        }
        var threads = ManagementFactory.getThreadMXBean();
        double[] lat = new double[queries];
        cpu = new double[queries];
        cpuByQuery.clear();
        double worst = 0;
        for (int i = 0; i < queries; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.accept(mix.get(i % mix.size()));
            lat[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            double[] sum = cpuByQuery.computeIfAbsent(mix.get(i % mix.size()), k -> new double[2]);
            sum[0] += cpu[i];
            sum[1]++;
            if (lat[i] > worst) {
                worst = lat[i];
                slowest = mix.get(i % mix.size()) + String.format(" (%.1f ms)", lat[i]);
            }
        }
        Arrays.sort(lat);
        Arrays.sort(cpu);
        return lat;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static void row(PrintWriter out, String name, Figures f) {
        out.printf("%-28s %12.0f %10.2f %10.2f%n", name, f.docsPerSecond(), f.p50Millis(), f.p99Millis());
    }

    private static long usedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** Resident set size from /proc (Linux), or -1 elsewhere. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }
}
