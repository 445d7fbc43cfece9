package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * 咨询记录: every question from every channel, filtered; a voice message to play; the one
 * action that turns a question into a formal request, confirming identity and the receipt date.
 */
public final class InquiryPages {
    public static final int MAX_ROWS = 300;
    private final Records records;

    InquiryPages(Records records) {
        this.records = records;
    }

    /** The filter as typed, echoed back into the form. */
    public record Filter(String channel, String from, String to, String village, String nothing, String feedback, String id,
            String q) {

        /** The same filter as a query string, for the export link. */
        public String query() {
            return join(true);
        }

        /** The filter as typed, for the audit log. */
        String describe() {
            return join(false);
        }

        private String join(boolean encoded) {
            StringBuilder b = new StringBuilder();
            String[][] pairs = {{"channel", channel}, {"from", from}, {"to", to}, {"village", village}, {"nothing", nothing},
                {"feedback", feedback}, {"id", id}, {"q", q}};
            for (String[] p : pairs) {
                if (p[1] != null) {
                    b.append(b.length() == 0 ? "" : encoded ? "&" : " ").append(p[0]).append('=')
                            .append(encoded ? java.net.URLEncoder.encode(p[1], java.nio.charset.StandardCharsets.UTF_8) : p[1]);
                }
            }
            return b.toString();
        }
    }

    private static Filter filter(Context ctx) {
        return new Filter(q(ctx, "channel"), q(ctx, "from"), q(ctx, "to"), q(ctx, "village"), q(ctx, "nothing"),
                q(ctx, "feedback"), q(ctx, "id"), q(ctx, "q"));
    }

    public void list(Context ctx) {
        Filter f = filter(ctx);
        String error = null;
        List<Inquiry> rows = List.of();
        try {
            rows = BodyScope.inquiries(ctx, records, find(f));
        } catch (UserException e) {
            error = e.getMessage();
        }
        boolean more = rows.size() > MAX_ROWS;
        List<Inquiry> shown = more ? rows.subList(0, MAX_ROWS) : rows;
        var calls = cn.gongkai.gateway.voice.VoiceCalls.of(records.database(),
                shown.stream().filter(q -> q.channel() == InquiryChannel.VOICE).map(Inquiry::id).toList());
        Web.render(ctx, "inquiries.jte", "咨询记录", "inquiries", "rows", shown,
                "f", f, "error", error, "more", more, "channels", InquiryChannel.values(), "calls", calls,
                "kiosks", cn.gongkai.terminals.KioskUsage.origins(records.database(),
                        cn.gongkai.terminals.Submissions.Kind.INQUIRY, shown.stream().filter(
                                q -> q.channel() == InquiryChannel.KIOSK).map(Inquiry::id).toList()));
    }

