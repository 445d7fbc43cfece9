package cn.gongkai.report;

import java.math.BigDecimal;

/**
 * What staff enter for a year's report: section 二's decisions made in other systems and the
 * fees charged ({@code fees} in 万元 as section 二 prints it), and section 六's information
 * processing fees collected ({@code feesCollected}, in 元).
 */
public record YearlyFigures(
        int year, long licensing, long penalty, long coercion, BigDecimal fees, BigDecimal feesCollected) {

    public static YearlyFigures zero(int year) {
        return new YearlyFigures(year, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
