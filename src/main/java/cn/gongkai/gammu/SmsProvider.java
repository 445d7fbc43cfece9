package cn.gongkai.gammu;

import cn.gongkai.config.UserException;
import cn.gongkai.gateway.sms.SmsGateway;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Which carrier {@code serve} talks to: {@code GONGKAI_SMS_PROVIDER=twilio} (the default: the
 * webhook answers inline, the outbox goes through Twilio's API) or {@code gammu} (a GSM modem run
 * by gammu-smsd, configured by {@code GAMMU_SMSDRC}). The voice line stays on Twilio either way.
 *
 * @param gammu the checked gammu-smsd configuration, or null for Twilio
 */
public record SmsProvider(SmsdConfig gammu) {

    /** Reads the choice; a gammu line with a bad configuration refuses here, before anything opens. */
    public static SmsProvider fromEnv(Map<String, String> env) {
        String name = env.getOrDefault("GONGKAI_SMS_PROVIDER", "twilio").strip();
        return switch (name.isEmpty() ? "twilio" : name) {
            case "twilio" -> new SmsProvider(null);
            case "gammu" -> {
                String rc = env.get("GAMMU_SMSDRC");
                yield new SmsProvider(SmsdConfig.load(rc == null || rc.isBlank() ? null : Path.of(rc)));
            }
            default -> throw new UserException("GONGKAI_SMS_PROVIDER 应为 twilio 或 gammu, 现为 " + name);
        };
    }

    /** Starts the outbox sender (and for gammu the spool watcher); closing stops the watcher. */
    public Running start(SmsGateway sms, Clock clock) {
        if (gammu == null) {
            boolean sending = sms.startSender(Duration.ofSeconds(2), Duration.ofSeconds(30));
            return new Running(sending, null);
        }
        // A modem takes seconds per text; polling the spool every half second never holds it up.
        sms.startSender(new SpoolTransport(gammu, clock), Duration.ofMillis(500), Duration.ofSeconds(30));
        return new Running(true, new GammuLine(gammu, sms.channel(), sms.outbox()).start(Duration.ofMillis(250)));
    }

    /** What {@link #start} started. */
    public record Running(boolean sending, GammuLine line) implements AutoCloseable {
        @Override
        public void close() {
            if (line != null) {
                line.close();
            }
        }
    }
}
