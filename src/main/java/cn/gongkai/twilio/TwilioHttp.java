package cn.gongkai.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP under the Twilio SDK: sends to a configurable base URL ({@code TWILIO_API_BASE}) and
 * makes exactly one request per call. The SDK's default client retries a 5xx three times
 * within about 300 ms, which can send one notice twice; the outbox does its own retrying.
 */
final class TwilioHttp extends HttpClient {
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    /** The request never reached the server: safe to try again. */
    static final class NotSent extends ApiConnectionException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String base;
    private final String authorization;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    TwilioHttp(String base, String accountSid, String authToken) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        URL sdkUrl = request.constructURL();
        String target = base == null ? sdkUrl.toString() : base + sdkUrl.getFile();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(15))
                .header("Authorization", authorization).header("Accept", "application/json");
        for (Map.Entry<String, List<String>> h : request.getHeaderParams().entrySet()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                h.getValue().forEach(v -> b.header(h.getKey(), v));
            }
        }
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.POST) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
            b.POST(HttpRequest.BodyPublishers.ofString(request.encodeFormBody(), StandardCharsets.UTF_8));
        } else {
            b.method(method.toString(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.body(), r.statusCode());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new NotSent("could not connect to " + URI.create(target).getHost(), e);
        } catch (IOException e) {
            throw new ApiConnectionException("no answer from the SMS provider: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while sending", e);
        }
    }
}
