package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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

    @BeforeAll
    static void start() {
        site = new StaffSite(home, Duration.ofMinutes(30));
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
}
