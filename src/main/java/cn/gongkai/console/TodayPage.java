package cn.gongkai.console;

import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestStatus;
import cn.gongkai.requests.RequestView;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** 今日: what needs doing now — new questions, requests by deadline, correction notices still possible. */
public final class TodayPage {
    private final Records records;

    TodayPage(Records records) {
        this.records = records;
    }

    /** Inquiries of one channel: today and over the last seven days. */
    public record ChannelCount(String channel, String code, int today, int week) {}

    /** An open request whose Art. 30 notice may still be sent, and by when. */
    public record CorrectionDue(RequestView request, LocalDate due, int workingDaysLeft) {}

    public void show(Context ctx) {
        LocalDate today = LocalDate.now(records.clock());
        List<Inquiry> week = records.inquiries().list(new InquiryFilter(null,
                today.minusDays(6).atStartOfDay(Labels.ZONE).toInstant(), null, null, null, 0));
        Map<InquiryChannel, int[]> counts = new EnumMap<>(InquiryChannel.class);
        for (InquiryChannel c : InquiryChannel.values()) {
            counts.put(c, new int[2]);
        }
        var startOfToday = today.atStartOfDay(Labels.ZONE).toInstant();
        for (Inquiry q : week) {
            counts.get(q.channel())[1]++;
            if (!q.at().isBefore(startOfToday)) {
                counts.get(q.channel())[0]++;
            }
        }
        List<ChannelCount> channels = new ArrayList<>();
        counts.forEach((c, n) -> channels.add(new ChannelCount(Labels.channel(c), c.name(), n[0], n[1])));

        var service = records.requests();
        List<RequestView> open = new ArrayList<>(service.list(true));
        open.sort(Comparator.comparing((RequestView v) -> v.workingDaysLeft() == null || v.answerDue() == null ? 1 : 0)
                .thenComparing(v -> v.workingDaysLeft() == null ? Integer.MAX_VALUE : v.workingDaysLeft())
                .thenComparing(v -> v.request().id()));
        List<CorrectionDue> corrections = new ArrayList<>();
        for (RequestView v : open) {
            if (v.status() == RequestStatus.OPEN && v.state().correctionRequested() == null
                    && v.state().extendedOn() == null && v.state().pauses().isEmpty()
                    && v.correctionDue() != null && !v.correctionDue().isBefore(today)) {
                corrections.add(new CorrectionDue(v, v.correctionDue(),
                        service.deadlines().workingDaysLeft(today, v.correctionDue())));
            }
        }
        long awaiting = open.stream().filter(v -> v.status() == RequestStatus.AWAITING_RECEIPT).count();
        Web.render(ctx, "today.jte", "今日 " + today, "today", "today", today, "channels", channels,
                "open", open, "corrections", corrections, "awaiting", awaiting,
                "disk", records.database().diskStatus());
    }
}
