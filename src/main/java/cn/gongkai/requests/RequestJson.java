package cn.gongkai.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** A request as JSON for the shell and the console: ISO dates, codes, computed deadlines. */
public final class RequestJson {
    public static final ObjectMapper JSON = new ObjectMapper();

    private RequestJson() {}

    public static ObjectNode of(RequestView v, List<Review> reviews, boolean withTimeline) {
        RequestRecord r = v.request();
        RequestState s = v.state();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("receipt_code", r.receiptCode());
        o.put("status", v.status().name());
        o.put("applicant_type", r.applicantType().name());
        o.put("name", r.name());
        o.put("contact", r.contact());
        o.put("identity_verified", r.identityVerified());
        o.put("channel", r.channel().name());
        o.put("body", r.body());
        o.put("content", r.content());
        o.put("form_wanted", r.formWanted());
        if (r.inquiryId() != null) {
            o.put("inquiry_id", r.inquiryId());
        } else {
            o.putNull("inquiry_id");
        }
        date(o, "received", s.received());
        date(o, "correction_due", v.correctionDue());
        date(o, "correction_requested", s.correctionRequested());
        date(o, "corrected", s.corrected());
        date(o, "extended", s.extendedOn());
        o.put("extension_days", s.extensionDays());
        o.put("extension_approved_by", s.extensionApprovedBy());
        o.put("paused", s.paused());
        // Art. 29 and Art. 35 (additive): delivery wanted, postal address, the later deadline.
        o.put("delivery", r.delivery() == null ? null : r.delivery().name());
        o.put("address", r.address());
        date(o, "later_deadline_set", s.laterDeadlineOn());
        if (s.laterDeadlineDays() > 0) {
            o.put("later_deadline_days", s.laterDeadlineDays());
        } else {
            o.putNull("later_deadline_days");
        }
        date(o, "answer_due", v.answerDue());
        if (v.workingDaysLeft() != null) {
            o.put("working_days_left", v.workingDaysLeft());
        } else {
            o.putNull("working_days_left");
        }
        o.put("overdue", v.overdue());
        o.put("calendar_estimated", v.estimated());
        date(o, "concluded", s.concluded());
        o.put("result", s.result() == null ? null : s.result().name());
        o.put("answered_late", v.answeredLate());
        if (withTimeline) {
            ArrayNode events = o.putArray("events");
            for (RequestEvent e : v.events()) {
                ObjectNode j = events.addObject();
                j.put("kind", e.kind().name());
                date(j, "date", e.date());
                j.put("actor", e.actor());
                j.put("detail", e.detail());
                if (e.result() != null) j.put("result", e.result().name());
                if (e.approvedBy() != null) j.put("approved_by", e.approvedBy());
                if (e.days() != null) j.put("days", e.days());
                j.put("at", e.at().toString());
            }
            ArrayNode rs = o.putArray("reviews");
            for (Review rv : reviews) {
                ObjectNode j = rs.addObject();
                j.put("id", rv.id());
                j.put("kind", rv.kind().name());
                date(j, "filed", rv.filed());
                j.put("outcome", rv.outcome().name());
                date(j, "decided", rv.decided());
            }
        }
        return o;
    }

    private static void date(ObjectNode o, String field, LocalDate d) {
        o.put(field, d == null ? null : d.toString());
    }
}
