package cn.gongkai.bench;
import cn.gongkai.corpus.*;
import java.nio.file.*;
import java.util.*;
/**
 * Index build cost in process CPU time, gongkai's build against the plain Lucene baseline of
 * {@link BenchCommand} over the same synthetic documents: on a machine shared with other work,
 * wall-clock docs/s mostly measures the queue for a core, CPU-seconds what a build costs.
 * {@code java -cp target/gongkai.jar cn.gongkai.bench.BuildCpuBench LABEL DOCS [ROUNDS]}. A benchmark, not a test.
 * With ROUNDS above 1 the two builds alternate (baseline first from the second round on) and
 * each round prints its own line: the first round charges gongkai's build with compiling the
 * indexing code both share (the JIT's threads count as process CPU), later rounds show the
 * steady cost of each.
 */
public final class BuildCpuBench {
    private BuildCpuBench() {}

    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[1]);
        int rounds = a.length > 2 ? Integer.parseInt(a[2]) : 1;
        List<Disclosure> sample = new Importer().readSample().disclosures();
        List<Disclosure> corpus = new SyntheticCorpus(sample).generate(n, 42);
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("gongkai-cpu-bench");
            double[] base = round == 1 ? null : baseline(corpus, dir);
            Map<String, Double> threads0 = ThreadGroupsCpu.now();
            long c0 = cpu(), w0 = System.nanoTime();
            new IndexBuilder(dir.resolve("g")).build(corpus, true);
            double ours = (cpu() - c0) / 1e9, oursWall = (System.nanoTime() - w0) / 1e9;
            // CPU-s by kind: ms per 1,000 "requests" is seconds.
            String split = ThreadGroupsCpu.perRequest(threads0, ThreadGroupsCpu.now(), 1000);
            if (base == null) {
                base = baseline(corpus, dir);
            }
            System.out.printf("%s%s %d docs: gongkai %.1f CPU-s (%.0f docs/CPU-s, wall %.0f s); baseline %.1f CPU-s (%.0f docs/CPU-s, wall %.0f s); ratio docs/CPU-s %.3f%n",
                    a[0], rounds > 1 ? " round " + round : "", n, ours, n / ours, oursWall, base[0], n / base[0], base[1],
                    base[0] / ours);
            // How much of gongkai's CPU was the JIT recompiling shared Lucene code and the collector
            // copying Lucene's buffers rather than indexing (Linux only; the ended indexing pool is
            // not listed: it is the total less these).
            System.out.println("  gongkai's build, CPU-s by kind of thread still alive: " + split);
            IndexStore.deleteTree(dir);
        }
    }

    /** The plain Lucene build: CPU seconds and wall seconds. */
    /** The bench's own baseline build (one definition, so both benches time the same thing), with its CPU. */
    private static double[] baseline(List<Disclosure> corpus, Path dir) throws java.io.IOException {
        long c0 = cpu();
        double wall = BenchCommand.baselineBuild(corpus, dir.resolve("b"));
        return new double[] {(cpu() - c0) / 1e9, wall};
    }
}
