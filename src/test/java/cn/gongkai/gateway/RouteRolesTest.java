package cn.gongkai.gateway;

import static cn.gongkai.console.Role.ADMIN;
import static cn.gongkai.console.Role.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.voice.VoiceWebhook;
import cn.gongkai.ops.Metrics;
import cn.gongkai.twilio.TwilioWebhook;
import io.javalin.Javalin;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of {@code serve} declares at registration who may use it, and the one guard in
 * front of the handlers refuses a route that declares nothing. A route added without a role
 * fails the first test.
 */
class RouteRolesTest {
    @TempDir Path home;

    @Test
    void every_route_declares_who_may_use_it() {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        Console console = new Console(new Home(home), corpus, records, Clock.systemUTC(), Duration.ofMinutes(5));
        try (Server server = new Server(corpus, TwilioWebhook.closed("test"), VoiceWebhook.closed("test"), console,
                new Metrics(Clock.systemUTC()), records.database())) {
            Map<String, Set<RouteRole>> routes = server.routeRoles();
            assertThat(routes).hasSizeGreaterThan(50);
            assertThat(routes.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isNotEmpty());

            assertThat(withRoles(routes, Set.of(ADMIN))).containsExactlyInAnyOrder("GET /staff/audit",
                    "POST /staff/inquiries/{id}/reveal", "POST /staff/requests/{id}/reveal", "POST /staff/sms/numbers",
                    "POST /staff/villages/reveal");
            assertThat(withRoles(routes, Set.of(Access.PUBLIC))).containsExactlyInAnyOrder("GET /", "GET /health",
                    "GET /api/search", "GET /api/disclosures/{id}", "GET /staff/login", "POST /staff/login");
            assertThat(withRoles(routes, Set.of(Access.TWILIO))).allMatch(r -> r.startsWith("POST /twilio/"))
                    .contains("POST /twilio/sms", "POST /twilio/voice", "POST /twilio/voice/{stage}");
            assertThat(withRoles(routes, Set.of(Access.LOCAL))).containsExactly("GET /metrics");
            // the rest of the console is for any console account
            routes.forEach((route, roles) -> {
                if (route.contains(" /staff") && !roles.contains(ADMIN) && !roles.contains(Access.PUBLIC)) {
                    assertThat(roles).as(route).containsExactly(STAFF);
                }
            });
        }
        corpus.close();
    }

    @Test
    void a_route_that_declares_no_role_is_refused_and_a_console_role_without_a_console_too() throws Exception {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.beforeMatched(new RouteGuard(null)::check);
            cfg.routes.get("/forgotten", ctx -> ctx.result("secret"));
            cfg.routes.get("/staff-only", ctx -> ctx.result("secret"), STAFF);
            cfg.routes.get("/open", ctx -> ctx.result("hello"), Access.PUBLIC);
        }).start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/forgotten", "/staff-only"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(403);
                assertThat(r.body()).as(path).doesNotContain("secret");
            }
            HttpResponse<String> open = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/open"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(open.body()).isEqualTo("hello");
        } finally {
            app.stop();
        }
    }

    private static java.util.List<String> withRoles(Map<String, Set<RouteRole>> routes, Set<RouteRole> roles) {
        return routes.entrySet().stream().filter(e -> e.getValue().equals(roles)).map(Map.Entry::getKey).toList();
    }
}
