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
    String category;
    boolean nothingFound;
    String recordingUrl;

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
