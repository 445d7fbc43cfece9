package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Completion;
import cn.gongkai.requests.DeliveryWanted;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.RequestView;
import cn.gongkai.requests.ResultCode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Formal requests (依申请公开): the list, one request's timeline and computed dates, and the
 * statute's actions. Every rule is RequestService's; a refused move comes back with its reason.
 */
public final class RequestPages {
    private final Records records;

    RequestPages(Records records) {
        this.records = records;
    }

    /** A computed date and, in words, how it was computed. */
    public record Computed(String label, String value, String how) {}

    public void list(Context ctx) {
        boolean all = "all".equals(ctx.queryParam("show"));
        var bodies = records.bodies();
        boolean platform = BodyScope.own(ctx) == null && !bodies.single();
        boolean intake = platform && "intake".equals(ctx.queryParam("show"));
        String shown = bodies.single() ? null : BodyScope.shown(ctx);
        List<RequestView> views = new ArrayList<>(records.requests().list(!all && !intake, intake ? null : shown, intake));
        java.util.Collections.reverse(views);
        String scope = bodies.single() ? null : intake ? "平台待分办的申请"
                : shown == null ? "全部公开主体" : bodies.require(shown).name();
        Web.render(ctx, "requests.jte", all ? "全部申请" : "未办结的申请", "requests", "views", views, "all", all,
                "scope", scope, "platform", platform, "kiosks", kiosks(views));
    }

    /** Which registered kiosk filed each kiosk request (name and hall). */
    private java.util.Map<Long, String> kiosks(List<RequestView> views) {
        return cn.gongkai.terminals.KioskUsage.origins(records.database(), cn.gongkai.terminals.Submissions.Kind.REQUEST,
                views.stream().filter(v -> v.request().channel() == cn.gongkai.requests.RequestChannel.KIOSK)
                        .map(v -> v.request().id()).toList());
    }

    /** The bodies a new request may be filed under from this account: its own, or any for a platform account. */
    private List<cn.gongkai.bodies.Body> bodiesFor(Context ctx) {
        var bodies = records.bodies();
        if (bodies.single()) {
            return List.of();
        }
        String own = BodyScope.own(ctx);
        return own == null ? bodies.all() : List.of(bodies.require(own));
    }

    /** The body a request made from this account is filed under: a scoped account's own, else the form's. */
    static String bodyOfNew(Context ctx, Records records) {
        if (records.bodies().single()) {
            return null;
        }
        String own = BodyScope.own(ctx);
        if (own != null) {
            return own;
        }
        String chosen = Web.text(ctx, "body");
        return chosen != null ? chosen : Web.session(ctx).viewing;
    }

    public void newForm(Context ctx) {
        Web.render(ctx, "request-new.jte", "登记新申请", "requests", "today", today(),
                "types", ApplicantType.values(), "channels", RequestChannel.values(), "bodies", bodiesFor(ctx));
    }

    /** Gives a request still waiting for receipt to a body (an event, audited). */
    public void assign(Context ctx) {
        act(ctx, "已分办", (s, id, actor) -> {
            String to = required(ctx, "body", "公开主体");
            s.assign(id, to, actor);
        });
    }

    /** In person, by post or phone: the receipt date is the day it was handed in or signed for (Art. 31). */
    public void create(Context ctx) {
        try {
            RequestChannel channel = RequestChannel.parse(required(ctx, "channel", "受理渠道"));
            LocalDate received = Web.date(ctx, "received", "收到日期");
            require(ctx.formParam("identity") != null, "请先核实申请人身份（条例第三十一条）并勾选“已核实身份”");
            long id = records.requests().add(new NewRequest(ApplicantType.parse(required(ctx, "applicant_type", "申请人类型")),
                    Web.text(ctx, "name"), Web.text(ctx, "contact"), true, channel,
                    required(ctx, "content", "申请内容"), Web.text(ctx, "form_wanted"), received, null),
                    bodyOfNew(ctx, records), Web.actor(ctx));
            Web.done(ctx, "已登记申请 #" + id + "，回执编号 " + records.requests().show(id).request().receiptCode(),
                    "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/new");
        }
    }

    /** The request of the page, or the console's 404 page when there is none. */
    private RequestView view(long id) {
        try {
            return records.requests().show(id);
        } catch (UserException e) {
            throw new io.javalin.http.NotFoundResponse(e.getMessage());
        }
    }

    public void show(Context ctx) {
        long id = BodyScope.request(ctx, records);
        RequestView v = view(id);
        Web.render(ctx, "request.jte", "申请 #" + id, "requests", "v", v, "computed", computed(v),
                "today", today(), "results", ResultCode.values(), "letters", LetterPages.rows(records, v),
                "methods", cn.gongkai.letters.DeliveryMethod.values(), "types", ApplicantType.values(),
                "missing", records.requests().missing(id), "deliveries", DeliveryWanted.values(), "bodies", bodiesFor(ctx),
                "bodyName", records.bodies().find(v.request().body()).map(cn.gongkai.bodies.Body::name).orElse(null),
                "fee", records.feeNotices().of(id).orElse(null),
                "kiosk", kiosks(List.of(v)).get(id));
    }

