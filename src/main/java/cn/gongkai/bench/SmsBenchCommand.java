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
    @Option(names = "--warmup", defaultValue = "8000", description = "posts sent to each endpoint before its timed run (then up to 4 rounds of a quarter as many while the JIT still compiles)")
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
            String byThread) {}

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
        Figures sms;
        WriteStats commits;
        int warmed;
        try (Corpus corpus = Corpus.open(home.home(), clock);
                SmsGateway gw = new SmsGateway(corpus, records, new ConfigFiles(home.home()),
                        new TwilioConfig(TOKEN, null, null, PUBLIC, null), clock);
                Server server = new Server(corpus, gw.webhook()).start(0)) {
            // Warm-up: on a shared machine the JIT (C2) kept compiling the client and Jetty through a timed run
            // that followed 2,000 posts, and the ceiling then ran on code this run had paid to compile.
            warmed = warm(server.port(), "/twilio/sms", mix, "W", out);
            WriteStats w0 = records.database().writeStats();
            sms = load(server.port(), "/twilio/sms", mix, requests, "B");
            commits = records.database().writeStats().minus(w0);
        }
        int after = records.inquiries().list(new InquiryFilter(InquiryChannel.SMS, null, null, null, null, 0)).size();
        Javalin bare = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/bare", ctx -> ctx.contentType(TwilioWebhook.TWIML)
                    .result("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>好</Body></Message></Response>"));
        }).start("localhost", 0);
        Figures ceiling;
        try {
            warm(bare.port(), "/bare", mix, "V", out);
            ceiling = load(bare.port(), "/bare", mix, requests, "C");
        } finally {
            bare.stop();
        }
        out.printf("%-32s %10s %8s %8s %8s %10s %8s%n", "", "replies/s", "p50 ms", "p99 ms", "non-200", "CPU ms/req",
                "JIT ms");
        row(out, "SMS webhook (search+log+TwiML)", sms);
        row(out, "bare Javalin endpoint (ceiling)", ceiling);
        out.println("CPU ms/req by thread, webhook: " + sms.byThread());
        out.println("CPU ms/req by thread, bare:    " + ceiling.byThread());
        out.println("webhook's commits: " + commits.summary());
        int acknowledged = sms.ok() + warmed;
        out.printf("acknowledged replies: %d; new SMS inquiries on record: %d%s%n", acknowledged, after - before,
                acknowledged == after - before ? " (all on record)" : " (MISMATCH)");
        out.flush();
        return 0;
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
     * Rounds after {@code --warmup} while the JIT still compiles, at most this many. Four were not
     * enough on the shared machine: after 8,000 + 4 × 2,000 posts the JIT still compiled as long as
     * each round lasted, and in the webhook's timed run the C2 threads took a quarter of the
     * process's CPU (JFR {@code jdk.ThreadCPULoad}); after 40,000 posts a tenth. Both endpoints
     * get the same rule.
     */
    @Option(names = "--settle-rounds", defaultValue = "12",
            description = "at most this many extra warm-up rounds (a quarter of --warmup each) while the JIT still compiles")
    int settleRounds;

    /**
     * Warms an endpoint: {@code --warmup} posts, then rounds of a quarter as many while the JIT
     * spent more than a twentieth of the round compiling. Measured: after 8,000 posts on the
     * busy 2-core machine the C2 threads still took as much CPU as Jetty's during the webhook's
     * timed run and none during the bare endpoint's, which ran on client and Jetty code the
     * webhook had paid to compile. Returns the posts acknowledged (they are on record too).
     */
    private int warm(int port, String path, List<String> mix, String tag, PrintWriter out) throws Exception {
        if (warmup == 0) {
            return 0;
        }
        int ok = load(port, path, mix, warmup, tag).ok();
        int round = Math.max(500, warmup / 4);
        for (int i = 0; i < settleRounds; i++) {
            long t0 = System.nanoTime();
            Figures f = load(port, path, mix, round, tag + i);
            ok += f.ok();
            double wallMs = (System.nanoTime() - t0) / 1e6;
            if (f.jitMs() < wallMs / 20) {
                break;
            }
            out.printf("warm-up %s: the JIT compiled %d ms of a %.0f ms round, %d more posts%n", path, f.jitMs(),
                    wallMs, round);
        }
        return ok;
    }

    private Figures load(int port, String path, List<String> mix, int n, String tag) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double[] lat = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        // Signed and encoded before the clock starts: the clients share the server's two cores,
        // and what is timed should be the server's work, not the load generator's.
        HttpRequest[] requests = new HttpRequest[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> p = new TreeMap<>();
            p.put("MessageSid", "SM" + tag + System.nanoTime() + "x" + i);
            p.put("From", "+86139" + String.format("%08d", i % 50_000));
            p.put("To", "+15005550006");
            p.put("Body", mix.get(i % mix.size()));
            requests[i] = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", sign(PUBLIC + path, p))
                    .POST(HttpRequest.BodyPublishers.ofString(form(p))).build();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
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
                        }
                    } catch (java.io.IOException e) {
                        // A connection the server closed under keep-alive: counted as not acknowledged.
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
        double cpuMs = (cpuNanos() - cpu0) / 1e6 / n;
        String byThread = ThreadGroupsCpu.perRequest(threads0, ThreadGroupsCpu.now(), n);
        pool.shutdown();
        Arrays.sort(lat);
        return new Figures(n / secs, lat[(int) Math.ceil(n * 0.50) - 1], lat[(int) Math.ceil(n * 0.99) - 1], ok.get(),
                n - ok.get(), cpuMs, jitMillis() - jit0, byThread);
    }

    /**
     * CPU time of the whole process: on a machine others share, what a request costs in CPU is
     * steadier than how many go through in a second.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
