package cn.gongkai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real server on a free loopback port. */
class ApiTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        corpus = TestHomes.corpusOf(home, TestHomes.resource("/import/good"));
        server = new Server(corpus).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        corpus.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_root_address_is_a_small_page_linking_to_health() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("href=\"/health\"", "正在运行").doesNotContain("not found");
    }

    @Test
    void health_reports_ok_and_the_document_count() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        assertThat(json(r).get("documents").asInt()).isEqualTo(8);
    }

    @Test
    void search_returns_the_contract_shape() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("森林防火") + "&limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).contains("application/json");
        JsonNode body = json(r);
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.get("hits")).hasSize(1);
        JsonNode hit = body.get("hits").get(0);
        for (String field : new String[] {"id", "title", "category", "published", "village", "summary", "snippet"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("id").asText()).isEqualTo("FX-2025-01");
        assertThat(hit.get("published").asText()).isEqualTo("2025-10-09");
    }

    @Test
    void search_village_parameter_puts_that_village_first() throws Exception {
        JsonNode body = json(get("/api/search?q=" + q("公路硬化") + "&village=" + q("石门村")));
        assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("CW-2025-SM-03");
        assertThat(body.get("hits").get(0).get("village").asText()).isEqualTo("石门村");
    }

    @Test
    void limit_out_of_range_or_not_a_number_is_a_polite_400() throws Exception {
        for (String limit : new String[] {"0", "51", "abc", "-3"}) {
            HttpResponse<String> r = get("/api/search?q=x&limit=" + limit);
            assertThat(r.statusCode()).as(limit).isEqualTo(400);
            assertThat(json(r).get("error").asText()).contains("limit");
        }
        assertThat(json(get("/api/search?q=" + q("防火") + "&limit=50")).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void date_range_filters_and_bad_dates_are_a_polite_400() throws Exception {
        JsonNode body = json(get("/api/search?q=" + q("森林防火") + "&from=2025-01-01&to=2025-12-31"));
        assertThat(body.get("total").asInt()).isEqualTo(1);
        HttpResponse<String> bad = get("/api/search?q=x&from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("from");
    }

    @Test
    void an_imported_page_returns_its_written_date_apart_from_published_and_its_lead() throws Exception {
        JsonNode d = json(get("/api/disclosures/medical"));
        assertThat(d.get("published").asText()).isEqualTo("2025-09-15");
        assertThat(d.get("written").asText()).isEqualTo("2025-09-10");
        assertThat(d.get("summary").isNull()).isTrue();
        assertThat(d.get("lead").asText()).startsWith("2026年度城乡居民医保个人缴费标准为每人每年400元。");
        JsonNode hit = null;
        for (JsonNode h : json(get("/api/search?q=" + q("医疗保险集中缴费") + "&limit=50")).get("hits")) {
            if (h.get("id").asText().equals("medical")) {
                hit = h;
            }
        }
        assertThat(hit).isNotNull();
        assertThat(hit.get("written").asText()).isEqualTo("2025-09-10");
        assertThat(hit.get("lead").asText()).startsWith("2026年度城乡居民医保");
    }

    @Test
    void one_disclosure_by_id_or_404() throws Exception {
        HttpResponse<String> r = get("/api/disclosures/GF-2023-02");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("doc_no").asText()).isEqualTo("青禾政发〔2023〕2号");
        assertThat(json(r).get("in_force").asBoolean()).isFalse();
        HttpResponse<String> missing = get("/api/disclosures/NOPE-1");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("NOPE-1");
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void hostile_queries_never_give_a_5xx() throws Exception {
        String[] hostile = {"AND(", "*", "\"", "~", "\\", "%", "\u0000", "😀", "森林防火".repeat(60), "<script>", "' OR 1=1"};
        for (String h : hostile) {
            HttpResponse<String> r = get("/api/search?q=" + q(h) + "&category=" + q(h) + "&village=" + q(h));
            assertThat(r.statusCode()).as(h.length() > 20 ? "long" : h).isEqualTo(200);
        }
        // Longer than any browser sends: Jetty refuses the URI itself, still not a server error.
        assertThat(get("/api/search?q=" + q("森".repeat(30_000))).statusCode()).isBetween(400, 499);
    }
}
