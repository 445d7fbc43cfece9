package cn.gongkai.bench;

import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.bodies.Bodies;
import cn.gongkai.bodies.Body;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.HomeOption;
import cn.gongkai.console.Accounts;
import cn.gongkai.console.Console;
import cn.gongkai.console.Role;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.report.BodyReports;
import cn.gongkai.twilio.TwilioConfig;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai bench bodies}: a county platform of many bodies — N bodies, D synthetic
 * disclosures spread over them, R requests — then times one body's annual report and one
 * body's Today page (a real server, a scoped account logged in over HTTP). Use an empty home.
 */
@Command(name = "bodies", mixinStandardHelpOptions = true,
        description = "Benchmark one body's report and Today page on a platform of many bodies (use an empty --home).")
public class BodiesBench implements Callable<Integer> {
    @Mixin HomeOption home;
    @Option(names = "--bodies", defaultValue = "80") int bodies;
    @Option(names = "--docs", defaultValue = "200000") int docs;
    @Option(names = "--requests", defaultValue = "20000") int requests;
    @Option(names = "--runs", defaultValue = "20") int runs;
    @Spec CommandSpec spec;

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var h = home.home();
        Files.createDirectories(h.configDir());
        StringBuilder yaml = new StringBuilder("bodies:\n");
        for (int i = 1; i <= bodies; i++) {
            yaml.append(String.format("  - id: b%02d%n    name: 示例县第%d局%n    short: 第%d局%n    agencies: [示例县第%d局]%n"
                    + "    letter_prefix: 示例%d依申%n", i, i, i, i, i));
        }
        Files.writeString(h.configDir().resolve(Bodies.FILE), yaml.toString());
        Bodies all = Bodies.load(new ConfigFiles(h));

        long t0 = System.nanoTime();
        List<Disclosure> seed = new Importer().readSample().disclosures();
        List<Disclosure> synthetic = new ArrayList<>(docs);
        int n = 0;
        for (Disclosure d : new SyntheticCorpus(seed).generate(docs, 42)) {
            String agency = "示例县第" + (n++ % bodies + 1) + "局";
            synthetic.add(new Disclosure(d.id(), d.title(), d.docNo(), d.indexNo(), agency, d.category(),
                    n % 10 == 0 ? "规范性文件" : d.type(), d.published(), d.repealed(), d.villages(), d.summary(), d.body(),
                    d.source()));
        }
        new IndexBuilder(h.indexDir(), all).build(synthetic, true);
        out.printf("indexed %d disclosures over %d bodies in %.1f s%n", docs, bodies, (System.nanoTime() - t0) / 1e9);
        out.flush();

        Clock clock = Clock.systemDefaultZone();
        Records records = new App(h, clock).records();
        t0 = System.nanoTime();
        load(records, all.all());
        out.printf("recorded %d requests in %.1f s%n", requests, (System.nanoTime() - t0) / 1e9);
        out.flush();

        int year = LocalDate.now(clock).getYear() - 1;
        Body one = all.all().get(0);
        try (Corpus corpus = Corpus.open(h, clock)) {
            BodyReports reports = new BodyReports(all, corpus.search(), records.database(), records.yearlyFigures(),
                    records.reportTemplate());
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                reports.build(year, one, LocalDate.now(clock));
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            out.printf("one body's report (%s, %d): first %.0f ms, median %.0f ms, max %.0f ms%n", one.id(), year, ms[0],
                    median(ms), Arrays.stream(ms).max().orElse(0));
            out.flush();
            today(out, h, corpus, records, one);
        }
        return 0;
    }

    /**
     * Bulk load for the benchmark only: in one transaction, received requests with their
     * RECEIVED events, half of them concluded, spread over the bodies and the last two years.
     */
    private void load(Records records, List<Body> list) {
        Random r = new Random(11);
        LocalDate today = LocalDate.now(records.clock());
        String now = Instant.now().toString();
        String[] types = {"NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON", "BUSINESS", "OTHER_ORG"};
        records.database().write(tx -> {
            for (int i = 0; i < requests; i++) {
                String body = list.get(i % list.size()).id();
                LocalDate received = today.minusDays(1 + r.nextInt(700));
                long id = tx.insert("""
                        INSERT INTO requests (receipt_code, applicant_type, identity_verified, channel, content, received,
                                              created_at, body_id) VALUES (?, ?, 1, 'IN_PERSON', ?, ?, ?, ?)""",
                        String.format("BENCH%08d", i), types[r.nextInt(types.length)], "某项信息" + i, received, now, body);
                tx.insert("INSERT INTO request_events (request_id, kind, date, actor, at) VALUES (?, 'RECEIVED', ?, 'bench', ?)",
                        id, received, now);
                if (r.nextBoolean()) {
                    LocalDate concluded = received.plusDays(1 + r.nextInt(25));
                    if (!concluded.isAfter(today)) {
                        tx.insert("""
                                INSERT INTO request_events (request_id, kind, date, actor, result, at)
                                VALUES (?, 'CONCLUDED', ?, 'bench', 'GRANTED', ?)""", id, concluded, now);
                    }
                }
            }
            return null;
        });
    }

    /** One body's Today page through a real server, as a scoped account sees it. */
    private void today(PrintWriter out, cn.gongkai.config.Home h, Corpus corpus, Records records, Body one) throws Exception {
        String password = "bench password 1";
        new Accounts(records.database(), Clock.systemUTC()).add("bench", Role.STAFF, password.toCharArray(), one.id());
        try (SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(h), TwilioConfig.fromEnv(Map.of()),
                records.clock())) {
            Console console = new Console(h, corpus, records, Clock.systemUTC(), Console.IDLE, sms);
            Server server = new Server(corpus, sms.webhook(), console).start(0);
            try {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                String base = "http://localhost:" + server.port();
                String page = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = CSRF.matcher(page);
                if (!m.find()) {
                    throw new IllegalStateException("no login form");
                }
                String form = "csrf=" + enc(m.group(1)) + "&name=bench&password=" + enc(password) + "&next=%2Fstaff%2Ftoday";
                http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                double[] ms = new double[runs];
                int status = 0;
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    status = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/today")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                out.printf("one body's Today page (HTTP %d, %s): first %.0f ms, median %.0f ms, max %.0f ms%n", status,
                        one.id(), ms[0], median(ms), Arrays.stream(ms).max().orElse(0));
                out.flush();
            } finally {
                server.close();
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
