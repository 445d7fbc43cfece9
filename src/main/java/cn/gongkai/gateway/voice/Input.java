package cn.gongkai.gateway.voice;

import java.util.Map;

/**
 * What Twilio sent with one webhook of a call.
 *
 * @param digits keys pressed ({@code Digits}), "" if none
 * @param speech what speech recognition heard ({@code SpeechResult}), "" if none
 * @param confidence how sure it was (0 to 1; 1 when Twilio gives none)
 */
record Input(String callSid, String from, String digits, String speech, double confidence, String recordingUrl,
        int recordingSeconds, String dialStatus) {

    static Input of(Map<String, String> p) {
        double confidence = 1;
        try {
            confidence = Double.parseDouble(p.getOrDefault("Confidence", "1").strip());
        } catch (NumberFormatException e) {
            // keep 1: Twilio sends Confidence with every speech result
        }
        int seconds = 0;
        try {
            seconds = Integer.parseInt(p.getOrDefault("RecordingDuration", "0").strip());
        } catch (NumberFormatException e) {
            // no duration: treated as a recording of unknown length
            seconds = -1;
        }
        return new Input(p.get("CallSid"), p.get("From"), clean(p.get("Digits")).replaceAll("[^0-9*#]", ""),
                clean(p.get("SpeechResult")), confidence, clean(p.get("RecordingUrl")), seconds,
                clean(p.get("DialCallStatus")));
    }

    private static String clean(String s) {
        return s == null ? "" : cn.gongkai.corpus.Text.query(s, 200);
    }

    boolean silent() {
        return digits.isEmpty() && speech.isEmpty();
    }

    /** The key pressed, or a single digit said ("一", "1", "幺", "按一"); null otherwise. Words like 是 are {@link Heard}'s. */
    Character key() {
        if (!digits.isEmpty()) {
            return digits.charAt(0);
        }
        String s = speech.replaceAll("[\\p{P}\\s]", "");
        if (s.matches("[0-9]")) {
            return s.charAt(0);
        }
        int i = "零一二三四五六七八九".indexOf(s.length() == 1 ? s : "?");
        if (i >= 0) {
            return (char) ('0' + i);
        }
        return switch (s) {
            case "幺", "按一", "按1", "按幺" -> '1';
            case "按二", "按2", "按两" -> '2';
            case "按三", "按3" -> '3';
            case "按零", "按0" -> '0';
            default -> null;
        };
    }

    /** The spoken words without punctuation the recogniser adds (临时救助。 → 临时救助). */
    String words() {
        return speech.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }
}
