package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, sessions, CSRF and roles over a real server. */
class ConsoleAccessTest {
    @TempDir static Path home;
    static StaffSite site;
    static long smsInquiry;

    @BeforeAll
    static void start() {
        site = new StaffSite(home, Duration.ofMinutes(30));
        smsInquiry = site.records.inquiries().record(new NewInquiry(InquiryChannel.SMS, null, "石门村", "低保怎么申请",
                List.of(), true, "+8613812345678", "SM-access-1", null, null));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void login_sets_a_strict_http_only_cookie_and_opens_today() throws Exception {
        var c = site.client();
        HttpResponse<String> r = c.login(StaffSite.STAFF, StaffSite.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/staff/today");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("gk_session=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/staff").doesNotContain("Secure");
        HttpResponse<String> today = c.get("/staff/today");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("未办结的申请").contains("wang");
    }

    @Test
    void behind_an_https_proxy_the_cookie_is_secure() {
        // The header logic is the same one the login answer uses; a proxy says X-Forwarded-Proto: https.
        assertThat(Auth.safeNext("//evil.example/x")).isEqualTo("/staff/today");
        assertThat(Auth.safeNext("https://evil.example")).isEqualTo("/staff/today");
        assertThat(Auth.safeNext("/staff/requests/3")).isEqualTo("/staff/requests/3");
    }

    @Test
    void a_form_without_the_session_csrf_token_changes_nothing() throws Exception {
        var c = site.client().loggedIn(StaffSite.STAFF);
        int before = site.records.requests().list(false).size();
        Map<String, String> form = Map.of("applicant_type", "NATURAL_PERSON", "channel", "IN_PERSON",
                "received", "2026-11-27", "content", "村道修建资金", "identity", "1");
        assertThat(c.post("/staff/requests", form).statusCode()).isEqualTo(403);
        var forged = new java.util.HashMap<>(form);
        forged.put("csrf", "not-the-token");
        assertThat(c.post("/staff/requests", forged).statusCode()).isEqualTo(403);
        assertThat(site.records.requests().list(false)).hasSize(before);
        // the same form with the page's token goes through
        assertThat(c.submit("/staff/requests/new", "/staff/requests", form).statusCode()).isEqualTo(302);
        assertThat(site.records.requests().list(false)).hasSize(before + 1);
    }

    @Test
    void login_without_its_own_token_is_refused() throws Exception {
        var c = site.client();
        HttpResponse<String> r = c.post("/staff/login", Map.of("name", StaffSite.STAFF, "password", StaffSite.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("gk_session=") && !h.startsWith("gk_session=;"));
    }

    @Test
    void five_wrong_passwords_from_one_place_hold_off_even_the_right_one() throws Exception {
        new Accounts(site.records.database(), Clock.systemUTC()).add("zhao", Role.STAFF, StaffSite.PASSWORD.toCharArray());
        var c = site.client();
        for (int i = 0; i < Accounts.PAIR_FAILURES; i++) {
            HttpResponse<String> r = c.login("zhao", "wrong password " + i);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("用户名或密码不对");
        }
        HttpResponse<String> right = c.login("zhao", StaffSite.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("锁定");
        assertThat(c.get("/staff/today").statusCode()).isEqualTo(302);
    }

    @Test
    void logout_ends_the_session() throws Exception {
        var c = site.client().loggedIn(StaffSite.STAFF);
        assertThat(c.submit("/staff/today", "/staff/logout", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> after = c.get("/staff/today");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).startsWith("/staff/login");
    }

    @Test
    void staff_see_phone_numbers_masked_and_cannot_reveal() throws Exception {
        var c = site.client().loggedIn(StaffSite.STAFF);
        String page = c.get("/staff/inquiries").body();
        assertThat(page).contains("138****5678").doesNotContain("13812345678").doesNotContain("显示完整号码");
        HttpResponse<String> r = c.submit("/staff/inquiries", "/staff/inquiries/" + smsInquiry + "/reveal", Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("13812345678");
    }

    @Test
    void admin_reveals_one_number_and_the_reveal_is_audited() throws Exception {
        var c = site.client().loggedIn(StaffSite.ADMIN);
        assertThat(c.get("/staff/inquiries").body()).contains("138****5678").contains("显示完整号码")
                .doesNotContain("13812345678");
        HttpResponse<String> r = c.submit("/staff/inquiries", "/staff/inquiries/" + smsInquiry + "/reveal", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("+8613812345678");
        String audit = c.get("/staff/audit").body();
        assertThat(audit).contains("PHONE_REVEALED").contains("inquiry " + smsInquiry).contains(StaffSite.ADMIN);
        assertThat(site.client().loggedIn(StaffSite.STAFF).get("/staff/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void every_registered_staff_route_requires_a_session() throws Exception {
        List<String> routes = site.server.routes().stream().filter(r -> r.contains(" /staff")).toList();
        assertThat(routes).hasSizeGreaterThan(25).contains("GET /staff/today", "POST /staff/requests/{id}/conclude",
                "GET /staff/sms", "POST /staff/sms", "GET /staff/villages", "POST /staff/villages",
                "POST /staff/villages/remove", "POST /staff/villages/reveal");
        var anonymous = site.client();
        var loggedIn = site.client().loggedIn(StaffSite.STAFF);
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            if (path.equals("/staff/login")) {
                continue;
            }
            if (method.equals("GET")) {
                HttpResponse<String> r = anonymous.get(path);
                assertThat(r.statusCode()).as(route).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElse("")).as(route).startsWith("/staff/login");
            } else {
                assertThat(anonymous.post(path, Map.of("csrf", "x")).statusCode()).as(route).isEqualTo(401);
                // logged in, but without the token: refused before the handler runs
                assertThat(loggedIn.post(path, Map.of()).statusCode()).as(route).isEqualTo(403);
            }
        }
    }

    @Test
    void every_admin_route_refuses_a_staff_account_before_its_handler_runs() throws Exception {
        List<String> adminRoutes = site.server.routeRoles().entrySet().stream()
                .filter(e -> e.getValue().equals(java.util.Set.of(Role.ADMIN))).map(Map.Entry::getKey).toList();
        assertThat(adminRoutes).hasSize(5);
        String byStaff = "SELECT id FROM audit_log WHERE actor = '" + StaffSite.STAFF + "'";
        int before = site.records.database().read(tx -> tx.list(byStaff, rs -> rs.getLong(1))).size();
        var staff = site.client().loggedIn(StaffSite.STAFF);
        var admin = site.client().loggedIn(StaffSite.ADMIN);
        for (String route : adminRoutes) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", Long.toString(smsInquiry));
            HttpResponse<String> r = route.startsWith("GET ") ? staff.get(path) : staff.submit("/staff/today", path, Map.of());
            assertThat(r.statusCode()).as(route).isEqualTo(403);
            assertThat(r.body()).as(route).contains("只有管理员").doesNotContain("13812345678");
            HttpResponse<String> a = route.startsWith("GET ") ? admin.get(path) : admin.submit("/staff/today", path, Map.of());
            assertThat(a.statusCode()).as(route).isNotEqualTo(403);
        }
        // nothing a refused staff member tried reached a handler that writes the audit log
        List<Long> after = site.records.database().read(tx -> tx.list(byStaff, rs -> rs.getLong(1)));
        assertThat(after).hasSize(before);
    }

    @Test
    void an_api_client_without_a_session_gets_json_not_the_login_page() throws Exception {
        var c = site.client();
        HttpResponse<String> r = c.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/staff/today")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"error\"").contains("登录");
    }

    @Test
    void an_idle_session_expires() throws Exception {
        Path other = java.nio.file.Files.createTempDirectory(home, "idle");
        try (StaffSite quick = new StaffSite(other, Duration.ofMillis(700))) {
            var c = quick.client().loggedIn(StaffSite.STAFF);
            assertThat(c.get("/staff/today").statusCode()).isEqualTo(200);
            Thread.sleep(1200);
            HttpResponse<String> r = c.get("/staff/today");
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/staff/login");
        }
    }
}
