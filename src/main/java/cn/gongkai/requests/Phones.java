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
}
