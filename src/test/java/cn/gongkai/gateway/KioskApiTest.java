package cn.gongkai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Snapshots;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.terminals.Terminals;
import cn.gongkai.twilio.TwilioWebhook;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk API over a real server, SQLite file and Lucene index on a free loopback port. */
class KioskApiTest {
    @TempDir static Path home;
    @TempDir static Path kioskHome;
    static Corpus corpus;
    static Records records;
    static Server server;
    static String hallToken;
    static String townToken;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        corpus = TestHomes.corpusOf(home, TestHomes.resource("/import/good"));
        records = new App(new Home(home), TestHomes.CLOCK).records();
        Terminals t = new Terminals(records.database(), TestHomes.CLOCK);
        hallToken = t.register("大厅1号机", "青禾区政务服务中心", null, "tester");
        townToken = t.register("石门镇1号机", "石门镇便民服务中心", null, "tester");
        Console console = new Console(new Home(home), corpus, records, TestHomes.CLOCK, Duration.ofMinutes(30));
        server = new Server(corpus, TwilioWebhook.closed("no sms"),
                cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"), console, null, records.database(),
                new KioskApi(corpus, records)).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        corpus.close();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void the_token_is_stored_hashed_and_printed_nowhere_in_the_database() throws Exception {
        byte[] db = Files.readAllBytes(home.resolve("data/gongkai.db"));
        assertThat(new String(db, StandardCharsets.ISO_8859_1)).doesNotContain(hallToken.substring(3));
        assertThat(hallToken).startsWith("gk_").hasSizeGreaterThan(40);
    }

    @Test
    void no_token_a_wrong_token_or_a_revoked_one_gets_401_json_and_an_audit_line() throws Exception {
        String revoked = new Terminals(records.database(), TestHomes.CLOCK).register("旧机器", null, null, "tester");
        assertThat(call("GET", "/api/kiosk/hello", revoked, null).statusCode()).isEqualTo(200);
        new Terminals(records.database(), TestHomes.CLOCK).revoke("旧机器", "tester");
        for (String token : new String[] {null, "gk_nonsense", revoked}) {
            HttpResponse<String> r = call("GET", "/api/kiosk/search?q=" + "fire", token, null);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(json(r).path("error").asText()).contains("令牌");
        }
        int refusals = records.database().read(tx -> tx.one(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'KIOSK_TOKEN_REFUSED'", rs -> rs.getInt(1))).orElse(0);
        assertThat(refusals).isGreaterThanOrEqualTo(3);
        List<String> actions = records.database().read(tx -> tx.list(
                "SELECT action FROM audit_log WHERE action LIKE 'KIOSK_%ED'", rs -> rs.getString(1)));
        assertThat(actions).contains("KIOSK_REGISTERED", "KIOSK_REVOKED");
    }

    @Test
    void a_kiosk_token_opens_no_staff_page() throws Exception {
        HttpResponse<String> r = call("GET", "/staff/today", hallToken, null);
        assertThat(r.statusCode()).isNotEqualTo(200);
        assertThat(r.body()).doesNotContain("未办结的申请");
        assertThat(call("GET", "/staff/requests", hallToken, null).body()).doesNotContain("申请内容");
    }

    @Test
    void search_and_document_answer_as_the_search_service_does() throws Exception {
        JsonNode r = json(call("GET", "/api/kiosk/search?q=" + java.net.URLEncoder.encode("森林防火", StandardCharsets.UTF_8)
                + "&limit=5", hallToken, null));
        assertThat(r.path("total").asInt()).isEqualTo(corpus.search().search(
                cn.gongkai.corpus.SearchRequest.of("森林防火").page(0, 5)).total()).isPositive();
        String id = r.path("hits").get(0).path("id").asText();
        JsonNode d = json(call("GET", "/api/kiosk/disclosures/" + id, hallToken, null));
        assertThat(d.path("body").asText()).isNotBlank();
        assertThat(json(call("GET", "/api/kiosk/latest?limit=3", hallToken, null)).path("hits")).hasSize(3);
        String code = records.pickupCodes().issue(id);
        assertThat(json(call("GET", "/api/kiosk/pickup/" + code, hallToken, null)).path("id").asText()).isEqualTo(id);
        assertThat(call("GET", "/api/kiosk/pickup/000000", hallToken, null).statusCode()).isEqualTo(404);
    }

    @Test
    void an_inquiry_and_its_feedback_sent_three_times_are_written_once_with_the_kiosk_name() throws Exception {
        String body = "{\"id\":\"inq-0000-aaaa-1111\",\"at\":\"2020-01-01T01:00:00Z\",\"text\":\"slfh\","
                + "\"result_ids\":[\"fire-2025\"]}";
        for (int i = 0; i < 3; i++) {
            assertThat(call("POST", "/api/kiosk/inquiries", townToken, body).statusCode()).isEqualTo(200);
            assertThat(call("POST", "/api/kiosk/feedback", townToken,
                    "{\"id\":\"fb-0000-aaaa-1111\",\"inquiry\":\"inq-0000-aaaa-1111\",\"helpful\":true}").statusCode())
                    .isEqualTo(200);
        }
        List<String> rows = records.database().read(tx -> tx.list("""
                SELECT k.name || '|' || k.hall || '|' || q.text || '|' || q.feedback || '|' || q.at FROM inquiries q
                JOIN kiosk_submissions s ON s.kind = 'INQUIRY' AND s.ref_id = q.id JOIN kiosks k ON k.id = s.kiosk_id
                WHERE s.submission_id = 'inq-0000-aaaa-1111'""", rs -> rs.getString(1)));
        assertThat(rows).containsExactly("石门镇1号机|石门镇便民服务中心|slfh|HELPFUL|2020-01-01T01:00:00.000Z");
    }

    @Test
    void the_same_request_sent_by_eight_at_once_is_one_request_with_one_receipt_code() throws Exception {
        String body = "{\"id\":\"req-0000-bbbb-2222\",\"applicant_type\":\"NATURAL_PERSON\",\"name\":\"李四\","
                + "\"contact\":\"13812345678\",\"content\":\"石门镇2025年低保名单\",\"form_wanted\":\"到大厅领纸质的\"}";
        var pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> all = pool.invokeAll(java.util.Collections.nCopies(8,
                (Callable<HttpResponse<String>>) () -> call("POST", "/api/kiosk/requests", hallToken, body)));
        pool.shutdown();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (var f : all) {
            assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
            codes.add(json(f.get()).path("receipt_code").asText());
        }
        assertThat(codes).hasSize(1);
        var requests = records.requests().list(false).stream()
                .filter(v -> v.request().content().equals("石门镇2025年低保名单")).toList();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).request().receiptCode()).isEqualTo(codes.iterator().next());
        assertThat(requests.get(0).status().name()).isEqualTo("AWAITING_RECEIPT");
    }

