package cn.gongkai.outreach;

import cn.gongkai.config.Messages;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.RequestListener;
import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.RequestView;
import java.time.format.DateTimeFormatter;

/**
 * Texts the applicant when their request is received (confirmed), needs correction, is
 * extended (Art. 33), or is concluded, if the contact they gave is a mobile number. Queued in the outbox once per request
 * and event (dedupe key {@code request:ID:KIND}); the sender honours opt-outs.
 */
public final class RequestNotices implements RequestListener {
    private final Outbox outbox;
    private final Messages messages;
    private final int segments;

    public RequestNotices(Outbox outbox, Messages messages, int segments) {
        this.outbox = outbox;
        this.messages = messages;
        this.segments = segments;
    }

    @Override
    public void committed(RequestService service, long requestId, EventKind kind) {
        if (kind != EventKind.RECEIVED && kind != EventKind.CORRECTION_REQUESTED && kind != EventKind.EXTENDED
                && kind != EventKind.LATER_DEADLINE && kind != EventKind.CONCLUDED) {
            return;
        }
        RequestView v = service.show(requestId);
        String contact = v.request().contact();
        if (contact == null || !Numbers.isMobile(contact)) {
            return;
        }
        String due = v.answerDue() == null ? ""
                : DateTimeFormatter.ofPattern(messages.get("sms.date_pattern")).format(v.answerDue());
        String body = messages.get("sms.notice." + kind.name(), "code", v.request().receiptCode(), "due", due,
                "hall_phone", messages.get("common.hall_phone"));
        outbox.enqueue(contact, Segments.cut(body, segments), Outbox.Kind.REQUEST_NOTICE, "request:" + requestId + ":" + kind);
    }
}
