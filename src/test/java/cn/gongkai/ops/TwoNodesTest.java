package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.console.Accounts;
import cn.gongkai.console.Role;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.sms.Twilio;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 19 with real processes: two {@code serve} nodes ("a" and "b", each its own JVM and its
 * own index folder under {@code nodes/NAME/index}) on one shared database, as nginx would
 * spread a city's traffic over them. The database is the home's SQLite file, or PostgreSQL when
 * {@code GONGKAI_DATABASE_URL} is set (see {@link SharedDatabase}). The last test kills node a.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {
    private static final String PASSWORD = "correct horse 9";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private Path home;
    private SharedDatabase db;
    private FakeTwilioApi api;
    private ServeProcess a;
    private ServeProcess b;

    @BeforeAll
    void twoNodes() throws Exception {
        home = Files.createTempDirectory("two-nodes");
        TestHomes.sample(home).close();
        Map<String, String> database = database();
        db = database.isEmpty() ? SharedDatabase.of(home) : SharedDatabase.of(database);
        Records records = Records.open(new Home(home), Clock.systemUTC());
        new Accounts(records.database(), Clock.systemUTC()).add("wang", Role.STAFF, PASSWORD.toCharArray());
        api = new FakeTwilioApi();
        // A lease of 5 s, so the test sees node a's rows taken back without waiting a minute.
        List<String> launcher = ServeProcess.launcher(null, List.of("-Dgongkai.outbox.lease.seconds=5"));
        Map<String, String> env = new HashMap<>(ManyWritersProcessTest.env(api));
        env.putAll(database);
        a = ServeProcess.start(launcher, home, env, List.of("--node", "a"));
        b = ServeProcess.start(launcher, home, env, List.of("--node", "b"));
        System.out.println("[two nodes] database: " + db.name());
    }

    /**
     * The GONGKAI_DATABASE_* settings the nodes are started with; none here: the home's SQLite file,
     * or the PostgreSQL this JVM's own environment names. {@link TwoNodesPostgresTest} names one.
     */
    Map<String, String> database() {
        return Map.of();
    }

    @AfterAll
    void stop() throws Exception {
        for (ServeProcess p : new ServeProcess[] {a, b}) {
            if (p != null && p.alive()) {
                p.close();
            }
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void each_node_keeps_its_own_index_folder() throws Exception {
        assertThat(home.resolve("nodes/a/index/CURRENT")).exists();
        assertThat(home.resolve("nodes/b/index/CURRENT")).exists();
        // The node line follows the banner that tells the test the port is open: wait for it.
        FaultRun.waitFor(Duration.ofSeconds(10), () -> a.output().contains("节点 a") && b.output().contains("节点 b"));
        assertThat(a.output()).contains("节点 a");
        assertThat(b.output()).contains("节点 b");
        // The banner names the database both nodes share: the file, or the server without its password.
        String url = database().getOrDefault("GONGKAI_DATABASE_URL", System.getenv("GONGKAI_DATABASE_URL"));
        if (url == null || url.isBlank()) {
            assertThat(a.output()).contains("数据库: SQLite 文件 " + home.resolve("data").toAbsolutePath());
        } else {
            String password = database().getOrDefault("GONGKAI_DATABASE_PASSWORD", System.getenv("GONGKAI_DATABASE_PASSWORD"));
            assertThat(a.output()).contains("数据库: PostgreSQL " + url.replaceFirst("\\?.*", ""));
            if (password != null && !password.isEmpty()) {
                assertThat(a.output()).doesNotContain(password);
            }
        }
    }

    @Test
    @Order(2)
    void an_application_texted_to_node_a_is_answered_by_progress_texted_to_node_b() throws Exception {
        String filed = text(a, "+8613900000005", "申请 杏花村低保名单", "SMapply20000000000000000000000001");
        String code = filed.replaceAll("(?s).*编号(GK[0-9A-Z]{8}).*", "$1");
        assertThat(code).startsWith("GK").hasSize(10);
        String progress = text(b, "+8613900000005", "进度 " + code, "SMapply20000000000000000000000002");
        assertThat(progress).contains("核对身份");
        assertThat(text(b, "+8613900000099", "进度 " + code, "SMapply20000000000000000000000003")).contains("没查到");
    }

    @Test
    @Order(3)
    void a_staff_session_opened_on_a_works_on_b_and_a_disclosure_published_through_b_is_found_on_a() throws Exception {
        String session = login(a);
        HttpResponse<String> today = get(b, "/staff/today", session);
        assertThat(today.statusCode()).as("a session opened on a, used on b").isEqualTo(200);
        assertThat(today.body()).contains("wang");

        // Published through b with b's form (the CSRF token is the session's, whichever node drew it).
        String csrf = csrf(get(b, "/staff/disclosures/new", session).body());
        Map<String, String> form = new HashMap<>();
        form.put("csrf", csrf);
        form.put("published", LocalDate.now().toString());
        form.put("title", "翡翠湾渡口维修工程竣工验收公示");
        form.put("type", "公示");
        form.put("agency", "青禾镇人民政府");
        form.put("body", "翡翠湾渡口维修工程已于本月完工，经验收合格，现予公示。");
        HttpResponse<String> saved = post(b, "/staff/disclosures", form, session);
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith("/staff/disclosures/").doesNotEndWith("/new");
        String id = java.net.URLDecoder.decode(location.substring("/staff/disclosures/".length()), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        boolean found = FaultRun.waitFor(Duration.ofSeconds(20), () -> searchFinds(a, "翡翠湾渡口", id));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        // The 5 s is the promise on a machine that is not overloaded; this one is shared by several
        // builds at once (load averages of 20+ on 2 cores were seen), where it is 15 s: said, not hidden.
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        long limit = load > 4.0 * cores ? 15_000 : 5_000;
        System.out.printf("[two nodes] disclosure published through b found on a after %d ms (load average %.1f on %d "
                + "cores: limit %d ms)%n", millis, load, cores, limit);
        assertThat(found).as("found on a").isTrue();
        assertThat(millis).as("found on a in time").isLessThan(limit);
        // The flash message b set is shown on a (the next page may land on either node).
        assertThat(get(a, location, session).body()).contains("已发布");

        // Logout on b ends the session on a too, and leaves no row behind.
        assertThat(post(b, "/staff/logout", Map.of("csrf", csrf), session).statusCode()).isEqualTo(302);
        assertThat(get(a, "/staff/today", session).statusCode()).isEqualTo(302);
        assertThat(db.count("SELECT COUNT(*) FROM console_sessions")).isZero();
    }

    @Test
    @Order(4)
    void a_thousand_texts_over_both_nodes_with_node_a_killed_mid_burst_are_each_on_record_once_and_every_notice_sent_once()
            throws Exception {
        int rows = 300;
        int burst = 1000;
        int threads = 8;
        api.delay(60); // each node is still sending when the kill comes
        FaultRun.queueNotices(home, rows, "139");
        List<String> words = List.of("低保", "农保", "石门村 修路", "养老保险", "医保 报销", "更多", "森林防火", "危房改造");
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger byBAfterKill = new AtomicInteger();
        AtomicInteger failedOver = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = thread; i < burst; i += threads) {
                    String sid = String.format("SMtwo%027d", i);
                    String from = String.format("+86137%08d", i);
                    String body = words.get(i % words.size()) + " " + i;
                    ServeProcess first = i % 2 == 0 ? a : b;
                    int status = FaultRun.text(first.port(), from, body, sid);
                    if (status == -1 && first == a) {
                        // What nginx does when an upstream refuses or resets (proxy_next_upstream):
                        // the same request to the other node.
                        failedOver.incrementAndGet();
                        status = FaultRun.text(b.port(), from, body, sid);
                        byBAfterKill.incrementAndGet();
                    } else if (first == b && !a.alive()) {
                        byBAfterKill.incrementAndGet();
                    }
                    answers.put(sid, status);
                    if (status == 200) {
                        acked.incrementAndGet();
                    }
                }
            });
        }
        // Kill node a while it holds an outbox row mid-send and the burst is under way.
        boolean midSend = FaultRun.waitFor(Duration.ofSeconds(90), () -> acked.get() >= burst * 3 / 10
                && db.count("SELECT COUNT(*) FROM outbox WHERE status = 'SENDING' AND claimed_by = 'a'") > 0);
        int postsAtKill = api.posts.get();
        int ackedAtKill = acked.get();
        a.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(300, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;

        long ok = answers.values().stream().filter(s -> s == 200).count();
        long onRecord = db.count("SELECT COUNT(*) FROM inquiries WHERE external_id LIKE 'SMtwo%'");
        long distinct = db.count("SELECT COUNT(DISTINCT external_id) FROM inquiries WHERE external_id LIKE 'SMtwo%'");
        boolean drained = FaultRun.waitFor(Duration.ofSeconds(120),
                () -> db.count("SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'") == 0);
        Map<Long, Integer> perRow = api.perRow();
        long twice = perRow.values().stream().filter(n -> n > 1).count();
        System.out.printf("[two nodes] %d texts over a and b (8 threads, %.1f s): acknowledged %d, on record %d "
                + "(distinct %d); a killed after %d acknowledged, %d sent to a failed over to b, %d answered by b after "
                + "the kill%n", burst, seconds, ok, onRecord, distinct, ackedAtKill, failedOver.get(), byBAfterKill.get());
        System.out.printf("[two nodes] outbox: %d rows, kill mid-send %s (posts at kill %d), all SENT %s, messages "
                + "Twilio got %d for %d rows, rows sent twice %d, lookups before a resend %d; sent by node: %s%n",
                rows, midSend, postsAtKill, drained, api.created().size(), perRow.size(), twice, api.lookups.get(),
                db.table("SELECT COALESCE(claimed_by, '-'), COUNT(*) FROM outbox GROUP BY claimed_by"));
        assertThat(midSend).as("node a held a row mid-send when killed").isTrue();
        assertThat(b.alive()).isTrue();
        assertThat(byBAfterKill.get()).as("b kept answering after a died").isPositive();
        assertThat(ok).as("every text acknowledged, by a or (after the kill) b").isEqualTo(burst);
        assertThat(onRecord).as("each text on record once").isEqualTo(burst);
        assertThat(distinct).isEqualTo(burst);
        assertThat(drained).as("every outbox row SENT").isTrue();
        assertThat(twice).as("no row sent twice").isZero();
        assertThat(api.created()).as("one message per row").hasSize(rows);
        assertThat(perRow).hasSize(rows);
        assertThat(db.count("SELECT COUNT(*) FROM outbox WHERE claimed_by = 'b'")).isPositive();
    }

    // --- HTTP, as a browser and as Twilio would ------------------------------------------------

    private static String text(ServeProcess node, String from, String body, String sid) throws Exception {
        HttpResponse<String> r = Twilio.signed(node.port(), "/twilio/sms", Twilio.sms(from, body, sid));
        assertThat(r.statusCode()).isEqualTo(200);
        return Twilio.replyText(r.body());
    }

    private static boolean searchFinds(ServeProcess node, String q, String id) {
        try {
            String url = "http://localhost:" + node.port() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            return body.contains("\"" + id + "\"");
        } catch (Exception e) {
            return false;
        }
    }

    /** Logs "wang" in on this node; the session cookie's value. */
    private static String login(ServeProcess node) throws Exception {
        HttpResponse<String> page = get(node, "/staff/login", null);
        String loginCookie = cookie(page, "gk_login");
        Map<String, String> form = Map.of("csrf", csrf(page.body()), "name", "wang", "password", PASSWORD,
                "next", "/staff/today");
        HttpResponse<String> r = send(node, "/staff/login", form, "gk_login=" + loginCookie);
        assertThat(r.statusCode()).as("login").isEqualTo(302);
        return cookie(r, "gk_session");
    }

    private static HttpResponse<String> get(ServeProcess node, String path, String session) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path));
        if (session != null) {
            req.header("Cookie", "gk_session=" + session);
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(ServeProcess node, String path, Map<String, String> form, String session)
            throws Exception {
        return send(node, path, form, "gk_session=" + session);
    }

    private static HttpResponse<String> send(ServeProcess node, String path, Map<String, String> form, String cookie)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) {
                return h.substring(name.length() + 1, h.indexOf(';'));
            }
        }
        throw new AssertionError("no " + name + " cookie in " + r.headers().map());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

}
