package cn.gongkai.gateway.voice;

import java.util.Locale;
import java.util.Optional;

/**
 * The webhooks of a call: {@code POST /twilio/voice} answers START, the rest
 * {@code /twilio/voice/<stage>}; STATUS is Twilio's call-status callback, not a step of the call.
 */
enum Stage {
    START, MENU, CONFIRM, RESULT, CATEGORY, VILLAGE, PROGRESS, MESSAGE, STAFF, STATUS;

    static final String ROOT = "/twilio/voice";

    String path() {
        return this == START ? ROOT : ROOT + "/" + name().toLowerCase(Locale.ROOT);
    }

    /** The stage a route's last path segment names ({@code menu} → MENU); START has no segment. */
    static Optional<Stage> of(String segment) {
        for (Stage s : values()) {
            if (s != START && s.name().toLowerCase(Locale.ROOT).equals(segment)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
