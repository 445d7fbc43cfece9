package cn.gongkai.bench;

import cn.gongkai.app.App;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioWebhook;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.HomeOption;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;
import cn.gongkai.gateway.Server;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import cn.gongkai.storage.WriteStats;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai sms bench}: signed webhook load against an index of N synthetic disclosures,
 * then the same load against a bare Javalin endpoint in the same process as the ceiling. A
 * benchmark, not a test; it builds its index and database under {@code --home}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the SMS webhook (signed Twilio posts) against N synthetic disclosures.")
public class SmsBenchCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Option(names = "--docs", defaultValue = "100000") int docs;
    @Option(names = "--requests", defaultValue = "20000") int requests;
    @Option(names = "--clients", defaultValue = "16") int clients;
    @Option(names = "--warmup", defaultValue = "8000", description = "posts sent to each endpoint before the timed runs (then rounds of a quarter as many until it settles, see --settle-rounds)")
    int warmup;
    @Option(names = "--reuse-index", description = "keep the index and database already under --home when it holds"
            + " --docs disclosures (building 100,000 takes minutes); rebuilt otherwise")
    boolean reuseIndex;
    @Spec CommandSpec spec;

    private static final String TOKEN = "bench-token";
    private static final String PUBLIC = "https://bench.example.cn";

    /**
     * {@code cpuMs}: the process's CPU time per request (server and load generator together);
     * {@code jitMs}: time the JIT spent compiling during the run (its threads' CPU is in {@code cpuMs}).
     */
    record Figures(double perSecond, double p50, double p99, int ok, int failed, double cpuMs, long jitMs,
            String byThread, String failures) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Disclosure> sample = new Importer().readSample().disclosures();
        List<String> mix = BenchCommand.queryMix(sample, new Random(7));
        out.printf("sms bench: %d synthetic disclosures, %d signed posts, %d clients, %d cores%n", docs, requests, clients,
                Runtime.getRuntime().availableProcessors());
        out.flush();
        Clock clock = Clock.systemDefaultZone();
        if (reuseIndex && indexed(clock) == docs) {
            out.println("reusing the index under " + home.home().indexDir());
        } else {
            new IndexBuilder(home.home().indexDir()).build(new SyntheticCorpus(sample).generate(docs, 42), true);
        }
        Records records = new App(home.home(), clock).records();
        int before = records.inquiries().list(new InquiryFilter(InquiryChannel.SMS, null, null, null, null, 0)).size();
        List<Round> smsRounds = new ArrayList<>();
        List<Round> bareRounds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        WriteStats commits = null;
        int warmed;
        try (Corpus corpus = Corpus.open(home.home(), clock);
                SmsGateway gw = new SmsGateway(corpus, records, new ConfigFiles(home.home()),
                        new TwilioConfig(TOKEN, null, null, PUBLIC, null), clock);
                Server server = new Server(corpus, gw.webhook()).start(0)) {
            // The ceiling is served by the same process, on the same loopback address, beside the webhook.
            Javalin bare = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                // The posted form is read, as any webhook must: left unread, Jetty could not tell
                // whether the rest of a body was still coming and closed the connection after
                // answering, while the JDK client, which never retries a POST, had already taken
                // that connection for its next request ("HTTP/1.1 header parser received no
                // bytes"): 3-5 such answers a ceiling run with the body unread, 0-1 with it read.
                cfg.routes.post(BARE, ctx -> {
                    ctx.bodyAsBytes();
                    ctx.contentType(TwilioWebhook.TWIML).result(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>好</Body></Message></Response>");
                });
            }).start(java.net.InetAddress.getLoopbackAddress().getHostAddress(), 0);
            try {
                // Warm-up: on a shared machine the JIT (C2) kept compiling the client and Jetty through a timed run
                // that followed 2,000 posts, and the ceiling then ran on code this run had paid to compile.
                // Both endpoints are warm before either is timed.
                warmed = warm(server.port(), bare.port(), mix, out);
                // Timed in pairs, the order turned each pair: the load other sessions put on a
                // shared machine drifts over minutes, and a webhook run then a ceiling run minutes
                // later measured the drift as much as the webhook (34-45 % in three runs on an idle machine).
                int per = Math.max(1, requests / pairs);
                for (int i = 0; i < pairs; i++) {
                    Round s;
                    Round b;
                    if (i % 2 == 0) {
                        WriteStats w0 = records.database().writeStats();
                        s = load(server.port(), TwilioWebhook.SMS_PATH, mix, per, "B" + i);
                        commits = sum(commits, records.database().writeStats().minus(w0));
                        b = load(bare.port(), BARE, mix, per, "C" + i);
                    } else {
                        b = load(bare.port(), BARE, mix, per, "C" + i);
                        WriteStats w0 = records.database().writeStats();
                        s = load(server.port(), TwilioWebhook.SMS_PATH, mix, per, "B" + i);
                        commits = sum(commits, records.database().writeStats().minus(w0));
                    }
                    smsRounds.add(s);
                    bareRounds.add(b);
                    ratios.add(s.perSecond() / b.perSecond());
                    out.printf("pair %d: webhook %.0f/s (JIT %d ms), bare %.0f/s (JIT %d ms): %.1f %%%n", i + 1,
                            s.perSecond(), s.jitMs(), b.perSecond(), b.jitMs(), 100 * s.perSecond() / b.perSecond());
                    out.flush();
                }
            } finally {
                bare.stop();
            }
        }
        int after = records.inquiries().list(new InquiryFilter(InquiryChannel.SMS, null, null, null, null, 0)).size();
        Figures sms = Round.figures(smsRounds);
        Figures ceiling = Round.figures(bareRounds);
        out.printf("%-32s %10s %8s %8s %8s %10s %8s%n", "", "replies/s", "p50 ms", "p99 ms", "non-200", "CPU ms/req",
                "JIT ms");
        row(out, "SMS webhook (search+log+TwiML)", sms);
        row(out, "bare Javalin endpoint (ceiling)", ceiling);
        out.printf("webhook / ceiling, median of %d pairs: %.1f %% (pairs: %s)%n", ratios.size(), 100 * median(ratios),
                ratios.stream().map(r -> String.format("%.1f", 100 * r)).collect(java.util.stream.Collectors.joining(", ")));
        // What a reply costs whatever else the machine runs: on a busy machine replies/s follows
        // the cores other sessions leave free, CPU per reply much less so.
        out.printf("CPU per reply, ceiling / webhook: %.1f %%%n", 100 * ceiling.cpuMs() / sms.cpuMs());
        out.println("CPU ms/req by thread, webhook: " + sms.byThread());
        out.println("CPU ms/req by thread, bare:    " + ceiling.byThread());
        if (!sms.failures().isEmpty() || !ceiling.failures().isEmpty()) {
            out.println("not answered 200, webhook: " + sms.failures() + "; bare: " + ceiling.failures());
        }
        out.println("webhook's commits: " + (commits == null ? "none" : commits.summary()));
        int acknowledged = sms.ok() + warmed;
        out.printf("acknowledged replies: %d; new SMS inquiries on record: %d%s%n", acknowledged, after - before,
                acknowledged == after - before ? " (all on record)" : " (MISMATCH)");
        out.flush();
        return 0;
    }

    private static final String BARE = "/bare";

    private static WriteStats sum(WriteStats a, WriteStats b) {
        return a == null ? b : b.plus(a);
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Disclosures in the home's index now; 0 when there is none yet. */
    private int indexed(Clock clock) {
        if (!java.nio.file.Files.isDirectory(home.home().indexDir())) {
            return 0;
        }
        try (Corpus corpus = Corpus.open(home.home(), clock)) {
            return corpus.size();
        } catch (RuntimeException e) {
            return 0; // no usable index: build one
        }
    }

    private static void row(PrintWriter out, String name, Figures f) {
        out.printf("%-32s %10.0f %8.2f %8.2f %8d %10.3f %8d%n", name, f.perSecond(), f.p50(), f.p99(), f.failed(),
                f.cpuMs(), f.jitMs());
    }

    /**
     * Rounds after {@code --warmup} until the endpoint has settled, at most this many. Four were
     * not enough on the shared machine: after 8,000 + 4 × 2,000 posts the JIT still compiled as
     * long as each round lasted, and in the webhook's timed run the C2 threads took a quarter of
     * the process's CPU (JFR {@code jdk.ThreadCPULoad}); after 40,000 posts a tenth. Both
     * endpoints get the same rule.
     */
    @Option(names = "--settle-rounds", defaultValue = "12",
            description = "at most this many extra warm-up rounds (a quarter of --warmup each) until the JIT is quiet and throughput stops rising")
    int settleRounds;

    @Option(names = "--pairs", defaultValue = "4",
            description = "the timed requests are split into this many pairs of runs (webhook, ceiling), the order turned each pair")
    int pairs;

    /**
     * Whether a warm-up round shows the endpoint settled: the JIT spent less than a twentieth of
     * the round compiling, and the round was no more than 5 % faster than the one before. The
     * compile time alone was not enough: with 12 rounds on an idle machine the webhook's timed
     * run still compiled for 4.5-8.9 s, the JIT's queue emptying between rounds while hot code
     * waited to be recompiled, and throughput still rose from round to round.
     */
    static boolean settled(long jitMs, double wallMs, double perSecond, double previousPerSecond) {
        return jitMs < wallMs / 20 && previousPerSecond > 0 && perSecond <= previousPerSecond * 1.05;
    }

    /**
     * Warms both endpoints: {@code --warmup} posts to each, then rounds of a quarter as many to
     * each in turn until both are {@link #settled}. In turn, because they are timed in turn: warmed
     * one after the other, the webhook's first timed run compiled for 3.8 s again (code they share,
     * Jetty's and the client's, recompiled for the mix). Returns the webhook's posts acknowledged
     * (they are on record too).
     */
    private int warm(int smsPort, int barePort, List<String> mix, PrintWriter out) throws Exception {
        if (warmup == 0) {
            return 0;
        }
        int ok = load(smsPort, TwilioWebhook.SMS_PATH, mix, warmup, "W").ok();
        load(barePort, BARE, mix, warmup, "V");
        int round = Math.max(500, warmup / 4);
        double[] previous = new double[2];
        boolean[] done = new boolean[2];
        for (int i = 0; i < settleRounds && !(done[0] && done[1]); i++) {
            for (int e = 0; e < 2; e++) {
                String path = e == 0 ? TwilioWebhook.SMS_PATH : BARE;
                long t0 = System.nanoTime();
                Round r = load(e == 0 ? smsPort : barePort, path, mix, round, (e == 0 ? "W" : "V") + i);
                ok += e == 0 ? r.ok() : 0;
                double wallMs = (System.nanoTime() - t0) / 1e6;
                done[e] = settled(r.jitMs(), wallMs, r.perSecond(), previous[e]);
                previous[e] = r.perSecond();
                out.printf("warm-up %s round %d: %.0f/s, the JIT compiled %d ms of %.0f ms%s%n", path, i + 1,
                        r.perSecond(), r.jitMs(), wallMs, done[e] ? ": settled" : "");
            }
            out.flush();
        }
        if (!(done[0] && done[1])) {
            out.printf("warm-up: not settled after %d rounds (the JIT still compiling or throughput still rising):"
                    + " the timed figures are not a steady reading%n", settleRounds);
        }
        return ok;
    }

    /** One timed run of one endpoint; several are summed into {@link Figures}. */
    record Round(int n, double secs, double[] lat, int ok, long cpuNanos, long jitMs, Map<String, Double> threads,
            Map<String, Integer> failures) {
        double perSecond() {
            return n / secs;
        }

        static Figures figures(List<Round> rounds) {
            int n = 0;
            double secs = 0;
            int ok = 0;
            long cpu = 0;
            long jit = 0;
            Map<String, Double> threads = new java.util.LinkedHashMap<>();
            Map<String, Integer> failures = new TreeMap<>();
            for (Round r : rounds) {
                n += r.n();
                secs += r.secs();
                ok += r.ok();
                cpu += r.cpuNanos();
                jit += r.jitMs();
                r.threads().forEach((k, v) -> threads.merge(k, v, Double::sum));
                r.failures().forEach((k, v) -> failures.merge(k, v, Integer::sum));
            }
            double[] lat = new double[n];
            int at = 0;
            for (Round r : rounds) {
                System.arraycopy(r.lat(), 0, lat, at, r.lat().length);
                at += r.lat().length;
            }
            Arrays.sort(lat);
            Map<String, Double> zero = new java.util.LinkedHashMap<>();
            threads.keySet().forEach(k -> zero.put(k, 0.0));
            return new Figures(n / secs, lat[(int) Math.ceil(n * 0.50) - 1], lat[(int) Math.ceil(n * 0.99) - 1], ok,
                    n - ok, cpu / 1e6 / n, jit, ThreadGroupsCpu.perRequest(zero, threads, n), failures.isEmpty() ? ""
                            : failures.toString());
        }
    }

    /**
     * One client and one pool of client threads for the whole bench. A new client per round (as
     * before) started new worker threads whose idle time-outs kept sending the JIT back: JFR
     * counted 272 of a run's 901 deoptimizations in {@code SynchronousQueue.poll} and its
     * transfer (the client's cached pool), and the JIT never went quiet however many rounds the
     * warm-up ran.
     */
    private HttpClient http;
    private ExecutorService pool;

    private Round load(int port, String path, List<String> mix, int n, String tag) throws Exception {
        if (pool == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            pool = Executors.newFixedThreadPool(clients, r -> {
                Thread t = new Thread(r, "pool-bench-client");
                t.setDaemon(true); // the bench's own threads never keep the command from ending
                return t;
            });
        }
        double[] lat = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        Map<String, Integer> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        // Signed and encoded before the clock starts: the clients share the server's two cores,
        // and what is timed should be the server's work, not the load generator's.
        HttpRequest[] requests = new HttpRequest[n];
        String host = java.net.InetAddress.getLoopbackAddress().getHostAddress();
        for (int i = 0; i < n; i++) {
            Map<String, String> p = new TreeMap<>();
            p.put("MessageSid", "SM" + tag + System.nanoTime() + "x" + i);
            p.put("From", "+86139" + String.format("%08d", i % 50_000));
            p.put("To", "+15005550006");
            p.put("Body", mix.get(i % mix.size()));
            requests[i] = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", sign(PUBLIC + path, p))
                    .POST(HttpRequest.BodyPublishers.ofString(form(p))).build();
        }
        quietJit();
        long jit0 = jitMillis();
        Map<String, Double> threads0 = ThreadGroupsCpu.now();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        Future<?>[] fs = new Future<?>[clients];
        for (int c = 0; c < clients; c++) {
            fs[c] = pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    HttpRequest req = requests[i];
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failures.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                        }
                    } catch (java.io.IOException e) {
                        // Not acknowledged: which kind is said at the end (a connection the server closed, a reset).
                        failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                    }
                    lat[i] = (System.nanoTime() - t) / 1e6;
                }
                return null;
            });
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long cpu = cpuNanos() - cpu0;
        Map<String, Double> threads1 = ThreadGroupsCpu.now();
        long jit = jitMillis() - jit0;
        Map<String, Double> threads = new java.util.LinkedHashMap<>();
        // A thread that ended between the snapshots takes its time with it: never below zero.
        threads1.forEach((k, v) -> threads.put(k, Math.max(0, v - threads0.getOrDefault(k, 0.0))));
        return new Round(n, secs, lat, ok.get(), cpu, jit, threads, Map.copyOf(failures));
    }

    /**
     * CPU time of the whole process: on a machine others share, what a request costs in CPU is
     * steadier than how many go through in a second.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Waits, at most 3 s, until the JIT's compile time has not grown for 250 ms. Signing a run's
     * posts before the clock starts queues compiles of its own, and those finished inside the
     * timed run: the webhook's first pair compiled for 0.9-3.2 s in four runs of five, the later pairs 0.03-1.3 s.
     */
    private static void quietJit() throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        long last = jitMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = jitMillis();
            if (now == last) {
                return;
            }
            last = now;
        }
    }

    /** Time the JIT has spent compiling so far (ms; 0 when the JVM does not tell). */
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static String form(Map<String, String> p) {
        StringJoiner j = new StringJoiner("&");
        p.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /** Twilio's signature: HMAC-SHA1 over the URL and the sorted fields, base64. */
    private static String sign(String url, Map<String, String> sorted) throws Exception {
        StringBuilder data = new StringBuilder(url);
        sorted.forEach((k, v) -> data.append(k).append(v));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
