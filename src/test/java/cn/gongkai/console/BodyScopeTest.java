package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff scoped to one body, on a real server over a platform of two bodies: the other body's
 * request, letters, report and routed inquiries are 403 and every attempt is in the audit
 * log; a platform account sees both and switches between them. Also the search's body filter.
 */
class BodyScopeTest {
    @TempDir Path home;
    StaffSite site;
    long mz;
    long yj;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/bodies.yaml"), cn.gongkai.bodies.BodiesReportTest.BODIES);
        site = new StaffSite(home, Duration.ofMinutes(30));
        Accounts accounts = new Accounts(site.records.database(), Clock.systemUTC());
        accounts.add("mz", Role.STAFF, StaffSite.PASSWORD.toCharArray(), "qh-mz");
        accounts.add("yjadmin", Role.ADMIN, StaffSite.PASSWORD.toCharArray(), "qh-yj");
        var requests = site.records.requests();
        LocalDate day = requests.today().minusDays(3);
        mz = requests.add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "13812345678", true, RequestChannel.IN_PERSON,
                "民政的某项信息", null, day, null), "qh-mz", "test");
        yj = requests.add(new NewRequest(ApplicantType.NATURAL_PERSON, "李四", "13812345679", true, RequestChannel.IN_PERSON,
                "应急的某项信息", null, day, null), "qh-yj", "test");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    long denied(String actor) {
        return site.records.database().read(tx -> tx.one(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'BODY_DENIED' AND actor = ?", rs -> rs.getLong(1), actor)
                .orElse(0L));
    }

    @Test
    void staff_of_one_body_get_403_on_the_others_request_and_each_attempt_is_audited() throws Exception {
        var c = site.client().loggedIn("mz");
        assertThat(c.get("/staff/requests/" + mz).statusCode()).isEqualTo(200);
        HttpResponse<String> other = c.get("/staff/requests/" + yj);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("属于其他公开主体").doesNotContain("Exception");
        assertThat(denied("mz")).isEqualTo(1);
        Long requestId = site.records.database().read(tx -> tx.one(
                "SELECT request_id FROM audit_log WHERE action = 'BODY_DENIED' AND actor = 'mz'", rs -> rs.getLong(1))).get();
        assertThat(requestId).isEqualTo(yj);

        // An action on it, with a valid token from the account's own page: refused, audited, nothing recorded.
        HttpResponse<String> close = c.submit("/staff/requests/" + mz, "/staff/requests/" + yj + "/conclude",
                Map.of("result", "GRANTED", "date", site.records.requests().today().toString(), "reply", "同意"));
        assertThat(close.statusCode()).isEqualTo(403);
        assertThat(site.records.requests().show(yj).state().concluded()).isNull();
        assertThat(c.get("/staff/requests/" + yj + "/letters/receipt").statusCode()).isEqualTo(403);
        assertThat(c.get("/staff/report?body=qh-yj").statusCode()).isEqualTo(403);
        assertThat(denied("mz")).isEqualTo(4);

        // Its own list shows only its own body's requests.
        String list = c.get("/staff/requests").body();
        assertThat(list).contains("/staff/requests/" + mz + "\"").doesNotContain("/staff/requests/" + yj + "\"")
                .contains("青禾区民政局");
        assertThat(c.get("/staff/report").body()).contains("青禾区民政局");

        // Scoped admins too: admin is a role, not a pass to another body.
        var admin = site.client().loggedIn("yjadmin");
        assertThat(admin.get("/staff/requests/" + mz).statusCode()).isEqualTo(403);
        assertThat(admin.get("/staff/requests/" + yj).statusCode()).isEqualTo(200);
        assertThat(denied("yjadmin")).isEqualTo(1);
    }

    @Test
    void a_platform_account_sees_every_body_and_switches_between_them() throws Exception {
        var c = site.client().loggedIn(StaffSite.STAFF);
        assertThat(c.get("/staff/requests/" + mz).statusCode()).isEqualTo(200);
        assertThat(c.get("/staff/requests/" + yj).statusCode()).isEqualTo(200);
        String overview = c.get("/staff/bodies").body();
        assertThat(overview).contains("id=\"body-qh-mz\"").contains("id=\"body-qh-yj\"");
        HttpResponse<String> sw = c.submit("/staff/bodies", "/staff/bodies/switch", Map.of("body", "qh-yj"));
        assertThat(sw.statusCode()).isEqualTo(302);
        String today = c.get("/staff/today").body();
        assertThat(today).contains("当前：<strong>青禾区应急管理局</strong>");
        String list = c.get("/staff/requests").body();
        assertThat(list).contains("/staff/requests/" + yj + "\"").doesNotContain("/staff/requests/" + mz + "\"");
        assertThat(denied(StaffSite.STAFF)).isZero();

        // A scoped account cannot switch.
        var mzClient = site.client().loggedIn("mz");
        assertThat(mzClient.submit("/staff/bodies", "/staff/bodies/switch", Map.of("body", "qh-yj")).statusCode())
                .isEqualTo(403);
        assertThat(denied("mz")).isEqualTo(1);
    }

    @Test
    void the_search_filters_by_body_and_names_each_results_body() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        for (String body : List.of("qh-mz", "qh-yj")) {
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    site.url("/api/search?q=" + StaffSite.enc("通知") + "&limit=50&body=" + body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode hits = json.readTree(r.body()).get("hits");
            assertThat(hits.size()).as(body).isPositive();
            for (JsonNode h : hits) {
                assertThat(h.get("body_id").asText()).isEqualTo(body);
                assertThat(h.get("body_short").asText()).isEqualTo(body.equals("qh-mz") ? "区民政局" : "区应急局");
            }
        }
        var all = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                site.url("/api/search?q=" + StaffSite.enc("通知") + "&limit=50"))).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode hits = json.readTree(all.body()).get("hits");
        assertThat(hits.findValuesAsText("body_id")).contains("qh-mz", "qh-yj");
        var bad = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                site.url("/api/search?q=x&body=nope"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("没有这个公开主体");
    }
}
