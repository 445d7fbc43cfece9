package cn.gongkai.outreach;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The {@code sms:} section of {@code kiosk-config/kiosk.yaml}: the reply budget in segments,
 * how many results a reply lists, how long a conversation is remembered, the per-number rate.
 */
public record SmsSettings(int segments, int resultsPerReply, Duration session, int perMinute) {

    public static final SmsSettings DEFAULTS = new SmsSettings(2, 3, Duration.ofMinutes(30), 30);

    public static SmsSettings load(ConfigFiles config) {
        ConfigFiles.Source src = config.read("kiosk.yaml");
        JsonNode root = ConfigFiles.yaml(src);
        JsonNode sms = root == null ? null : root.get("sms");
        if (sms == null || sms.isNull()) {
            return DEFAULTS;
        }
        String where = src.location() + " sms.";
        return new SmsSettings(
                number(sms, "segments", DEFAULTS.segments, 1, 10, where),
                number(sms, "results_per_reply", DEFAULTS.resultsPerReply, 1, 9, where),
                Duration.ofMinutes(number(sms, "session_minutes", 30, 1, 24 * 60, where)),
                number(sms, "per_minute", DEFAULTS.perMinute, 1, 1000, where));
    }

    private static int number(JsonNode sms, String key, int dflt, int min, int max, String where) {
        JsonNode v = sms.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new UserException(where + key + ": 应为 " + min + " 到 " + max + " 之间的整数, 现在是 \"" + v.asText() + "\"");
        }
        return v.asInt();
    }
}
