package cn.gongkai.requests;

import cn.gongkai.config.UserException;
import java.time.LocalDate;
import java.util.List;

/** A request as plain text for the shell: one line in a list, a page for {@code show}. */
public final class RequestText {
    private RequestText() {}

    public static void requireText(String format) {
        if (!format.equalsIgnoreCase("text")) {
            throw new UserException("未知的格式 \"" + format + "\"；可用: text, json");
        }
    }

    public static String header() {
        return "编号\t收到日期\t状态\t答复期限\t剩余工作日\t申请人类型\t内容";
    }

    public static String line(RequestView v) {
        String content = v.request().content().replaceAll("\\s+", " ");
        if (content.length() > 30) {
            content = content.substring(0, 30) + "…";
        }
        return v.request().id() + "\t" + d(v.state().received()) + "\t" + status(v) + "\t" + d(v.answerDue())
                + "\t" + (v.workingDaysLeft() == null ? "-" : v.workingDaysLeft()) + "\t"
                + v.request().applicantType() + "\t" + content;
    }

    public static String detail(RequestView v, List<Review> reviews) {
        RequestRecord r = v.request();
        RequestState s = v.state();
        StringBuilder b = new StringBuilder();
        b.append("申请 #").append(r.id()).append("  回执编号 ").append(r.receiptCode()).append('\n');
        b.append("状态: ").append(status(v)).append('\n');
        b.append("申请人: ").append(r.applicantType().label).append(r.name() == null ? "" : " " + r.name())
                .append(r.contact() == null ? "" : "  联系方式 " + r.contact())
                .append(r.identityVerified() ? "  (身份已核验)" : "").append('\n');
        b.append("渠道: ").append(r.channel().label).append("  获取方式: ").append(r.formWanted() == null ? "-" : r.formWanted()).append('\n');
        if (r.address() != null || r.delivery() != null) {
            b.append("送达: ").append(r.delivery() == null ? "-" : r.delivery().label)
                    .append(r.address() == null ? "" : "  邮寄地址 " + r.address()).append('\n');
        }
        b.append("内容: ").append(r.content()).append('\n');
        b.append("收到日期: ").append(d(s.received())).append("  补正告知期限: ").append(d(v.correctionDue())).append('\n');
        b.append("答复期限: ").append(d(v.answerDue()));
        if (v.workingDaysLeft() != null) {
            b.append("  剩余 ").append(v.workingDaysLeft()).append(" 个工作日");
        }
        if (v.overdue()) {
            b.append("  已逾期");
        }
        if (v.estimated()) {
            b.append("  (日历未收录该年，按周一至周五估算，请核对)");
        }
        b.append('\n');
        if (s.result() != null) {
            b.append("办结: ").append(s.concluded()).append(' ').append(s.result()).append(' ').append(s.result().label)
                    .append(v.answeredLate() ? "  (超过答复期限)" : "").append('\n');
        }
        b.append("记录:\n");
        for (RequestEvent e : v.events()) {
            b.append("  ").append(e.date()).append(' ').append(e.kind());
            if (e.result() != null) b.append(' ').append(e.result());
            if (e.days() != null) b.append(' ').append(e.days()).append(" 个工作日");
            if (e.approvedBy() != null) b.append(" 批准人 ").append(e.approvedBy());
            if (e.detail() != null) b.append("  ").append(e.detail());
            b.append("  (").append(e.actor()).append(", ").append(e.at()).append(")\n");
        }
        for (Review rv : reviews) {
            b.append("复议/诉讼 #").append(rv.id()).append(' ').append(rv.kind()).append(" 提起 ").append(rv.filed())
                    .append(' ').append(rv.outcome()).append(rv.decided() == null ? "" : " " + rv.decided()).append('\n');
        }
        return b.toString();
    }

    private static String status(RequestView v) {
        return v.overdue() ? v.status() + "(逾期)" : v.status().name();
    }

    private static String d(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
