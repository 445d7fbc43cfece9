package cn.gongkai.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@code serve}'s kiosk API over HTTP (java.net.http, JSON by Jackson). The token goes in a
 * header on every call and nowhere else: not in a URL, a log line or an exception message.
 */
final class KioskClient {
    /** The server answered, but not with success: {@code status} says why. */
    static final class Refused extends IOException {
        final int status;

        Refused(int status, String path) {
            super("kiosk API " + path + " answered " + status);
            this.status = status;
        }

        /** Sending again will not change the answer (bad input, unknown row): give up on it. */
        boolean permanent() {
            return status == 400 || status == 404 || status == 409 || status == 413;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(4);

    private final URI base;
    private final String token;
    private final HttpClient http;

    KioskClient(URI server, String token) {
        String s = server.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI base() {
        return base;
    }

    JsonNode get(String path, Map<String, String> query) throws IOException {
        return send(request(path + query(query)).GET().build(), path);
    }

    JsonNode post(String path, JsonNode body) throws IOException {
        return send(request(path).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), path);
    }

    /** The snapshot download: the generation it holds and its bytes, to be read to the end by the caller. */
    record Download(String generation, InputStream body) {}

    Download snapshot() throws IOException {
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/kiosk/snapshot"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<InputStream> res = exchange(r, HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() != 200) {
            res.body().close();
            throw new Refused(res.statusCode(), "/snapshot");
        }
        Optional<String> gen = res.headers().firstValue("X-Gongkai-Generation");
        if (gen.isEmpty()) {
            res.body().close();
            throw new IOException("snapshot without a generation");
        }
        return new Download(gen.get(), res.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve("/api/kiosk" + path)).timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest r, String path) throws IOException {
        HttpResponse<String> res = exchange(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() / 100 != 2) {
            throw new Refused(res.statusCode(), path);
        }
        return JSON.readTree(res.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest r, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(r, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String query(Map<String, String> q) {
        if (q == null || q.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner("&", "?", "");
        q.forEach((k, v) -> {
            if (v != null) {
                j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return j.toString();
    }
}