    private List<Inquiry> find(Filter f) {
        if (f.id() != null) {
            try {
                return records.inquiries().get(Long.parseLong(f.id())).map(List::of).orElse(List.of());
            } catch (NumberFormatException e) {
                throw new UserException("编号应为数字: " + f.id());
            }
        }
        InquiryChannel channel = null;
        if (f.channel() != null) {
            try {
                channel = InquiryChannel.valueOf(f.channel());
            } catch (IllegalArgumentException e) {
                throw new UserException("没有这个渠道: " + f.channel());
            }
        }
        Instant from = f.from() == null ? null : day(f.from(), "开始日期").atStartOfDay(Labels.ZONE).toInstant();
        Instant to = f.to() == null ? null : day(f.to(), "结束日期").plusDays(1).atStartOfDay(Labels.ZONE).toInstant();
        Boolean nothing = f.nothing() == null ? null : f.nothing().equals("1");
        List<Inquiry> all = records.inquiries().list(new InquiryFilter(channel, from, to, f.village(), nothing, 0));
        // Keywords: every word typed must be in the question (so "低保 石门" narrows, not widens).
        List<String> words = f.q() == null ? List.of()
                : java.util.Arrays.stream(f.q().toLowerCase(java.util.Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return all.stream()
                .filter(q -> f.feedback() == null
                        || (f.feedback().equals("NONE") ? q.feedback() == null : f.feedback().equals(q.feedback())))
                .filter(q -> words.stream().allMatch(w -> q.text() != null && q.text().toLowerCase(java.util.Locale.ROOT).contains(w)))
                .toList();
    }

    /**
     * What the filter selects, every row (not only the page's first 300), as .xlsx. Numbers are
     * masked; an admin may ask for them in full. Either way the export is audited with its filter
     * and count: it takes personal data out of the system.
     */
    public void exportXlsx(Context ctx) {
        Filter f = filter(ctx);
        boolean full = "full".equals(ctx.queryParam("phones"));
        if (full && !Web.admin(ctx)) {
            throw new io.javalin.http.ForbiddenResponse("只有管理员可以导出完整号码");
        }
        List<Inquiry> rows;
        try {
            rows = find(f);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/inquiries");
            return;
        }
        byte[] xlsx = InquirySheet.xlsx(rows, full);
        String actor = Web.actor(ctx);
        Instant now = records.clock().instant();
        String detail = rows.size() + " 条" + (full ? "，完整号码" : "，号码已隐藏") + (f.describe().isEmpty() ? "" : "；筛选 " + f.describe());
        records.database().write(tx -> AuditLog.record(tx, now, actor, full ? "INQUIRIES_EXPORTED_FULL" : "INQUIRIES_EXPORTED", detail));
        String name = java.net.URLEncoder.encode("咨询记录-" + LocalDate.now(records.clock()) + ".xlsx",
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        ctx.header("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.result(xlsx);
    }

    /** Admin only, and audited: the full number of one inquirer, shown on this page once. */
    public void reveal(Context ctx) {
        Inquiry q = inquiry(ctx);
        String actor = Web.actor(ctx);
        Instant now = records.clock().instant();
        records.database().write(tx -> AuditLog.record(tx, now, actor, "PHONE_REVEALED", "inquiry " + q.id()));
        Web.render(ctx, "reveal.jte", "咨询 #" + q.id() + " 的完整号码", "inquiries", "q", q);
    }

    public void requestForm(Context ctx) {
        Inquiry q = inquiry(ctx);
        Web.render(ctx, "inquiry-request.jte", "把咨询 #" + q.id() + " 转为正式申请", "inquiries", "q", q,
                "today", LocalDate.now(records.clock()), "types", ApplicantType.values(),
                "channel", channelOf(q));
    }

    /** Art. 31(3): an SMS, kiosk or online request is received on the day staff confirm it. */
    public void toRequest(Context ctx) {
        Inquiry q = inquiry(ctx);
        try {
            RequestPages.require(ctx.formParam("identity") != null,
                    "确认收到前须核实申请人身份（条例第三十一条），请勾选“已核实身份”");
            LocalDate received = Web.date(ctx, "received", "确认收到日期");
            var made = records.requests().requestOfInquiry(q.id());
            if (made.isPresent()) {
                // The villager already applied by SMS or at the kiosk and holds that receipt code:
                // converting confirms that request instead of opening a second one with a new code.
                long existing = made.get();
                var v = records.requests().show(existing);
                RequestPages.require(v.state().received() == null, "这条咨询已转为申请 #" + existing + "（回执编号 "
                        + v.request().receiptCode() + "），已于 " + v.state().received() + " 确认收到");
                // What the form adds (name, contact, the applicant type chosen now) completes the
                // request first (Art. 29); confirmation is refused while name or contact is missing.
                String given = ctx.formParam("use_phone") != null && q.senderPhone() != null ? q.senderPhone()
                        : Web.text(ctx, "contact");
                records.requests().confirmReceipt(existing, received, true, new cn.gongkai.requests.Completion(
                        ApplicantType.parse(RequestPages.required(ctx, "applicant_type", "申请人类型")), Web.text(ctx, "name"),
                        given, null, Web.text(ctx, "content"), Web.text(ctx, "form_wanted"), null, null), Web.actor(ctx));
                Web.done(ctx, "这条咨询已提交过申请 #" + existing + "，已确认收到（收到日期 " + received + "），回执编号仍为 "
                        + v.request().receiptCode(), "/staff/requests/" + existing);
                return;
            }
            String contact = ctx.formParam("use_phone") != null && q.senderPhone() != null ? q.senderPhone()
                    : Web.text(ctx, "contact");
            long id = records.requests().add(new NewRequest(
                    ApplicantType.parse(RequestPages.required(ctx, "applicant_type", "申请人类型")),
                    Web.text(ctx, "name"), contact, true, channelOf(q),
                    RequestPages.required(ctx, "content", "申请内容"), Web.text(ctx, "form_wanted"), received, q.id()),
                    RequestPages.bodyOfNew(ctx, records), Web.actor(ctx));
            Web.done(ctx, "已转为正式申请 #" + id + "，收到日期 " + received + "，回执编号 "
                    + records.requests().show(id).request().receiptCode(), "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/inquiries/" + q.id() + "/request");
        }
    }

    static RequestChannel channelOf(Inquiry q) {
        return switch (q.channel()) {
            case SMS -> RequestChannel.SMS;
            case KIOSK -> RequestChannel.KIOSK;
            case VOICE -> RequestChannel.PHONE;
            case CONSOLE -> RequestChannel.IN_PERSON;
        };
    }

    private Inquiry inquiry(Context ctx) {
        Inquiry q = records.inquiries().get(Web.id(ctx)).orElseThrow(() -> new NotFoundResponse("没有这条咨询记录"));
        BodyScope.inquiry(ctx, records, q.id());
        return q;
    }

    private static LocalDate day(String s, String label) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserException(label + " \"" + s + "\" 不是有效日期，应写成 年-月-日");
        }
    }

    private static String q(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Only web addresses are played or linked: never a javascript: or file: URL from a webhook. */
    public static String playable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

}
