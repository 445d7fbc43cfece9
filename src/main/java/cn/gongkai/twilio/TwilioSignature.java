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
    /** One HMAC per thread, keyed once: the SDK looks up and keys a new one for each signature it computes. */
    private final ThreadLocal<javax.crypto.Mac> macs;

    public TwilioSignature(TwilioConfig config) {
        this.config = config;
        this.validator = config.authToken() == null ? null : new RequestValidator(config.authToken());
        String token = config.authToken();
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
                // The key's bytes as the SDK takes them (the platform charset; a token is ASCII).
                mac.init(new javax.crypto.spec.SecretKeySpec(token.getBytes(), "HmacSHA1"));
                return mac;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA1 unavailable", e); // every Java has it
            }
        });
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
        Map<String, String> params;
        String signature = ctx.header("X-Twilio-Signature");
        boolean valid;
        try {
            params = fields(ctx);
            String query = ctx.queryString();
            String url = config.publicUrl() + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
            // The URL as configured first (what Twilio signs), then the SDK, which also tries the
            // URL with the default port added and removed, computing two signatures every time.
            valid = signature != null && (signedAs(url, params, signature) || validator.validate(url, params, signature));
        } catch (RuntimeException e) {
            params = null;
            valid = false; // an unreadable body cannot carry a valid signature
        }
        if (!valid) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("invalid or missing X-Twilio-Signature");
            return null;
        }
        return params;
    }

    /**
     * The form's fields, first value of each name: Twilio's UTF-8 form read straight from the
     * body's bytes; anything else (a multipart body) through the framework.
     */
    private static Map<String, String> fields(Context ctx) {
        if (FormFields.reads(ctx.contentType())) {
            return FormFields.parse(ctx.bodyAsBytes());
        }
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
            if (!e.getValue().isEmpty()) {
                params.put(e.getKey(), e.getValue().get(0));
            }
        }
        return params;
    }

    /** Twilio's signature over exactly {@code url}: HMAC-SHA1 of the URL and the sorted fields, base64. */
    private boolean signedAs(String url, Map<String, String> params, String signature) {
        String[] keys = params.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys);
        StringBuilder data = new StringBuilder(url);
        for (String k : keys) {
            data.append(k).append(params.get(k));
        }
        byte[] mac = macs.get().doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
        byte[] expected = java.util.Base64.getEncoder().encode(mac);
        return java.security.MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    /** The public URL Twilio calls for {@code path}: action URLs in TwiML are built on it. */
    public String url(String pathAndQuery) {
        return config.publicUrl() + pathAndQuery;
    }
}
