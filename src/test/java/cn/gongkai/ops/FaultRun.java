package cn.gongkai.ops;

import cn.gongkai.config.Home;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long fault runs against the built jar, outside the unit suite ({@code scripts/faults.sh}):
 * (a) SIGKILL in a burst of signed webhooks while the outbox sends, (b) the Twilio REST API down,
 * (c) a full disk under data/, (d) 10,000 hostile webhook bodies. Prints the figures of each and
 * exits 1 if any check fails.
 *
 * <pre>java -cp target/gongkai.jar:target/test-classes cn.gongkai.ops.FaultRun target/gongkai.jar [a] [b] [c] [d]</pre>
 */
public final class FaultRun {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> launcher;
    private final Path work;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    FaultRun(String jar, Path work) {
        this.launcher = ServeProcess.launcher(jar, List.of());
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "target/gongkai.jar";
        Set<String> which = args.length > 1 ? Set.copyOf(java.util.Arrays.asList(args).subList(1, args.length))
                : Set.of("a", "b", "c", "d");
        Path work = Files.createTempDirectory("gongkai-faults");
        FaultRun run = new FaultRun(jar, work);
        long t0 = System.nanoTime();
        if (which.contains("a")) {
            run.killDuringBurst();
        }
        if (which.contains("b")) {
            run.twilioDown();
        }
        if (which.contains("c")) {
            run.diskFull();
        }
        if (which.contains("d")) {
            new WebhookFuzz(run).run(10_000);
        }
        run.figures.put("total run time (s)", String.valueOf((System.nanoTime() - t0) / 1_000_000_000L));
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("| --- | --- |");
        run.figures.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
        System.out.println();
        if (run.failures.isEmpty()) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            System.out.println("faults: all checks passed");
        } else {
            run.failures.forEach(f -> System.out.println("FAILED: " + f));
            System.out.println("homes kept for inspection in " + work);
        }
        System.exit(run.failures.isEmpty() ? 0 : 1);
    }

    Path workDir() {
        return work;
    }

    void figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
        System.out.println("  " + name + ": " + value);
    }

    void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
            System.out.println("  CHECK FAILED: " + what);
        }
    }

    Map<String, String> env(FakeTwilioApi api) {
        return Map.of("TWILIO_AUTH_TOKEN", Twilio.TOKEN, "GONGKAI_PUBLIC_URL", Twilio.PUBLIC,
                "TWILIO_ACCOUNT_SID", FakeTwilioApi.ACCOUNT, "TWILIO_FROM_NUMBER", FakeTwilioApi.FROM,
                "TWILIO_API_BASE", api.base());
    }

    ServeProcess serve(Path home, FakeTwilioApi api) throws IOException {
        return ServeProcess.start(launcher, home, env(api));
    }

    /** Queues one request notice for each of {@code n} SMS applicants, as staff confirming requests would. */
    static void queueNotices(Path home, int n, String prefix) {
        Records records = Records.open(new Home(home), Clock.systemDefaultZone());
        for (int i = 0; i < n; i++) {
            long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "王某某",
                    prefix + String.format("%08d", i), false, RequestChannel.SMS, "石门村修路账目 " + i, null, null, null),
                    "faults");
            records.requests().confirmReceipt(id, LocalDate.now(), true, "faults");
        }
    }

    static long count(Path home, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"));
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static boolean waitFor(Duration max, java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return done.getAsBoolean();
    }

    static long unsent(Path home) {
        try {
            return count(home, "SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'");
        } catch (Exception e) {
            return -1;
        }
    }

    /** One signed text; the status code, or -1 if no answer came (connection refused or reset). */
    static int text(int port, String from, String body, String sid) {
        try {
            return Twilio.signed(port, "/twilio/sms", Twilio.sms(from, body, sid)).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    // (a) ------------------------------------------------------------------------------------

    void killDuringBurst() throws Exception {
        System.out.println("(a) SIGKILL serve in a burst of signed webhooks while the outbox sends");
        Path home = Files.createDirectories(work.resolve("a"));
        int rows = 150;
        int burst = 400;
        int threads = 8;
        queueNotices(home, rows, "139");
        check(count(home, "SELECT COUNT(*) FROM outbox") == rows, "(a) the notices were not queued");
        try (FakeTwilioApi api = new FakeTwilioApi()) {
            api.delay(40); // the outbox is still sending when the kill comes
            ServeProcess serve = serve(home, api);
            int port = serve.port();
            Map<String, Integer> answers = new ConcurrentHashMap<>();
            AtomicInteger acked = new AtomicInteger();
            List<String> words = List.of("低保", "农保", "石门村 修路", "养老保险", "医保 报销", "更多", "森林防火", "危房改造");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = thread; i < burst; i += threads) {
                        String sid = String.format("SMburst%026d", i);
                        int status = text(port, String.format("+86137%08d", i), words.get(i % words.size()) + " " + i, sid);
                        answers.put(sid, status);
                        if (status == 200) {
                            acked.incrementAndGet();
                        }
                    }
                });
            }
            // Kill while a notice is inside the API call: its row is SENDING, the message went out.
            waitFor(Duration.ofSeconds(60), () -> acked.get() >= burst * 2 / 5 && api.posts.get() > 10
                    && api.inFlight.get() > 0);
            int postsAtKill = api.posts.get();
            serve.kill();
            pool.shutdown();
            pool.awaitTermination(120, TimeUnit.SECONDS);
            long ok = answers.values().stream().filter(s -> s == 200).count();
            long noAnswer = answers.values().stream().filter(s -> s == -1).count();
            long other = answers.values().stream().filter(s -> s != 200 && s != -1).count();
            figure("(a) webhooks sent in the burst (8 threads)", burst);
            figure("(a) acknowledged with 200 before the kill", ok);
            figure("(a) no answer (serve killed)", noAnswer);
            figure("(a) other status", other);
            check(other == 0, "(a) a webhook got a status other than 200 or no answer");
            figure("(a) outbox rows", rows);
            figure("(a) notices posted to Twilio before the kill", postsAtKill);
            check(postsAtKill > 0 && postsAtKill < rows, "(a) the kill did not land in the middle of sending");

            // Restart on the same home; Twilio's retry of what got no answer, and of 50 answered ones.
            serve = serve(home, api);
            int port2 = serve.port();
            List<String> retry = new ArrayList<>();
            answers.forEach((sid, s) -> {
                if (s != 200) {
                    retry.add(sid);
                }
            });
            answers.entrySet().stream().filter(e -> e.getValue() == 200).limit(50).forEach(e -> retry.add(e.getKey()));
            int retriedOk = 0;
            for (String sid : retry) {
                int i = Integer.parseInt(sid.substring("SMburst".length()));
                if (text(port2, String.format("+86137%08d", i), words.get(i % words.size()) + " " + i, sid) == 200) {
                    retriedOk++;
                }
            }
            figure("(a) resent after restart (unanswered + 50 answered)", retry.size());
            check(retriedOk == retry.size(), "(a) a resent webhook was not answered 200 after restart");

            boolean drained = waitFor(Duration.ofSeconds(120), () -> unsent(home) == 0);
            long found = 0;
            for (var e : answers.entrySet()) {
                if (e.getValue() == 200 && count(home, "SELECT COUNT(*) FROM inquiries WHERE external_id = '" + e.getKey() + "'") == 1) {
                    found++;
                }
            }
            long burstLogged = count(home, "SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'SMburst%'");
            long burstDistinct = count(home, "SELECT COUNT(DISTINCT external_id) FROM inquiries WHERE external_id LIKE 'SMburst%'");
            figure("(a) acknowledged texts found in the inquiry log after restart", found + " of " + ok);
            figure("(a) burst texts in the inquiry log (after the resend)", burstLogged);
            figure("(a) inquiries logged twice (same MessageSid)", burstLogged - burstDistinct);
            check(found == ok, "(a) an acknowledged text is missing from the inquiry log");
            check(burstLogged == burst && burstDistinct == burst, "(a) the inquiry log does not hold each burst text once");

            Map<Long, Integer> perRow = api.perRow();
            long twice = perRow.values().stream().filter(n -> n > 1).count();
            long sentRows = count(home, "SELECT COUNT(*) FROM outbox WHERE status = 'SENT'");
            figure("(a) outbox rows SENT after restart", sentRows + " of " + rows);
            figure("(a) messages Twilio received / distinct rows", api.created().size() + " / " + perRow.size());
            figure("(a) rows sent more than once", twice);
            figure("(a) rows found uncertain at restart (looked up before any resend)",
                    logCount(home, "were being sent when gongkai stopped"));
            check(drained && sentRows == rows, "(a) the outbox did not drain after restart");
            check(twice == 0 && api.created().size() == rows, "(a) a notice was sent twice or not at all");
            serve.close();
        }
    }

    /** The number in the log line that says how many sends a restart found interrupted. */
    static String logCount(Path home, String phrase) throws IOException {
        Path log = home.resolve("logs/gongkai.log");
        if (!Files.exists(log)) {
            return "n/a";
        }
        return Files.readAllLines(log).stream().filter(l -> l.contains(phrase))
                .map(l -> l.replaceAll(".* - (\\d+) .*", "$1")).reduce((a, b) -> b).orElse("0");
    }

    // (b) ------------------------------------------------------------------------------------

    void twilioDown() throws Exception {
        System.out.println("(b) the Twilio REST API down: silent for 20 s, then 500s for 15 s, then back");
        Path home = Files.createDirectories(work.resolve("b"));
        int rows = 30;
        queueNotices(home, rows, "136");
        check(count(home, "SELECT COUNT(*) FROM outbox") == rows, "(b) the notices were not queued");
        try (FakeTwilioApi api = new FakeTwilioApi()) {
            api.mode(FakeTwilioApi.Mode.HANG);
            ServeProcess serve = serve(home, api);
            long t0 = System.nanoTime();
            Thread.sleep(20_000);
            api.mode(FakeTwilioApi.Mode.FLAKY);
            Thread.sleep(15_000);
            long waiting = unsent(home);
            String gauge = scrape(serve.port(), "gongkai_outbox_waiting");
            int createdDuringOutage = api.created().size();
            int postsDuringOutage = api.posts.get();
            api.mode(FakeTwilioApi.Mode.OK);
            long back = System.nanoTime();
            boolean drained = waitFor(Duration.ofSeconds(180), () -> unsent(home) == 0);
            long drainSeconds = (System.nanoTime() - back) / 1_000_000_000L;
            Map<Long, Integer> perRow = api.perRow();
            long twice = perRow.values().stream().filter(n -> n > 1).count();
            figure("(b) outbox rows", rows);
            figure("(b) outage (s)", (back - t0) / 1_000_000_000L);
            figure("(b) requests to the API during the outage (POST)", postsDuringOutage);
            figure("(b) of which Twilio kept although it failed or never answered", createdDuringOutage);
            figure("(b) rows waiting at the end of the outage (table / gongkai_outbox_waiting)", waiting + " / " + gauge);
            figure("(b) seconds to send them all once it returned", drainSeconds);
            figure("(b) messages Twilio received / distinct rows", api.created().size() + " / " + perRow.size());
            figure("(b) rows sent more than once", twice);
            check(waiting > 0, "(b) nothing waited during the outage");
            check(drained, "(b) the outbox did not drain after the API returned");
            check(twice == 0 && api.created().size() == rows && perRow.size() == rows,
                    "(b) a notice was sent twice or not at all");
            serve.close();
        }
    }

    static String scrape(int port, String series) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(l -> l.startsWith(series + " ")).map(l -> l.substring(series.length() + 1))
                    .findFirst().orElse("absent");
        } catch (Exception e) {
            return "error";
        }
    }

    // (c) ------------------------------------------------------------------------------------

    void diskFull() throws Exception {
        System.out.println("(c) disk full under data/ (a small tmpfs mounted there)");
        Path home = Files.createDirectories(work.resolve("c"));
        Path data = Files.createDirectories(home.resolve("data"));
        if (!mount(data, "256k")) {
            figure("(c) disk full", "skipped: cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
            return;
        }
        try {
            fill(data);
            List<String> cmd = new ArrayList<>(launcher);
            cmd.addAll(List.of("requests", "list", "--home", home.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(60, TimeUnit.SECONDS);
            figure("(c) start-up on a full disk: exit status, message", p.exitValue() + ", `" + err + "`");
            check(p.exitValue() == 1 && err.lines().count() == 1 && err.contains(data.toString())
                    && !err.contains("Exception"), "(c) start-up on a full disk is not one line naming the path");
            check(out.isEmpty(), "(c) output on a full disk");
        } finally {
            umount(data);
        }

        // Serving when the disk fills up, then frees.
        if (!mount(data, "32m")) {
            return;
        }
        try (FakeTwilioApi api = new FakeTwilioApi()) {
            ServeProcess serve = serve(home, api);
            int port = serve.port();
            int before = 0;
            for (int i = 0; i < 20; i++) {
                before += text(port, String.format("+86135%08d", i), "低保", String.format("SMdiskA%026d", i)) == 200 ? 1 : 0;
            }
            fill(data);
            int ok = 0;
            int fivexx = 0;
            int noAnswer = 0;
            int twiml = 0;
            for (int i = 0; i < 50; i++) {
                try {
                    var r = Twilio.signed(port, "/twilio/sms", Twilio.sms(String.format("+86135%08d", 100 + i), "农保",
                            String.format("SMdiskB%026d", i)));
                    ok += r.statusCode() == 200 ? 1 : 0;
                    fivexx += r.statusCode() >= 500 ? 1 : 0;
                    if (r.statusCode() == 200 && Twilio.replyText(r.body()) != null) {
                        twiml++;
                    }
                } catch (Exception e) {
                    noAnswer++;
                }
            }
            boolean alive = serve.alive();
            Files.deleteIfExists(data.resolve("filler"));
            int after = 0;
            for (int i = 0; i < 20; i++) {
                after += text(port, String.format("+86135%08d", 200 + i), "养老", String.format("SMdiskC%026d", i)) == 200 ? 1 : 0;
            }
            long loggedAfter = count(home, "SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'SMdiskC%'");
            figure("(c) texts answered before the disk filled", before + " of 20");
            figure("(c) texts while full: 200 with a TwiML apology / 5xx / no answer", ok + " (" + twiml + ") / "
                    + fivexx + " / " + noAnswer);
            figure("(c) serve alive while full", alive);
            figure("(c) texts answered and logged after space was freed", after + " answered, " + loggedAfter + " logged");
            check(before == 20 && ok == 50 && twiml == 50 && fivexx == 0 && noAnswer == 0 && alive,
                    "(c) a full disk broke the webhook");
            check(after == 20 && loggedAfter == 20, "(c) serve did not recover once space was freed");
            serve.close();
        } finally {
            umount(data);
        }
    }

    static boolean mount(Path dir, String size) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    static void umount(Path dir) throws Exception {
        new ProcessBuilder("umount", "-l", dir.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }

    /** Writes a file until the filesystem has no space left. */
    static void fill(Path dir) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            // ENOSPC: full
        }
    }
}
