package cn.gongkai.gateway.voice;

import java.util.Locale;

/** The webhooks of a call: {@code POST /twilio/voice} answers START, the rest {@code /twilio/voice/<stage>}. */
enum Stage {
    START, MENU, CONFIRM, RESULT, CATEGORY, VILLAGE, PROGRESS, MESSAGE, STAFF;

    static final String ROOT = "/twilio/voice";

    String path() {
        return this == START ? ROOT : ROOT + "/" + name().toLowerCase(Locale.ROOT);
    }
}
