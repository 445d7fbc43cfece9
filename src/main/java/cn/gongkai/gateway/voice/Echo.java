package cn.gongkai.gateway.voice;

/**
 * The caller's words said back to them, only as a short clean phrase: Chinese characters alone
 * (no "http evil com"), without the lead-in everyone says (我想问一下) and without repeats. A
 * phrase that is still long, or nothing, is not echoed at all (null).
 */
final class Echo {
    /** Longest phrase said back: longer, and it is a speech, not a question to confirm. */
    static final int MAX = 10;
    /** Lead-ins that carry no question (recognisers hear them over and over). */
    private static final String LEAD_IN = "^(我想问一下|我想问问|我想问|我想了解一下|我想了解|我想知道|我要问|我要查|请问一下|请问|问一下|"
            + "帮我查一下|帮我查|查一下|你好|您好|喂)+";

    private Echo() {}

    static String phrase(String words) {
        if (words == null) {
            return null;
        }
        String s = words.replaceAll("[^\\p{IsHan}]", "");
        s = s.replaceAll(LEAD_IN, "");
        s = s.replaceAll("(.{2,}?)\\1+", "$1");
        return s.isEmpty() || s.length() > MAX ? null : s;
    }
}
