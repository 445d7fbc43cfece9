package cn.gongkai.console;

import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import cn.gongkai.hall.StaffCalls;
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

    /**
     * The kiosk calls nobody has marked 已到场, with how long each has waited (minutes) and
     * the state in words.
     */
    public record OpenCall(StaffCalls.Call call, String time, long waited, String state) {}

    private List<OpenCall> openCalls() {
        var now = records.clock().instant();
        var fmt = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(Labels.ZONE);
        List<OpenCall> out = new ArrayList<>();
        for (StaffCalls.Call c : calls().open()) {
            String state = switch (c.outcome()) {
                case COMING -> c.comingBy() + " 已回应，正在过去";
                case PHONE_SHOWN -> "无人回应，自助机已请来人打大厅电话";
                default -> "等待工作人员";
            };
            out.add(new OpenCall(c, fmt.format(c.calledAt()), java.time.Duration.between(c.calledAt(), now).toMinutes(),
                    state));
        }
        return out;
    }

    /** A kiosk on the 今日 page: registered ones with their last contact, and today's staff calls per kiosk. */
    public record KioskRow(String name, String hall, String lastContact, int callsToday, boolean revoked) {}

    private List<KioskRow> kiosks(java.time.Instant startOfToday) {
        var fmt = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Labels.ZONE);
        Map<String, Integer> calls = new java.util.LinkedHashMap<>(calls().countsSince(startOfToday));
        List<KioskRow> out = new ArrayList<>();
        for (var t : new cn.gongkai.terminals.Terminals(records.database(), records.clock()).list()) {
            Integer n = calls.remove(t.name());
            out.add(new KioskRow(t.name(), t.hall() == null ? "" : t.hall(),
                    t.lastContactAt() == null ? "从未连接" : fmt.format(t.lastContactAt())
                            + (t.lastContactFrom() == null ? "" : "（" + t.lastContactFrom() + "）"),
                    n == null ? 0 : n, t.revoked()));
        }
        // A kiosk on the server's own machine (local mode) is not registered but may still call.
        calls.forEach((name, n) -> out.add(new KioskRow(name, "", "本机", n, false)));
        return out;
    }

    private StaffCalls calls() {
        return new StaffCalls(records.database(), records.clock());
    }

    /** The call's number from the address; anything else matches no call. */
    private static long callId(Context ctx) {
        String id = ctx.pathParam("id");
        return id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
    }

    /** 我去: tells the kiosk someone is on the way. */
    public void callComing(Context ctx) {
        if (calls().coming(callId(ctx), Web.actor(ctx))) {
            Web.done(ctx, "已告诉自助机：工作人员马上就到", "/staff/today");
        } else {
            Web.refused(ctx, "这次呼叫已经有人回应或已到场", "/staff/today");
        }
    }

    /** 已到场: the call leaves this page; its outcome stays in the log. */
    public void callArrived(Context ctx) {
        if (calls().arrived(callId(ctx), Web.actor(ctx))) {
            Web.done(ctx, "已标记为已到场", "/staff/today");
        } else {
            Web.refused(ctx, "这次呼叫已经标记过已到场", "/staff/today");
        }
    }

    public void show(Context ctx) {
        LocalDate today = LocalDate.now(records.clock());
        List<Inquiry> week = BodyScope.inquiries(ctx, records, records.inquiries().list(new InquiryFilter(null,
                today.minusDays(6).atStartOfDay(Labels.ZONE).toInstant(), null, null, null, 0)));
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
        var bodies = records.bodies();
        // Per body: a scoped account's own, or the one a platform account switched to.
        String shown = bodies.single() ? null : BodyScope.shown(ctx);
        List<RequestView> open = new ArrayList<>(service.list(true, shown, false));
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
                "disk", records.database().diskStatus(), "calls", openCalls(),
                "scope", bodies.single() ? null : shown == null ? "全部公开主体" : bodies.require(shown).name(),
                "kiosks", kiosks(startOfToday));
    }
}
