package cn.gongkai.letters;

import cn.gongkai.config.UserException;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.FeeNotice;
import cn.gongkai.requests.Fees;
import cn.gongkai.requests.RequestEvent;
import cn.gongkai.requests.RequestState;
import cn.gongkai.requests.RequestView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a letter is filled with, from the record only: the template decides the words.
 * A letter for a step that has not happened is refused with the command that records it.
 */
final class LetterFields {
    private LetterFields() {}

    /** The date a kind of letter bears: the day of the step it reports. */
    static LocalDate dateOf(LetterKind kind, RequestView v, FeeNotice fee) {
        RequestState s = v.state();
        LocalDate d = switch (kind) {
            case RECEIPT -> s.received();
            case CORRECTION -> s.correctionRequested();
            case EXTENSION -> s.extendedOn();
            case LATER -> s.laterDeadlineOn();
            case CONSULTATION -> s.pauses().isEmpty() ? null : s.pauses().get(0).from();
            case FEE -> fee == null ? null : fee.notified();
            case REPLY -> s.concluded();
        };
        if (d == null) {
            throw new UserException("申请 #" + v.request().id() + " 还没有这一步，不能出具" + kind.label + "（先记录："
                    + switch (kind) {
                        case RECEIPT -> "requests confirm";
                        case CORRECTION -> "requests correct --notified";
                        case EXTENSION -> "requests extend";
                        case LATER -> "requests ask-reasons，再 requests later-deadline";
                        case CONSULTATION -> "requests pause";
                        case FEE -> "requests fee-notice";
                        case REPLY -> "requests close";
                    } + "）");
        }
        return d;
    }

    static Map<String, String> of(LetterKind kind, RequestView v, Letter letter, LetterSettings set, Deadlines deadlines,
                                  FeeNotice fee) {
        var r = v.request();
        RequestState s = v.state();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("letter_no", letter.numberText());
        f.put("date", chinese(letter.issuedOn()));
        f.put("body_name", set.bodyName());
        f.put("body_phone", set.phone());
        f.put("body_address", set.address());
        f.put("applicant", r.name() == null || r.name().isBlank() ? "申请人" : r.name().strip());
        f.put("receipt_code", r.receiptCode());
        f.put("content", r.content());
        f.put("form_wanted", r.formWanted() == null ? "未注明" : r.formWanted());
        f.put("received", s.received() == null ? "尚未确认" : chinese(s.received()));
        switch (kind) {
            case RECEIPT -> {
                f.put("answer_due", v.answerDue() == null ? "收到后 20 个工作日内" : chinese(v.answerDue()));
                f.put("progress", set.progress());
            }
            case CORRECTION -> {
                RequestEvent e = last(v, EventKind.CORRECTION_REQUESTED);
                int days = e.days() != null ? e.days() : cn.gongkai.requests.RequestService.DEFAULT_CORRECTION_PERIOD;
                f.put("correction_detail", e.detail() == null ? "（请写明需要补正的内容）" : e.detail());
                f.put("correction_days", Integer.toString(days));
                f.put("correction_until", chinese(deadlines.addWorkingDays(e.date(), days, List.of()).date()));
            }
            case EXTENSION -> {
                f.put("extension_days", Integer.toString(s.extensionDays()));
                f.put("answer_due", v.answerDue() == null ? "（暂停计时中，恢复后顺延）" : chinese(v.answerDue()));
            }
            case LATER -> {
                // Art. 35: the reasons asked for, the reason the later deadline is reasonable, and
                // the date that replaces the Art. 33 due date.
                f.put("reasons_asked", s.reasonsAsked() == null ? "" : chinese(s.reasonsAsked()));
                f.put("later_reason", s.laterDeadlineReason());
                f.put("later_days", Integer.toString(s.laterDeadlineDays()));
                f.put("answer_due", v.answerDue() == null ? "（暂停计时中，恢复后顺延）" : chinese(v.answerDue()));
            }
            case CONSULTATION -> {
                RequestEvent e = first(v, EventKind.PAUSED);
                f.put("third_party", e.detail() == null || e.detail().isBlank() ? "第三方" : e.detail().strip());
                f.put("consulted_on", chinese(e.date()));
                f.put("reply_by", chinese(deadlines.addWorkingDays(e.date(), 15, List.of()).date()));
            }
            case FEE -> {
                f.put("fee_amount", Long.toString(fee.amount()));
                f.put("fee_basis", fee.basis() == Fees.Basis.PER_ITEM
                        ? "按件计收：本自然月内您此前已申请 " + fee.earlier() + " 件，本申请 " + fee.quantity() + " 件"
                        : "按量计收：共 " + fee.quantity() + " 页");
                f.put("pay_by", chinese(fee.payBy()));
                f.put("pay_how", set.payHow());
            }
            case REPLY -> {
                RequestEvent e = last(v, EventKind.CONCLUDED);
                f.put("result", e.result().label);
                f.put("reply_text", e.detail() == null || e.detail().isBlank() ? "" : e.detail().strip());
                f.put("review_body", set.reviewBody());
                f.put("court", set.court());
            }
            default -> throw new IllegalStateException("unhandled letter " + kind);
        }
        return f;
    }

    /** 2026年1月5日, as official letters write dates. */
    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static RequestEvent last(RequestView v, EventKind kind) {
        RequestEvent found = null;
        for (RequestEvent e : v.events()) {
            if (e.kind() == kind) {
                found = e;
            }
        }
        return found;
    }

    private static RequestEvent first(RequestView v, EventKind kind) {
        return v.events().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }
}
