package cn.gongkai.report;

import cn.gongkai.requests.RequestState;
import cn.gongkai.requests.Review;

import cn.gongkai.corpus.Disclosure;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the annual report from the record: section 二 and 一's published figures from the
 * disclosures, section 三 from the requests' states, section 四 from reviews and suits.
 */
public final class AnnualReportBuilder {

    private AnnualReportBuilder() {}

    public static AnnualReport build(int year, List<Disclosure> disclosures, ReportRecord record,
            YearlyFigures figures, ReportTemplate template, LocalDate today) {
        Map<String, Integer> byCategory = publishedByCategory(year, disclosures);
        int published = byCategory.values().stream().mapToInt(Integer::intValue).sum();
        AnnualReport.Section2 s2 = new AnnualReport.Section2(
                docs(year, disclosures, "规章"), docs(year, disclosures, "规范性文件"),
                figures.licensing(), figures.penalty(), figures.coercion(), figures.fees());
        Map<String, long[]> s3 = section3(year, record.requests());
        Map<String, Long> s4 = section4(year, record.reviews());
        Map<String, Integer> unconfirmed = unconfirmed(year, record.requests());
        AnnualReport draft = new AnnualReport(year, published, byCategory, s2, s3, s4, figures.feesCollected(), null,
                unconfirmed);
        return new AnnualReport(year, published, byCategory, s2, s3, s4, figures.feesCollected(),
                template.draft(draft, today), unconfirmed);
    }

    /**
     * Requests filed by the end of the year and still not confirmed as received, by channel:
     * they are not in 三 (Art. 31: not received yet) but must not vanish from the report.
     */
    static Map<String, Integer> unconfirmed(int year, List<ReportRecord.Counted> requests) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        Map<cn.gongkai.requests.RequestChannel, Integer> by = new java.util.EnumMap<>(cn.gongkai.requests.RequestChannel.class);
        for (ReportRecord.Counted c : requests) {
            RequestState s = c.state();
            if (s.received() == null && s.concluded() == null && c.channel() != null
                    && (c.filed() == null || !c.filed().isAfter(lastDay))) {
                by.merge(c.channel(), 1, Integer::sum);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        by.forEach((channel, n) -> out.put(channel.label, n));
        return out;
    }

    /** Disclosures published in the year, by category, most first (ties by name). */
    static Map<String, Integer> publishedByCategory(int year, List<Disclosure> disclosures) {
        Map<String, Integer> counts = new HashMap<>();
        for (Disclosure d : disclosures) {
            if (d.published() != null && d.published().getYear() == year) {
                String c = d.category() == null || d.category().isBlank() ? "其他" : d.category().strip();
                counts.merge(c, 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** 第二十条第(一)项: 规章 / 行政规范性文件 issued, repealed, in force on 31 December. */
    static AnnualReport.Docs docs(int year, List<Disclosure> disclosures, String type) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        int issued = 0, repealed = 0, inForce = 0;
        for (Disclosure d : disclosures) {
            if (!isType(d, type)) {
                continue;
            }
            if (d.published() != null && d.published().getYear() == year) issued++;
            if (d.repealed() != null && d.repealed().getYear() == year) repealed++;
            if (d.published() != null && d.inForceOn(lastDay)) inForce++;
        }
        return new AnnualReport.Docs(issued, repealed, inForce);
    }

    private static boolean isType(Disclosure d, String type) {
        String t = d.type() == null ? "" : d.type().strip();
        return type.equals("规范性文件") ? t.equals("规范性文件") || t.equals("行政规范性文件") : t.equals(type);
    }

    /**
     * Section 三: a request is NEW in the year it was received, concluded in the year of its
     * result (once, whatever its result), CARRIED_OUT if open on 31 December and CARRIED_IN the
     * year after. Requests never confirmed as received are not yet applications (Art. 31).
     */
    static Map<String, long[]> section3(int year, List<ReportRecord.Counted> requests) {
        Map<String, long[]> t = new LinkedHashMap<>();
        for (String row : AnnualReport.ROWS) {
            t.put(row, new long[AnnualReport.COLUMNS.size()]);
        }
        LocalDate lastDayBefore = LocalDate.of(year - 1, 12, 31);
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        for (ReportRecord.Counted c : requests) {
            RequestState s = c.state();
            if (s.received() == null) {
                continue;
            }
            int col = c.applicantType().ordinal();
            if (s.received().getYear() == year) t.get("NEW")[col]++;
            if (s.openOn(lastDayBefore)) t.get("CARRIED_IN")[col]++;
            if (s.concluded() != null && s.concluded().getYear() == year) {
                t.get(s.result().name())[col]++;
                t.get("RESULT_TOTAL")[col]++;
            }
            if (s.openOn(lastDay)) t.get("CARRIED_OUT")[col]++;
        }
        int total = AnnualReport.COLUMNS.size() - 1;
        for (long[] row : t.values()) {
            for (int i = 0; i < total; i++) {
                row[total] += row[i];
            }
        }
        return t;
    }

    /** Section 四: cases decided in the year by outcome, and those still undecided on 31 December. */
    static Map<String, Long> section4(int year, List<Review> reviews) {
        Map<String, Long> t = new LinkedHashMap<>();
        for (String g : AnnualReport.REVIEW_GROUPS) {
            for (String o : AnnualReport.REVIEW_OUTCOMES) {
                t.put(g + "_" + o, 0L);
            }
        }
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        for (Review r : reviews) {
            String outcome = null;
            if (r.decided() != null && r.decided().getYear() == year) {
                outcome = r.outcome().name();
            } else if (r.pendingOn(lastDay)) {
                outcome = "PENDING";
            }
            if (outcome != null) {
                t.merge(r.kind().name() + "_" + outcome, 1L, Long::sum);
                t.merge(r.kind().name() + "_TOTAL", 1L, Long::sum);
            }
        }
        return t;
    }
}
