package cn.gongkai.gateway.voice;

import cn.gongkai.gateway.sms.Numbers;
import cn.gongkai.requests.Records;
import cn.gongkai.requests.RequestView;
import java.util.List;
import java.util.Optional;

/**
 * 进度 by phone. Receipt codes are "GK" and eight of 2–9 and A–Z, which a keypad cannot type,
 * so a caller keys each letter as the digit printed under it (the letters on a phone's keys:
 * ABC on 2, DEF on 3 …) and the code is found by that digits-only form. A caller whose number
 * filed requests hears them without keying anything.
 */
final class Progress {
    private static final String[] KEYPAD = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};

    private final Records records;

    Progress(Records records) {
        this.records = records;
    }

    /** The latest requests whose contact is this number, newest first. */
    List<RequestView> mine(String phone, int max) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        String me = Numbers.normalize(phone);
        List<Long> ids = records.database().read(tx -> tx.list(
                "SELECT id, contact FROM requests WHERE contact IS NOT NULL ORDER BY id DESC",
                rs -> me.equals(Numbers.normalize(rs.getString("contact"))) ? rs.getLong("id") : -1L));
        return ids.stream().filter(id -> id > 0).limit(max).map(id -> records.requests().show(id)).toList();
    }

    /**
     * The request whose receipt code, keyed on a phone, gives these digits (with or without the
     * "GK", which keys as 45); empty when none or more than one match, so a guess learns nothing.
     */
    Optional<RequestView> byKeys(String digits) {
        String d = digits.replaceAll("[^0-9]", "");
        if (d.length() == 10 && d.startsWith("45")) {
            d = d.substring(2);
        }
        if (d.length() != 8) {
            return Optional.empty();
        }
        String want = d;
        List<Long> hits = records.database().read(tx -> tx.list("SELECT id, receipt_code FROM requests",
                rs -> keyed(rs.getString("receipt_code")).equals(want) ? rs.getLong("id") : -1L))
                .stream().filter(id -> id > 0).toList();
        return hits.size() == 1 ? Optional.of(records.requests().show(hits.get(0))) : Optional.empty();
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
