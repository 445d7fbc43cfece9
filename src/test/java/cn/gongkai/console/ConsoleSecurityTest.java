package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.OutboxSender;
import cn.gongkai.outreach.SmsTransport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The holes an attack on a running console found (issue 11, items 1, 3, 4, 5, 12), each
 * reproduced over HTTP against a real server.
 */
@cn.gongkai.testing.OnPostgres.ClassDatabase
class ConsoleSecurityTest {
    @TempDir static Path home;
    static StaffSite site;

    @BeforeAll
    static void start() {
        site = new StaffSite(home, Duration.ofMinutes(30));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Accounts accounts() {
        return new Accounts(site.records.database(), Clock.systemUTC());
    }

    private static String newAccount(Role role) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts().add(name, role, StaffSite.PASSWORD.toCharArray());
        return name;
    }

    /** One login attempt as a bare HTTP client would send it, from {@code address} (as nginx reports it). */
    static HttpResponse<String> attempt(String name, String password, String address) throws Exception {
        String body = "csrf=tok&name=" + StaffSite.enc(name) + "&password=" + StaffSite.enc(password) + "&next=%2Fstaff%2Ftoday";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url("/staff/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Auth.LOGIN_COOKIE + "=tok")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String audit(String action) {
        List<String> lines = site.records.database().read(tx -> tx.list(
                "SELECT actor || ' ' || coalesce(detail, '') || ' ' || coalesce(CAST(request_id AS TEXT), '') FROM audit_log WHERE action = ?",
                rs -> rs.getString(1), action));
        return String.join("\n", lines);
    }

    // ---- 1. a disclosure id is never a path

    @Test
    void a_disclosure_id_that_is_a_path_writes_nothing_anywhere() throws Exception {
        var c = site.client().loggedIn(StaffSite.STAFF);
        String escape = "escaped-" + UUID.randomUUID();
        String absolute = "/tmp/gk-abs-" + UUID.randomUUID();
        for (String id : List.of("../../../" + escape, absolute, ".hidden", "a".repeat(65))) {
            HttpResponse<String> r = c.submit("/staff/disclosures/new", "/staff/disclosures", Map.of("id", id,
                    "title", "路径测试", "type", "通知", "published", "2026-11-27", "body", "正文。"));
            assertThat(r.statusCode()).as(id).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(id).hasValue("/staff/disclosures/new");
            assertThat(c.get("/staff/disclosures/new").body()).as(id).contains("没有保存").contains("编号");
        }
        // ../../../x from home/disclosures/.staging-*/ lands next to the home
        assertThat(home.getParent().resolve(escape + ".md")).doesNotExist();
        assertThat(home.resolve(escape + ".md")).doesNotExist();
        assertThat(Path.of(absolute + ".md")).doesNotExist();
        try (var files = Files.list(home.resolve("disclosures"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("escaped")
                    || n.contains("gk-abs") || n.contains("hidden"));
        } catch (java.nio.file.NoSuchFileException nothingWritten) {
            // no folder at all is fine too
        }
    }

    // ---- 3. lockout

    @Test
    void a_correct_password_in_a_burst_of_forty_wrong_ones_does_not_log_in() throws Exception {
        String name = newAccount(Role.ADMIN);
        List<CompletableFuture<HttpResponse<String>>> wrong = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String pw = "wrong " + i;
            wrong.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return attempt(name, pw, "192.0.2.10");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, java.util.concurrent.Executors.newSingleThreadExecutor()));
        }
        Thread.sleep(400);
        HttpResponse<String> right = attempt(name, StaffSite.PASSWORD, "192.0.2.10");
        for (var f : wrong) {
            assertThat(f.get().statusCode()).isNotEqualTo(302);
        }
        assertThat(right.statusCode()).as(right.body()).isNotEqualTo(302);
        assertThat(right.body()).contains("锁定");
    }

    @Test
    void a_stranger_cannot_lock_an_account_for_its_owner_and_an_admin_can_unlock() throws Exception {
        String name = newAccount(Role.STAFF);
        for (int i = 0; i < 8; i++) {
            assertThat(attempt(name, "guess " + i, "203.0.113.9").statusCode()).isIn(401, 429);
        }
        assertThat(attempt(name, StaffSite.PASSWORD, "203.0.113.9").statusCode()).isEqualTo(429);
        // the owner, at her own desk, is not locked out by the stranger
        assertThat(attempt(name, StaffSite.PASSWORD, "198.51.100.7").statusCode()).isEqualTo(302);
        // an admin lifts the stranger's throttle too (say, it was a colleague who forgot the password)
        Cli.Result r = Cli.run(TestHomes.CLOCK, "user", "unlock", "--home", home.toString(), name);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(attempt(name, StaffSite.PASSWORD, "203.0.113.9").statusCode()).isEqualTo(302);
    }

    @Test
    void one_address_trying_many_names_is_slowed_down() throws Exception {
        String name = newAccount(Role.STAFF);
        int throttled = 0;
        for (int i = 0; i < Accounts.ADDRESS_FAILURES + 2; i++) {
            if (attempt("nobody" + i, "guess", "203.0.113.77").statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).isGreaterThan(0);
        assertThat(attempt(name, StaffSite.PASSWORD, "203.0.113.77").statusCode()).isEqualTo(429);
        assertThat(attempt(name, StaffSite.PASSWORD, "203.0.113.78").statusCode()).isEqualTo(302);
    }

    @Test
    void unknown_and_known_names_are_answered_alike() throws Exception {
        String name = newAccount(Role.STAFF);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        String knownBody = null;
        String unknownBody = null;
        for (int i = 0; i < 4; i++) {
            long d0 = Passwords.derivations();
            long t0 = System.nanoTime();
            HttpResponse<String> k = attempt(name, "wrong " + i, "198.51.100." + (20 + i));
            known.add(System.nanoTime() - t0);
            long d1 = Passwords.derivations();
            t0 = System.nanoTime();
            HttpResponse<String> u = attempt("ghost" + i, "wrong " + i, "198.51.100." + (40 + i));
            unknown.add(System.nanoTime() - t0);
            // The same slow work either way (a dummy hash for the unknown name): what makes the
            // times alike, counted rather than timed so a busy machine cannot blur it.
            assertThat(d1 - d0).as("derivations for a known name").isEqualTo(1);
            assertThat(Passwords.derivations() - d1).as("derivations for an unknown name").isEqualTo(1);
            assertThat(u.statusCode()).isEqualTo(k.statusCode()).isEqualTo(401);
            knownBody = k.body().replaceAll("value=\"[^\"]*\"", "");
            unknownBody = u.body().replaceAll("value=\"[^\"]*\"", "");
        }
        assertThat(unknownBody).isEqualTo(knownBody).contains("用户名或密码不对");
        Collections.sort(known);
        Collections.sort(unknown);
        // A loose check of the times themselves (the count above is the strict one).
        double ratio = (double) unknown.get(0) / known.get(0);
        assertThat(ratio).as("unknown %s vs known %s", unknown, known).isBetween(0.33, 3.0);
    }

    // ---- 4. sessions follow the account

    @Test
    void a_password_reset_ends_open_sessions() throws Exception {
        String name = newAccount(Role.STAFF);
        var c = site.client().loggedIn(name);
        assertThat(c.get("/staff/today").statusCode()).isEqualTo(200);
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a new secret 77\n".getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run(TestHomes.CLOCK, "user", "passwd", "--home", home.toString(), name);
            assertThat(r.status()).as(r.err()).isZero();
        } finally {
            System.setIn(in);
        }
        assertThat(c.get("/staff/today").statusCode()).isEqualTo(302);
        assertThat(attempt(name, StaffSite.PASSWORD, "198.51.100.60").statusCode()).isEqualTo(401);
        assertThat(attempt(name, "a new secret 77", "198.51.100.60").statusCode()).isEqualTo(302);
    }

    @Test
    void a_demotion_takes_effect_on_an_open_session() throws Exception {
        String name = newAccount(Role.ADMIN);
        var c = site.client().loggedIn(name);
        assertThat(c.get("/staff/audit").statusCode()).isEqualTo(200);
        site.records.database().write(tx -> tx.update("UPDATE users SET role = 'STAFF' WHERE name = ?", name));
        assertThat(c.get("/staff/audit").statusCode()).isEqualTo(403);
        assertThat(c.get("/staff/today").body()).doesNotContain("操作日志</a>");
    }

    @Test
    void a_disabled_account_is_out_at_once_and_cannot_log_in() throws Exception {
        String name = newAccount(Role.ADMIN);
        var c = site.client().loggedIn(name);
        Cli.Result r = Cli.run(TestHomes.CLOCK, "user", "disable", "--home", home.toString(), name);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(c.get("/staff/today").statusCode()).isEqualTo(302);
        HttpResponse<String> again = attempt(name, StaffSite.PASSWORD, "198.51.100.61");
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.body()).contains("用户名或密码不对");
        assertThat(audit("USER_DISABLED")).contains(name);
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_however_busy() throws Exception {
        Path other = Files.createTempDirectory(home, "absolute");
        try (StaffSite quick = new StaffSite(other, Duration.ofMinutes(30), Duration.ofMillis(1500))) {
            var c = quick.client().loggedIn(StaffSite.STAFF);
            for (int i = 0; i < 4; i++) {
                assertThat(c.get("/staff/today").statusCode()).isEqualTo(200);
                Thread.sleep(250);
            }
            Thread.sleep(700);
            assertThat(c.get("/staff/today").statusCode()).isEqualTo(302);
        }
    }

    // ---- 5. the SMS simulator

    @Test
    void the_simulator_refuses_a_real_number_and_audits_a_test_number() throws Exception {
        var staff = site.client().loggedIn(StaffSite.STAFF);
        int before = site.records.inquiries().list(new cn.gongkai.inquiries.InquiryFilter(null, null, null, null, null, 0)).size();
        HttpResponse<String> r = staff.submit("/staff/sms", "/staff/sms", Map.of("from", "13812345555", "text", "进度"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(staff.get(r.headers().firstValue("Location").orElseThrow().replace("#last", "")).body())
                .contains("测试号码");
        assertThat(site.records.inquiries().list(new cn.gongkai.inquiries.InquiryFilter(null, null, null, null, null, 0)))
                .hasSize(before);
        ConsoleSmsTest.simulate(staff, "13900000311", "低保怎么申请");
        assertThat(audit("SMS_SIMULATED")).contains(StaffSite.STAFF).contains("139****0311").contains("低保怎么申请");
    }

    @Test
    void only_an_admin_adds_a_test_number_and_then_it_can_be_simulated() throws Exception {
        var staff = site.client().loggedIn(StaffSite.STAFF);
        var admin = site.client().loggedIn(StaffSite.ADMIN);
        assertThat(staff.submit("/staff/sms", "/staff/sms/numbers", Map.of("phone", "13700001111")).statusCode())
                .isEqualTo(403);
        assertThat(admin.submit("/staff/sms", "/staff/sms/numbers", Map.of("phone", "13700001111")).statusCode())
                .isEqualTo(302);
        assertThat(audit("SMS_TEST_NUMBER_ADDED")).contains(StaffSite.ADMIN).contains("+8613700001111");
        assertThat(ConsoleSmsTest.simulate(staff, "13700001111", "低保")).contains("1.");
    }

    @Test
    void nothing_a_simulation_queues_goes_to_a_phone() throws Exception {
        var staff = site.client().loggedIn(StaffSite.STAFF);
        ConsoleSmsTest.simulate(staff, "13900000312", "订阅 社会救助");
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "关于调整临时救助标准的通知", "category", "社会救助", "type", "通知",
                "published", "2026-11-27", "body", "临时救助标准提高。"));
        assertThat(r.statusCode()).isEqualTo(302);
        List<String> sentTo = Collections.synchronizedList(new ArrayList<>());
        SmsTransport phone = new SmsTransport() {
            @Override
            public String send(String to, String body, Long outboxId) {
                sentTo.add(to);
                return "SM" + outboxId;
            }

            @Override
            public Optional<String> findSent(String to, String body, Instant since) {
                return Optional.empty();
            }
        };
        new OutboxSender(site.sms.outbox(), site.records.database(), phone, Clock.systemUTC(), Duration.ofSeconds(1)).drain();
        assertThat(sentTo).doesNotContain("+8613900000312");
        List<Outbox.Row> rows = site.sms.outbox().list(100).stream().filter(o -> o.to().equals("+8613900000312")).toList();
        assertThat(rows).isNotEmpty().allMatch(o -> o.status().equals("SUPPRESSED"));
    }

    // ---- 12. an oversized body, and an admin's view of a full contact

    @Test
    void an_oversized_body_gets_413_as_a_page_or_as_json() throws Exception {
        // Just over the 1 MB limit: the server reads the body to its end, answers 413 and closes (it
        // once answered mid-upload, and under load the client saw the reset, not the answer).
        String big = "text=" + "x".repeat(1_100_000);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(site.url("/staff/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("太大");
        // The SMS webhook of a server with Twilio set up reads the form to check the signature.
        Path other = Files.createTempDirectory(home, "webhook");
        var corpus = TestHomes.sample(other);
        var records = cn.gongkai.app.Records.open(new cn.gongkai.config.Home(other), TestHomes.CLOCK);
        try (var sms = new cn.gongkai.gateway.sms.SmsGateway(corpus, records,
                new cn.gongkai.config.ConfigFiles(new cn.gongkai.config.Home(other)),
                new cn.gongkai.twilio.TwilioConfig("test-token", null, null, "https://gongkai.example", null),
                TestHomes.CLOCK);
                var server = new cn.gongkai.gateway.Server(corpus, sms.webhook()).start(0)) {
            HttpResponse<String> json = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/twilio/sms"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", "c2lnbmF0dXJl")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(413);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(json.body()).contains("\"error\"").contains("太大");
        } finally {
            corpus.close();
        }
    }

    @Test
    void an_admin_sees_a_full_contact_only_by_an_audited_reveal() throws Exception {
        var admin = site.client().loggedIn(StaffSite.ADMIN);
        HttpResponse<String> made = admin.submit("/staff/requests/new", "/staff/requests", Map.of(
                "applicant_type", "NATURAL_PERSON", "channel", "IN_PERSON", "received", "2026-11-27",
                "content", "村道修建资金", "identity", "1", "name", "张三", "contact", "13812349876"));
        assertThat(made.statusCode()).isEqualTo(302);
        String at = made.headers().firstValue("Location").orElseThrow();
        String id = at.substring(at.lastIndexOf('/') + 1);
        assertThat(admin.get(at).body()).contains("138****9876").doesNotContain("13812349876");
        HttpResponse<String> shown = admin.submit(at, at + "/reveal", Map.of());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("13812349876");
        assertThat(audit("CONTACT_REVEALED")).contains(StaffSite.ADMIN).contains(id);
        var staff = site.client().loggedIn(StaffSite.STAFF);
        assertThat(staff.submit(at, at + "/reveal", Map.of()).statusCode()).isEqualTo(403);
    }
}
