package cn.gongkai.gateway.voice;

import java.util.Locale;

/**
 * Every text the voice line speaks, by its key under {@code voice:} in messages.yaml (the key
 * is the constant's name in lower case). Code asks for texts only through these constants, so
 * a test can check that messages.yaml has every one.
 */
enum Prompt {
    GREETING, MENU, MENU_ZERO_STAFF, MENU_ZERO_MESSAGE, SILENCE, GOODBYE, BAD_KEY, APOLOGY,
    CONFIRM, SAY_AGAIN, NOTHING_FOUND, NOTHING_FOUND_PLAIN, NOT_UNDERSTOOD, KEYS_HERE, FOUND, RESULT, RESULT_DATE, REPEALED, EXCERPT, RESULT_KEYS, NO_MORE,
    SMS_QUEUED, SMS_ALREADY, SMS_OPTED_OUT, SMS_NOT_MOBILE,
    VILLAGE_ASK, VILLAGE_PAGE, VILLAGE_CHOICE, VILLAGE_SET, VILLAGE_UNKNOWN, VILLAGE_GIVE_UP, PAGE_MORE, PAGE_AGAIN,
    LATEST_INTRO, LATEST_INTRO_DISTRICT, CATEGORY_ASK, CATEGORY_CHOICE, CATEGORY_INTRO, LISTING_NONE,
    PROGRESS_MINE, PROGRESS_ITEM, PROGRESS_DUE, PROGRESS_ASK, PROGRESS_FOUND, PROGRESS_UNKNOWN, PROGRESS_LIMIT,
    MESSAGE_PROMPT, MESSAGE_SAVED, MESSAGE_EMPTY, STAFF_CONNECTING, STAFF_MISSED, STAFF_DONE,
    DATE_PATTERN, LIST_SEPARATOR, LATIN_WORDS, LETTERS;

    /** The key in messages.yaml. */
    String key() {
        return "voice." + name().toLowerCase(Locale.ROOT);
    }

    /** Keys with one text per request status ({@code voice.status.OPEN} …), also required. */
    static final String STATUS_PREFIX = "voice.status.";

    /** Keys of the steering words ({@code voice.words.next} …), see {@link Heard}. */
    static final String WORDS_PREFIX = "voice.words.";
}