    @Test
    void a_request_to_be_posted_arrives_with_its_address_and_is_confirmed_without_retyping() throws Exception {
        String body = "{\"id\":\"req-0000-dddd-4444\",\"applicant_type\":\"NATURAL_PERSON\",\"name\":\"王五\","
                + "\"contact\":\"13812345678\",\"content\":\"石门村2025年危房改造名单\",\"form_wanted\":\"寄纸质的给我\","
                + "\"address\":\" 石门村3组12号 \",\"delivery\":\"MAIL\"}";
        HttpResponse<String> r = call("POST", "/api/kiosk/requests", hallToken, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long id = json(r).path("request").asLong();
        var filed = records.requests().show(id).request();
        assertThat(filed.address()).isEqualTo("石门村3组12号");
        assertThat(filed.delivery()).isEqualTo(cn.gongkai.requests.DeliveryWanted.MAIL);
        assertThat(filed.formWanted()).isEqualTo("寄纸质的给我");
        // Art. 29 holds: nothing is missing, so staff confirm it as it came.
        assertThat(records.requests().missing(id)).isEmpty();
        records.requests().confirmReceipt(id, TestHomes.TODAY, true, "王芳");
        assertThat(records.requests().show(id).state().received()).isEqualTo(TestHomes.TODAY);

        // Posted without an address: filed, and confirmation waits for staff to complete it.
        HttpResponse<String> noAddress = call("POST", "/api/kiosk/requests", hallToken, body
                .replace("req-0000-dddd-4444", "req-0000-dddd-5555").replace("\" 石门村3组12号 \"", "null"));
        long waiting = json(noAddress).path("request").asLong();
        assertThat(records.requests().missing(waiting)).singleElement().asString().contains("要求邮寄");

        HttpResponse<String> bad = call("POST", "/api/kiosk/requests", hallToken, body
                .replace("req-0000-dddd-4444", "req-0000-dddd-6666").replace("\"MAIL\"", "\"PIGEON\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("delivery").doesNotContain("Exception");
        HttpResponse<String> tooLong = call("POST", "/api/kiosk/requests", hallToken, body
                .replace("req-0000-dddd-4444", "req-0000-dddd-7777").replace("石门村3组12号", "村".repeat(101)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void a_staff_call_carries_the_kiosk_name_and_another_kiosk_cannot_read_it() throws Exception {
        JsonNode c = json(call("POST", "/api/kiosk/calls", hallToken, "{\"id\":\"call-0000-cccc-3333\"}"));
        long id = c.path("call").asLong();
        assertThat(new cn.gongkai.hall.StaffCalls(records.database(), TestHomes.CLOCK).get(id).orElseThrow().kiosk())
                .isEqualTo("大厅1号机");
        assertThat(json(call("GET", "/api/kiosk/calls/" + id, hallToken, null)).path("outcome").asText()).isEqualTo("WAITING");
        assertThat(call("GET", "/api/kiosk/calls/" + id, townToken, null).statusCode()).isEqualTo(404);
    }

    @Test
    void bad_input_is_a_kind_400_not_a_stack_trace() throws Exception {
        HttpResponse<String> r = call("POST", "/api/kiosk/requests", hallToken, "{\"id\":\"x\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception");
        assertThat(call("POST", "/api/kiosk/inquiries", hallToken, "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void the_snapshot_installs_into_a_kiosk_home_and_searches_alike() throws Exception {
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/api/kiosk/snapshot"))
                .header("Authorization", "Bearer " + hallToken).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        String gen = r.headers().firstValue("X-Gongkai-Generation").orElseThrow();
        assertThat(gen).isEqualTo(Snapshots.name(corpus.generation()));
        try (var in = r.body()) {
            Snapshots.install(new Home(kioskHome), gen, in);
        }
        assertThat(Snapshots.installed(new Home(kioskHome))).contains(gen);
        try (Corpus copy = Corpus.open(new Home(kioskHome), TestHomes.CLOCK)) {
            var q = cn.gongkai.corpus.SearchRequest.of("森林防火");
            assertThat(copy.search().search(q).hits().stream().map(h -> h.disclosure().id()).toList())
                    .isEqualTo(corpus.search().search(q).hits().stream().map(h -> h.disclosure().id()).toList());
            assertThat(copy.size()).isEqualTo(corpus.size());
        }
    }
}
