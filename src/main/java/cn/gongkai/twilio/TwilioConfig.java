package cn.gongkai.twilio;

import java.util.Map;

/**
 * Twilio settings from the environment (contract, "Environment"), read once at start-up into a
 * plain value so tests construct their own.
 *
 * @param authToken validates every webhook; blank: the webhooks answer 503
 * @param accountSid with {@code fromNumber}, enables outbound texts; blank: they wait in the outbox
 * @param publicUrl the base URL Twilio calls, which signatures are computed over
 * @param apiBase the REST API's base URL (tests point it at a local fake); blank: Twilio's own
 */
public record TwilioConfig(String authToken, String accountSid, String fromNumber, String publicUrl, String apiBase) {

    public TwilioConfig {
        authToken = blankToNull(authToken);
        accountSid = blankToNull(accountSid);
        fromNumber = blankToNull(fromNumber);
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
        apiBase = apiBase == null || apiBase.isBlank() ? null : apiBase.strip().replaceAll("/+$", "");
    }

    public static TwilioConfig fromEnv(Map<String, String> env) {
        return new TwilioConfig(env.get("TWILIO_AUTH_TOKEN"), env.get("TWILIO_ACCOUNT_SID"),
                env.get("TWILIO_FROM_NUMBER"), env.get("GONGKAI_PUBLIC_URL"), env.get("TWILIO_API_BASE"));
    }

    /** Why the webhooks cannot take traffic, or null when they can. */
    public String webhookProblem() {
        if (authToken == null) {
            return "TWILIO_AUTH_TOKEN is not set: Twilio webhooks (SMS, voice) are closed until it is";
        }
        if (publicUrl == null) {
            return "GONGKAI_PUBLIC_URL is not set: signatures cannot be checked without the public URL Twilio calls";
        }
        return null;
    }

    public boolean canSend() {
        return accountSid != null && authToken != null && fromNumber != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