    /** Admin only, and audited like the reveal on inquiries: the applicant's full contact, shown once. */
    public void reveal(Context ctx) {
        long id = BodyScope.request(ctx, records);
        RequestView v = view(id);
        String actor = Web.actor(ctx);
        java.time.Instant now = records.clock().instant();
        records.database().write(tx -> AuditLog.record(tx, now, actor, "CONTACT_REVEALED", id, "request " + id));
        Web.render(ctx, "request-contact.jte", "申请 #" + id + " 的联系方式", "requests", "v", v);
    }

    public void confirm(Context ctx) {
        act(ctx, "已确认收到，答复期限从收到日期的次日起算", (s, id, actor) -> {
            require(ctx.formParam("identity") != null, "确认收到前须核实申请人身份（条例第三十一条），请勾选“已核实身份”");
            String type = Web.text(ctx, "applicant_type");
            s.confirmReceipt(id, Web.date(ctx, "date", "确认收到日期"), true,
                    type == null ? Completion.NONE : Completion.applicantType(ApplicantType.parse(type)), actor);
        });
    }

    /** Art. 29: what staff add to an incomplete request; while awaiting a supplement it is the supplement. */
    public void complete(Context ctx) {
        long id = BodyScope.request(ctx, records);
        try {
            String delivery = Web.text(ctx, "delivery");
            boolean supplement = records.requests().complete(id, Web.date(ctx, "date", "补全日期"), new Completion(null,
                    Web.text(ctx, "name"), Web.text(ctx, "contact"), null, Web.text(ctx, "content"), Web.text(ctx, "form_wanted"),
                    Web.text(ctx, "address"), delivery == null ? null : DeliveryWanted.parse(delivery)), Web.actor(ctx));
            List<String> missing = records.requests().missing(id);
            String more = records.requests().show(id).state().received() == null && !missing.isEmpty()
                    ? "；确认收到前还缺" + String.join("、", missing) : "";
            Web.done(ctx, (supplement ? "已记录补正，答复期限自今天的补正之日起重新计算" : "已补全申请信息") + more,
                    "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/" + id);
        }
    }

    public void askReasons(Context ctx) {
        act(ctx, "已记录要求申请人说明理由（条例第三十五条）", (s, id, actor) ->
                s.askReasons(id, Web.date(ctx, "date", "要求说明理由的日期"), Web.text(ctx, "detail"), actor));
    }

    public void laterDeadline(Context ctx) {
        act(ctx, "已确定延迟答复期限并取代原答复期限，请告知申请人", (s, id, actor) -> {
            LocalDate until = Web.text(ctx, "until") == null ? null : Web.date(ctx, "until", "延迟后的答复期限");
            Integer days = null;
            String d = Web.text(ctx, "days");
            if (d != null) {
                try {
                    days = Integer.parseInt(d);
                } catch (NumberFormatException e) {
                    throw new UserException("工作日数应为整数");
                }
            }
            s.setLaterDeadline(id, Web.date(ctx, "date", "决定日期"), days, until, required(ctx, "reason", "延迟的理由"), actor);
        });
    }

    public void requestCorrection(Context ctx) {
        act(ctx, "已记录告知补正；答复期限在收到补正后重新起算", (s, id, actor) ->
                s.requestCorrection(id, Web.date(ctx, "date", "告知补正日期"), required(ctx, "detail", "需要补正的内容"),
                        period(ctx), actor));
    }

    public void corrected(Context ctx) {
        act(ctx, "已记录收到补正", (s, id, actor) -> s.corrected(id, Web.date(ctx, "date", "收到补正日期"), actor));
    }

    public void extend(Context ctx) {
        act(ctx, "已延长答复期限，请告知申请人", (s, id, actor) -> {
            int days;
            try {
                days = Integer.parseInt(required(ctx, "days", "延长的工作日数"));
            } catch (NumberFormatException e) {
                throw new UserException("延长的工作日数应为 1 到 20 的整数");
            }
            s.extend(id, Web.date(ctx, "date", "延长日期"), days, Web.text(ctx, "approved_by"), actor);
        });
    }

    public void pause(Context ctx) {
        act(ctx, "已暂停计时", (s, id, actor) ->
                s.pause(id, Web.date(ctx, "date", "暂停日期"), required(ctx, "reason", "暂停原因（征求谁的意见）"), actor));
    }

    public void resume(Context ctx) {
        act(ctx, "已恢复计时", (s, id, actor) -> s.resume(id, Web.date(ctx, "date", "恢复日期"), Web.text(ctx, "reason"), actor));
    }

    public void conclude(Context ctx) {
        act(ctx, "已办结", (s, id, actor) -> s.conclude(id, ResultCode.parse(required(ctx, "result", "办理结果")),
                Web.date(ctx, "date", "答复日期"), required(ctx, "reply", "答复内容"), actor));
    }

