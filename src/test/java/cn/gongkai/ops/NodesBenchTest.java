package cn.gongkai.ops;

import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.sms.Twilio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's figure for issue 19: signed SMS webhooks answered per second by one node, then by
 * two nodes on the same database (SQLite home, or PostgreSQL with GONGKAI_DATABASE_URL set).
 * A benchmark, not a check: run it on purpose with
 * {@code mvn -q -o test -Dtest=NodesBenchTest -Dgongkai.bench.nodes=true}.
 */
@EnabledIfSystemProperty(named = "gongkai.bench.nodes", matches = "true")
class NodesBenchTest {
    private static final List<String> WORDS = List.of("低保", "农保", "石门村 修路", "养老保险", "医保 报销", "森林防火");
    private static final int THREADS = 16;
    private static final long SECONDS = Long.getLong("gongkai.bench.seconds", 30);

    @Test
    void replies_per_second_with_one_and_two_nodes() throws Exception {
        Path home = Files.createTempDirectory("nodes-bench");
        TestHomes.sample(home).close();
        SharedDatabase db = SharedDatabase.of(home);
        List<String> launcher = ServeProcess.launcher(null, List.of());
        try (FakeTwilioApi api = new FakeTwilioApi();
                ServeProcess a = ServeProcess.start(launcher, home, ManyWritersProcessTest.env(api), List.of("--node", "a"));
                ServeProcess b = ServeProcess.start(launcher, home, ManyWritersProcessTest.env(api), List.of("--node", "b"))) {
            // Both JVMs warmed up (JIT, index readers) before anything is measured; the one-node
            // figure is taken twice, before and after the two-node one, to show the machine's noise.
            run("warm-up a", new int[] {a.port()}, 15);
            run("warm-up b", new int[] {b.port()}, 15);
            double one = run("one (a)", new int[] {a.port()}, SECONDS);
            double two = run("two (a+b)", new int[] {a.port(), b.port()}, SECONDS);
            double oneAgain = run("one (b)", new int[] {b.port()}, SECONDS);
            System.out.printf("[nodes bench] %s, %d client threads, %d s each: one node %.1f / %.1f replies/s, two nodes "
                    + "%.1f replies/s (%d cores, load average %.1f)%n", db.name(), THREADS, SECONDS, one, oneAgain, two,
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static final AtomicLong NEXT = new AtomicLong();

    /** Signed texts from THREADS threads for {@code seconds}, spread over the ports; replies per second. */
    private static double run(String label, int[] ports, long seconds) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger bad = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long t0 = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long i = NEXT.getAndIncrement();
                    int port = ports[(int) (i % ports.length)];
                    try {
                        var r = Twilio.signed(port, "/twilio/sms", Twilio.sms(String.format("+86136%08d", i),
                                WORDS.get((int) (i % WORDS.size())), String.format("SMbench%027d", i)));
                        (r.statusCode() == 200 ? ok : bad).incrementAndGet();
                    } catch (Exception e) {
                        bad.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double rate = ok.get() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("[nodes bench] %s: %d answered, %d failed, %.1f replies/s%n", label, ok.get(), bad.get(), rate);
        return rate;
    }
}
