package cn.gongkai.console;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestView;
import cn.gongkai.requests.ResultCode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 满意度 (feedback by week and category) and 图表 (what people would rather look at than read). */
public final class InsightPages {
    private final Corpus corpus;
    private final Records records;

    InsightPages(Corpus corpus, Records records) {
        this.corpus = corpus;
        this.records = records;
    }

    /** Feedback of one week, channel and category. */
    public record Feedback(String week, String channel, String category, int helpful, int unhelpful) {
        public int percent() {
            return helpful + unhelpful == 0 ? 0 : Math.round(100f * helpful / (helpful + unhelpful));
        }
    }

    public void satisfaction(Context ctx) {
        Map<String, String> categoryOf = new HashMap<>();
        Map<String, int[]> counts = new TreeMap<>(Comparator.reverseOrder());
        for (Inquiry q : records.inquiries().list(InquiryFilter.all())) {
            if (q.feedback() == null || (q.channel() != InquiryChannel.KIOSK && q.channel() != InquiryChannel.SMS)) {
                continue;
            }
            LocalDate day = q.at().atZone(Labels.ZONE).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + " 年第 " + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + " 周";
            String category = category(q, categoryOf);
            int[] n = counts.computeIfAbsent(week + "\u0000" + Labels.channel(q.channel()) + "\u0000" + category, k -> new int[2]);
            n["HELPFUL".equals(q.feedback()) ? 0 : 1]++;
        }
        List<Feedback> rows = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] p = k.split("\u0000");
            rows.add(new Feedback(p[0], p[1], p[2], n[0], n[1]));
        });
        int helpful = rows.stream().mapToInt(Feedback::helpful).sum();
        int unhelpful = rows.stream().mapToInt(Feedback::unhelpful).sum();
        Web.render(ctx, "satisfaction.jte", "满意度", "satisfaction", "rows", rows,
                "total", new Feedback("合计", "", "", helpful, unhelpful));
    }

    /** The inquiry's own category, else that of the first document it was shown, else 未分类. */
    private String category(Inquiry q, Map<String, String> cache) {
        if (q.category() != null && !q.category().isBlank()) {
            return q.category();
        }
        if (q.resultIds().isEmpty()) {
            return "未分类";
        }
        return cache.computeIfAbsent(q.resultIds().get(0),
                id -> corpus.get(id).map(Disclosure::category).filter(c -> c != null && !c.isBlank()).orElse("未分类"));
    }

    public void charts(Context ctx) {
        LocalDate today = LocalDate.now(records.clock());
        LocalDate first = today.minusDays(29);
        List<Inquiry> recent = records.inquiries().list(new InquiryFilter(null,
                first.atStartOfDay(Labels.ZONE).toInstant(), null, null, null, 0));
        Map<InquiryChannel, int[]> perDay = new EnumMap<>(InquiryChannel.class);
        for (InquiryChannel c : InquiryChannel.values()) {
            perDay.put(c, new int[30]);
        }
        Map<String, Integer> questions = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Inquiry q : recent) {
            int d = (int) (q.at().atZone(Labels.ZONE).toLocalDate().toEpochDay() - first.toEpochDay());
            if (d >= 0 && d < 30) {
                perDay.get(q.channel())[d]++;
            }
            String key = DemandPages.normalise(q.text());
            if (!key.isEmpty() && cn.gongkai.gateway.sms.Questions.isQuestion(q.channel(), q.text())) {
                questions.merge(key, 1, Integer::sum);
                shown.putIfAbsent(key, Labels.shorten(q.text(), 24));
            }
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        questions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> top.put(shown.get(e.getKey()), e.getValue()));
        Map<String, Integer> results = new LinkedHashMap<>();
        int open = 0;
        for (RequestView v : records.requests().list(false)) {
            ResultCode r = v.state().result();
            if (r == null) {
                open++;
            } else {
                results.merge(r.label, 1, Integer::sum);
            }
        }
        if (open > 0) {
            results.put("尚未办结", open);
        }
        Web.render(ctx, "charts.jte", "图表", "charts",
                "perDay", Svg.stacked(first, perDay),
                "top", Svg.bars(top, "近 30 天没有咨询"),
                "results", Svg.bars(results, "还没有申请"));
    }
}
