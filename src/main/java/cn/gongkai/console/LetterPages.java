package cn.gongkai.console;

import cn.gongkai.config.UserException;
import cn.gongkai.letters.Delivery;
import cn.gongkai.letters.DeliveryMethod;
import cn.gongkai.letters.Letter;
import cn.gongkai.letters.LetterFormat;
import cn.gongkai.letters.LetterKind;
import cn.gongkai.letters.Letters;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.Fees;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestView;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters of a request on its page: each beside its step, printed as PDF (to seal) or DOCX
 * (to edit), numbered on first printing, with its deliveries; and the fee notice form.
 */
public final class LetterPages {
    private final Records records;

    LetterPages(Records records) {
        this.records = records;
    }

    /** One letter the request's steps call for, as the page lists it. */
    public record Row(LetterKind kind, String number, List<String> deliveries) {
        public String code() {
            return kind.code();
        }
    }

    /** The letters this request's steps so far call for (a step not taken has no letter yet). */
    public static List<Row> rows(Records records, RequestView v) {
        Letters letters = new Letters(records);
        List<Letter> issued = letters.of(v.request().id());
        List<Delivery> deliveries = letters.deliveries(v.request().id());
        List<Row> out = new ArrayList<>();
        boolean fee = records.feeNotices().of(v.request().id()).isPresent();
        for (LetterKind k : LetterKind.values()) {
            boolean due = k == LetterKind.FEE ? fee : v.events().stream().anyMatch(e -> e.kind() == k.step);
            if (!due) {
                continue;
            }
            Letter l = issued.stream().filter(x -> x.kind() == k).findFirst().orElse(null);
            List<String> sent = new ArrayList<>();
            if (l != null) {
                for (Delivery d : deliveries) {
                    if (d.letterId() == l.id()) {
                        sent.add(d.delivered() + " " + d.method().label + (d.tracking() == null ? "" : " " + d.tracking()));
                    }
                }
            }
            out.add(new Row(k, l == null ? null : l.numberText(), sent));
        }
        return out;
    }

    /** The letter kind printed beside a timeline step, or null. */
    public static LetterKind beside(EventKind step) {
        return LetterKind.forStep(step);
    }

    /**
     * The letter printed beside a timeline entry: its step's letter, or the 收费通知书 beside the
     * note the fee notice wrote on the timeline (the notice is not a step of the clock).
     */
    public static LetterKind beside(cn.gongkai.requests.RequestEvent e, cn.gongkai.requests.FeeNotice fee) {
        if (e.kind() == EventKind.NOTE && fee != null && e.date().equals(fee.notified())
                && e.detail() != null && e.detail().startsWith(cn.gongkai.requests.FeeNotices.TIMELINE_NOTE)) {
            return LetterKind.FEE;
        }
        return beside(e.kind());
    }

    public void download(Context ctx) {
        long id = BodyScope.request(ctx, records);
        try {
            LetterKind kind = LetterKind.parse(ctx.pathParam("kind"));
            LetterFormat format = LetterFormat.parse(ctx.queryParam("format") == null ? "pdf" : ctx.queryParam("format"));
            Letters.Printed p = new Letters(records).print(id, kind, format, Web.actor(ctx));
            String name = kind.label + "-" + p.letter().numberText() + "." + format.extension();
            ctx.contentType(format.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"" + p.fileName() + "\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .result(p.bytes());
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/" + id);
        }
    }

    public void deliver(Context ctx) {
        long id = BodyScope.request(ctx, records);
        try {
            LetterKind kind = LetterKind.parse(ctx.pathParam("kind"));
            new Letters(records).deliver(id, kind, DeliveryMethod.parse(RequestPages.required(ctx, "method", "送达方式")),
                    Web.text(ctx, "tracking"), Web.date(ctx, "date", "送达日期"), Web.actor(ctx));
            Web.done(ctx, "已记录" + kind.label + "的送达", "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/" + id);
        }
    }

    public void feeNotice(Context ctx) {
        long id = BodyScope.request(ctx, records);
        try {
            Fees.Basis basis = "PER_PAGE".equals(Web.text(ctx, "basis")) ? Fees.Basis.PER_PAGE : Fees.Basis.PER_ITEM;
            int quantity;
            try {
                quantity = Integer.parseInt(RequestPages.required(ctx, "quantity", "件数或页数"));
            } catch (NumberFormatException e) {
                throw new UserException("件数或页数应为正整数");
            }
            var n = records.feeNotices().notify(id, basis, quantity, Web.date(ctx, "date", "通知日期"), Web.actor(ctx));
            Web.done(ctx, "已记录收费通知：" + n.amount() + " 元，缴费截止 " + n.payBy(), "/staff/requests/" + id);
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/requests/" + id);
        }
    }
}
