package cn.gongkai.requests;

/** Phone numbers are personal information (个人信息保护法): shown masked unless a role needs them. */
public final class Phones {
    private Phones() {}

    /** {@code +8613812345678} → {@code 138****5678}; short or odd numbers are fully masked. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (digits.length() < 8) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /**
     * The line a number reaches, as the digits that tell it apart: a contact written
     * {@code 0421-1234567}, {@code 138 1234 5678} or {@code +86 138…} gives the same line as the
     * caller id Twilio sends. Mainland numbers lose {@code +86} and a domestic trunk {@code 0};
     * a foreign number keeps {@code +} and its country code. Empty for a missing number or one
     * too short to be anybody's (it matches nothing). Stored with each request
     * ({@code requests.contact_line}) so a caller's requests are found through an index.
     */
    public static String line(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip().replaceAll("[\\s\\-()]", "");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        String digits = s.replaceAll("\\D", "");
        if (s.startsWith("+86") || s.matches("861[3-9]\\d{9}")) {
            digits = digits.substring(2);
        } else if (s.startsWith("+")) {
            return digits.length() < 5 ? "" : "+" + digits; // abroad: the country code is part of it
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1); // the trunk prefix of a domestic area code
        }
        return digits.length() < 5 ? "" : digits;
    }
}
