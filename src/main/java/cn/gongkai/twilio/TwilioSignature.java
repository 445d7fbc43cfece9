package cn.gongkai.twilio;

import com.twilio.security.RequestValidator;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate in front of every Twilio webhook (SMS and voice): a request must carry a valid
 * {@code X-Twilio-Signature} computed over {@code GONGKAI_PUBLIC_URL} + path + query, not over
 * what a proxy forwarded. Without an auth token or public URL the routes are closed (503).
 */
public final class TwilioSignature {
    private final TwilioConfig config;
    private final RequestValidator validator;

    public TwilioSignature(TwilioConfig config) {
        this.config = config;
        this.validator = config.authToken() == null ? null : new RequestValidator(config.authToken());
    }

    /**
     * The form fields if Twilio signed the request; otherwise answers 503 (with {@code closed}, or
     * the configuration's problem) or 403 and returns null.
     */
    public Map<String, String> checked(Context ctx, String closed) {
        String problem = closed != null ? closed : config.webhookProblem();
        if (problem != null) {
            ctx.status(503).contentType("text/plain; charset=utf-8").result(problem.getBytes(StandardCharsets.UTF_8));
            return null;
        }
        Map<String, String> params = new HashMap<>();
        String signature = ctx.header("X-Twilio-Signature");
        boolean valid;
        try {
            for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    params.put(e.getKey(), e.getValue().get(0));
                }
            }
            String query = ctx.queryString();
            String url = config.publicUrl() + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
            valid = signature != null && validator.validate(url, params, signature);
        } catch (RuntimeException e) {
            valid = false; // an unreadable body cannot carry a valid signature
        }
        if (!valid) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("invalid or missing X-Twilio-Signature");
            return null;
        }
        return params;
    }

    /** The public URL Twilio calls for {@code path}: action URLs in TwiML are built on it. */
    public String url(String pathAndQuery) {
        return config.publicUrl() + pathAndQuery;
    }
}
