package cn.gongkai.requests;

/**
 * The information-processing fee (信息处理费) of 国办函〔2020〕109号, in yuan. Free as a rule;
 * charged only where one applicant's requests in a calendar month clearly exceed a reasonable
 * range, and then per item or per volume, never both for one request. Each band's rate applies
 * to the part within that band ("……的部分").
 */
public final class Fees {

    /** How one request is charged: one basis, never both. */
    public enum Basis { PER_ITEM, PER_PAGE }

    private Fees() {}

    /**
     * The fee for one request charged per item (按件计收): {@code items} items, after
     * {@code earlierThisMonth} items the same applicant already asked for this calendar month.
     */
    public static long perItem(int earlierThisMonth, int items) {
        requireNonNegative(earlierThisMonth, "earlier items");
        requireNonNegative(items, "items");
        long total = 0;
        for (int n = earlierThisMonth + 1; n <= earlierThisMonth + items; n++) {
            total += itemRate(n);
        }
        return total;
    }

    /**
     * The rate of the {@code n}th item in the month: 1–10 free, 11–30 ¥100, then each further
     * band of 10 items costs ¥100 more (31–40 ¥200, 41–50 ¥300, …).
     */
    public static long itemRate(int n) {
        if (n <= 10) {
            return 0;
        }
        if (n <= 30) {
            return 100;
        }
        return 100 + 100L * ((n - 31) / 10 + 1);
    }

    /**
     * The fee for one request charged by volume (按量计收): 1–30 pages free; pages 31–100 ¥10
     * each; 101–200 ¥20 each; from 201 ¥40 each.
     */
    public static long perPage(int pages) {
        requireNonNegative(pages, "pages");
        long total = 0;
        total += 10L * band(pages, 30, 100);
        total += 20L * band(pages, 100, 200);
        total += 40L * Math.max(0, pages - 200);
        return total;
    }

    /** The fee of one request on the one basis chosen for it. */
    public static long quote(Basis basis, int quantity, int earlierItemsThisMonth) {
        return switch (basis) {
            case PER_ITEM -> perItem(earlierItemsThisMonth, quantity);
            case PER_PAGE -> perPage(quantity);
        };
    }

    private static int band(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }

    private static void requireNonNegative(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + n);
        }
    }
}
