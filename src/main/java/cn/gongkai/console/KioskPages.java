package cn.gongkai.console;

import cn.gongkai.app.Records;
import cn.gongkai.config.Messages;
import cn.gongkai.terminals.KioskUsage;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 自助机 (issue 20): per registered kiosk, for a chosen period, what residents did on it and how
 * satisfied they were. Every label comes from {@code messages.yaml} ({@code staff_kiosks.*}, and
 * the kiosk's own button words for 有帮助/没帮助 and 呼叫工作人员), so the page says what the
 * kiosk says.
 */
public final class KioskPages {
    /** The page's texts, looked up once per request from the district's file. */
    public record Texts(Messages m) {
        public String t(String key, Object... params) {
            return m.get(key.startsWith("kiosk.") ? key : "staff_kiosks." + key, params);
        }
    }

    private final Records records;

    KioskPages(Records records) {
        this.records = records;
    }

    public void show(Context ctx) {
        Texts texts = new Texts(Messages.load(records.config()));
        LocalDate today = LocalDate.now(records.clock());
        LocalDate from = today.minusDays(29);
        LocalDate to = today;
        String error = null;
        try {
            LocalDate f = date(ctx, "from");
            LocalDate t = date(ctx, "to");
            from = f == null ? (t == null ? from : t.minusDays(29)) : f;
            to = t == null ? (f == null ? to : today) : t;
            if (to.isBefore(from)) {
                LocalDate x = from;
                from = to;
                to = x;
            }
        } catch (BadDate e) {
            error = texts.t("bad_date", "value", e.value);
            from = today.minusDays(29);
            to = today;
        }
        List<KioskUsage.Row> rows = KioskUsage.between(records.database(), from.atStartOfDay(Labels.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Labels.ZONE).toInstant());
        Map<String, Integer> usage = new LinkedHashMap<>();
        Map<String, Integer> satisfaction = new LinkedHashMap<>();
        for (KioskUsage.Row r : rows) {
            String label = r.hall() == null ? r.name() : r.name() + "（" + r.hall() + "）";
            if (r.inquiries() > 0) {
                usage.put(label, r.inquiries());
            }
            if (r.satisfaction() >= 0) {
                satisfaction.put(label, r.satisfaction());
            }
        }
        Web.render(ctx, "kiosks.jte", texts.t("title"), "kiosks", "t", texts, "rows", rows, "from", from.toString(),
                "to", to.toString(), "error", error,
                "usageChart", Svg.bars(usage, texts.t("no_usage")),
                "satisfactionChart", Svg.bars(satisfaction, texts.t("no_feedback")));
    }

    private static final class BadDate extends Exception {
        final String value;

        BadDate(String value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private static LocalDate date(Context ctx, String name) throws BadDate {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadDate(v.strip().length() > 20 ? v.strip().substring(0, 20) : v.strip());
        }
    }
}
