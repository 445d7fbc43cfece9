package cn.gongkai.requests;

import cn.gongkai.config.Messages;
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

    /** The list's column names, from kiosk-config/cli.yaml like every word of these texts. */
    public static String header(Messages t) {
        return t.get("requests.header");
    }

    public static String line(Messages t, RequestView v) {
        String content = v.request().content().replaceAll("\\s+", " ");
        if (content.length() > 30) {
            content = content.substring(0, 30) + "…";
        }
        return v.request().id() + "\t" + d(v.state().received()) + "\t" + status(t, v) + "\t" + d(v.answerDue())
                + "\t" + (v.workingDaysLeft() == null ? "-" : v.workingDaysLeft()) + "\t"
                + t.get("requests.applicant_types." + v.request().applicantType()) + "\t" + content;
    }

    public static String detail(Messages t, RequestView v, List<Review> reviews) {
        RequestRecord r = v.request();
        RequestState s = v.state();
        StringBuilder b = new StringBuilder();
        b.append(t.get("requests.title", "id", r.id(), "code", r.receiptCode())).append('\n');
        b.append(t.get("requests.status", "status", status(t, v))).append('\n');
        b.append(t.get("requests.applicant", "type", t.get("requests.applicant_types." + r.applicantType())))
                .append(r.name() == null ? "" : t.get("requests.name", "name", r.name()))
                .append(r.contact() == null ? "" : t.get("requests.contact", "contact", r.contact()))
                .append(r.identityVerified() ? t.get("requests.verified") : "").append('\n');
        b.append(t.get("requests.channel", "channel", t.get("requests.channels." + r.channel()),
                "form", r.formWanted() == null ? "-" : r.formWanted())).append('\n');
        if (r.address() != null || r.delivery() != null) {
            b.append(t.get("requests.delivery", "delivery", r.delivery() == null ? "-" : r.delivery().label))
                    .append(r.address() == null ? "" : t.get("requests.address", "address", r.address())).append('\n');
        }
        b.append(t.get("requests.content", "content", r.content())).append('\n');
        b.append(t.get("requests.received", "received", d(s.received()), "correction_due", d(v.correctionDue()))).append('\n');
        b.append(t.get("requests.due", "due", d(v.answerDue())));
        if (v.workingDaysLeft() != null) {
            b.append(t.get("requests.days_left", "days", v.workingDaysLeft()));
        }
        if (v.overdue()) {
            b.append(t.get("requests.late"));
        }
        if (v.estimated()) {
            b.append(t.get("requests.estimated"));
        }
        b.append('\n');
        if (s.result() != null) {
            // The result keeps its code next to the format's own wording: staff quote both.
            b.append(t.get("requests.concluded", "date", s.concluded(), "result", s.result() + " " + s.result().label))
                    .append(v.answeredLate() ? t.get("requests.answered_late") : "").append('\n');
        }
        b.append(t.get("requests.events")).append('\n');
        for (RequestEvent e : v.events()) {
            b.append("  ").append(e.date()).append(' ').append(t.get("requests.events_codes." + e.kind()));
            if (e.result() != null) b.append(' ').append(e.result()).append(' ').append(e.result().label);
            if (e.days() != null) b.append(t.get("requests.event_days", "days", e.days()));
            if (e.approvedBy() != null) b.append(t.get("requests.event_approved", "name", e.approvedBy()));
            if (e.detail() != null) b.append("  ").append(e.detail());
            b.append("  (").append(e.actor()).append(", ").append(e.at()).append(")\n");
        }
        for (Review rv : reviews) {
            b.append(t.get("requests.review", "id", rv.id(), "kind", t.get("requests.review_kinds." + rv.kind()),
                    "filed", rv.filed(), "outcome", t.get("requests.review_outcomes." + rv.outcome())))
                    .append(rv.decided() == null ? "" : " " + rv.decided()).append('\n');
        }
        return b.toString();
    }

    private static String status(Messages t, RequestView v) {
        String label = t.get("requests.status_codes." + v.status());
        return v.overdue() ? label + t.get("requests.overdue") : label;
    }

    private static String d(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