    private interface Action {
        void run(RequestService service, long id, String actor);
    }

    private void act(Context ctx, String success, Action action) {
        long id = BodyScope.request(ctx, records);
        try {
            action.run(records.requests(), id, Web.actor(ctx));
            Web.done(ctx, success, "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/" + id);
        }
    }

    private List<Computed> computed(RequestView v) {
        List<Computed> out = new ArrayList<>();
        var s = v.state();
        var r = v.request();
        if (s.received() == null) {
            out.add(new Computed("收到日期", "尚未确认", "通过" + r.channel().label
                    + "提交的申请，以本机关确认收到之日为收到日期（条例第三十一条第三项）；确认前不计算任何期限。"));
            return out;
        }
        String rule = switch (r.channel()) {
            case IN_PERSON, PHONE -> "当面（或电话口头）提交的，以提交之日为收到日期（条例第三十一条第一项）。";
            case MAIL -> "以邮寄方式提交的，以本机关签收之日为收到日期（条例第三十一条第二项）。";
            default -> "通过" + r.channel().label + "提交的，以本机关确认之日为收到日期（条例第三十一条第三项）。";
        };
        out.add(new Computed("收到日期", s.received().toString(), rule));
        out.add(new Computed("告知补正最迟", v.correctionDue().toString(), "收到之日不计，自次日起第 "
                + Deadlines.CORRECTION_DAYS + " 个工作日（条例第三十条；周末、法定节假日不计，调休上班日计入）。"
                + (s.correctionRequested() != null ? " 已于 " + s.correctionRequested() + " 告知。" : "")));
        StringBuilder how = new StringBuilder();
        how.append(s.corrected() != null ? "自收到补正之日 " + s.corrected() + "（条例第三十条）" : "自收到之日 " + s.received())
                .append(" 的次日起第 ").append(Deadlines.ANSWER_DAYS).append(" 个工作日（条例第三十三条）");
        if (s.extensionDays() > 0) {
            how.append("，经 ").append(s.extensionApprovedBy()).append(" 批准延长 ").append(s.extensionDays()).append(" 个工作日");
        }
        if (s.laterDeadlineOn() != null) {
            how.append("；").append(s.laterDeadlineOn()).append(" 按条例第三十五条确定延迟答复期限，改为第 ")
                    .append(s.laterDeadlineDays()).append(" 个工作日（").append(s.laterDeadlineReason()).append("）");
        }
        if (!s.pauses().isEmpty()) {
            how.append("；征求意见期间不计：");
            for (var p : s.pauses()) {
                how.append(p.from()).append(" 之后至 ").append(p.to() == null ? "现在" : p.to().toString()).append("；");
            }
        }
        how.append("。");
        String value;
        if (v.answerDue() != null) {
            value = v.answerDue().toString();
        } else if (s.correctionRequested() != null && s.corrected() == null) {
            value = "等待补正，暂不计算";
        } else if (s.paused()) {
            value = "暂停计时中（尚余 " + v.workingDaysLeft() + " 个工作日）";
        } else {
            value = "—";
        }
        out.add(new Computed("答复期限", value, how.toString()));
        if (s.concluded() != null) {
            out.add(new Computed("办结", s.concluded() + " · " + s.result().label,
                    v.answeredLate() ? "晚于答复期限办结。" : "在答复期限内办结。"));
        } else if (v.workingDaysLeft() != null) {
            out.add(new Computed("剩余工作日", Labels.left(v), "从今天 " + today() + " 数到答复期限的工作日。"));
        }
        if (s.paused() && s.concluded() == null) {
            var from = s.pauses().get(s.pauses().size() - 1).from();
            int days = records.requests().consultationDays(from, today());
            if (days > RequestService.CONSULTATION_DAYS) {
                out.add(new Computed("征求意见超期", "已暂停 " + days + " 个工作日", "条例第三十二条给第三方15个工作日提出意见；"
                        + "超过后请尽快恢复计时，并在恢复时写明为何用了更长时间。"));
            }
        }
        if (v.estimated()) {
            out.add(new Computed("注意", "部分日期为估算", "期限落在 calendar.yaml 尚未收录节假日的年份，暂按周一至周五计算；请补充当年的国务院放假通知。"));
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(records.clock());
    }

    /** The correction period the notice gives; an old form without the field gives the default. */
    private static int period(Context ctx) {
        String v = Web.text(ctx, "period");
        try {
            return v == null ? RequestService.DEFAULT_CORRECTION_PERIOD : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UserException("补正期限应为 1 到 60 的整数（工作日）");
        }
    }

    static String required(Context ctx, String name, String label) {
        String v = Web.text(ctx, name);
        if (v == null) {
            throw new UserException("请填写" + label);
        }
        return v;
    }

    static void require(boolean ok, String reason) {
        if (!ok) {
            throw new UserException(reason);
        }
    }
}
