package cn.gongkai.gateway.voice;

import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestView;
import java.util.List;
import java.util.Optional;

/**
 * 进度 by phone, for the number that filed the request only (as by SMS): a caller hears the
 * requests their number filed, and may key the code of an older one. Receipt codes are "GK" and
 * eight digits; codes of the earlier form ("GK" and eight of 2–9 and A–Z) are keyed with each
 * letter as the digit printed under it (ABC on 2, DEF on 3 …). A code filed by another number,
 * or by none, is "not found", the same answer as a code that does not exist.
 */
final class Progress {
    private static final String[] KEYPAD = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};
    /** Codes keyed without a match before the call stops taking them: guessing is not a way in. */
    static final int TRIES = 3;

    private final Records records;

    Progress(Records records) {
        this.records = records;
    }

    /** The latest requests whose contact is this number, newest first; none for an unknown number. */
    List<RequestView> mine(String phone, int max) {
        return records.requests().lookup().byContact(phone, max);
    }

    /**
     * The caller's request whose receipt code, keyed on a phone, gives these digits (with or
     * without the "GK", which keys as 45); empty when none or more than one match.
     */
    Optional<RequestView> byKeys(String phone, String digits) {
        String d = digits.replaceAll("[^0-9]", "");
        if (d.length() == 10 && d.startsWith("45")) {
            d = d.substring(2);
        }
        if (d.length() != 8) {
            return Optional.empty();
        }
        String want = d;
        List<RequestView> hits = records.requests().lookup().byContact(phone, Integer.MAX_VALUE).stream()
                .filter(v -> keyed(v.request().receiptCode()).equals(want)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** A receipt code as keyed: letters become their key's digit, the "GK" prefix dropped. */
    static String keyed(String code) {
        String c = code.toUpperCase(java.util.Locale.ROOT);
        if (c.startsWith("GK")) {
            c = c.substring(2);
        }
        StringBuilder b = new StringBuilder();
        for (char ch : c.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                b.append(ch);
            }
            for (int k = 2; k < KEYPAD.length; k++) {
                if (KEYPAD[k].indexOf(ch) >= 0) {
                    b.append(k);
                }
            }
        }
        return b.toString();
    }
}
