package cn.gongkai.gateway.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one call stands, kept as JSON in {@code voice_calls} between Twilio's webhooks: the
 * caller, their village, the list being read out and the place in it, and what the call has
 * done so far (asked, read out, route, recording), which its inquiry row is made from.
 */
final class Call {
    /** What the numbered list being read out came from. */
    enum Listing { SEARCH, LATEST, CATEGORY }

    /** What to do once the caller has named their village. */
    enum After { NONE, LATEST }

    String phone;
    String village;
    Long inquiryId;
    Listing listing;
    String label;
    List<String> ids = new ArrayList<>();
    int pos;
    /** A question heard with low confidence, waiting for "是请按1". */
    String pending;
    After after = After.NONE;
    /** Silences in a row at the current prompt: the first gets a gentle retry, the next the menu. */
    int silences;
    List<String> asked = new ArrayList<>();
    List<String> read = new ArrayList<>();
    List<String> route = new ArrayList<>();
    /** Receipt codes keyed this call that matched none of the caller's requests. */
    int progressTries;
    /** Each question asked and how many notices it found (an inquiry may hold several). */
    List<Asked> questions = new ArrayList<>();
    String category;
    String recordingUrl;
    /** Unclear answers in a row to the village question: after two the call goes on without one. */
    int unclear;
    /** The page of a spoken list (villages, categories) being read; -1: the question asked by speech. */
    int page = -1;
    /** The last answer read a notice out: a hang-up now is a hang-up mid-answer. */
    boolean listening;
    /** We ended the call (goodbye, or after a transfer), rather than the caller hanging up. */
    boolean endedByUs;
    /** How the call ended (a {@link Ending} name, from Twilio's status callback), and its length in seconds. */
    String ended;
    Integer seconds;

    /** One question of the call and its result. */
    static final class Asked {
        String q;
        int total;

        Asked() {}

        Asked(String q, int total) {
            this.q = q;
            this.total = total;
        }
    }

    /** How a call ended, as the console shows it. */
    enum Ending { COMPLETED, HUNG_UP_LISTENING, HUNG_UP, BUSY, NO_ANSWER, FAILED, CANCELED }

    /** Something was asked and every question found nothing (one answered question is enough to count as found). */
    boolean nothingFound() {
        return !questions.isEmpty() && questions.stream().allMatch(a -> a.total == 0);
    }

    /**
     * Twilio's status callback said the call ended ({@code status}: completed, busy, no-answer,
     * failed, canceled): a completed call the caller ended while a notice was being read is a
     * hang-up mid-answer. Applying it twice changes nothing more.
     */
    void end(String status, Integer length, String from) {
        if (phone == null && from != null && !from.isBlank()) {
            phone = cn.gongkai.outreach.Numbers.normalize(from);
        }
        ended = (switch (status) {
            case "completed" -> endedByUs ? Ending.COMPLETED : listening ? Ending.HUNG_UP_LISTENING : Ending.HUNG_UP;
            case "busy" -> Ending.BUSY;
            case "no-answer" -> Ending.NO_ANSWER;
            case "failed" -> Ending.FAILED;
            default -> Ending.CANCELED;
        }).name();
        seconds = length;
        if (route.isEmpty()) {
            step("未接通");
        }
    }

    /** The id being read out, or null. */
    String current() {
        return pos >= 0 && pos < ids.size() ? ids.get(pos) : null;
    }

    void step(String what) {
        if (route.size() < 100) {
            route.add(what);
        }
    }

    /** The inquiry's text: what was asked (the demand list groups by it), else the route taken. */
    String summary() {
        if (!asked.isEmpty()) {
            return String.join("；", asked);
        }
        return "语音：" + (route.isEmpty() ? "来电" : String.join("→", route));
    }
}
