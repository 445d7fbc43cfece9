package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.outreach.Segments;

import cn.gongkai.corpus.Disclosure;
import cn.gongkai.app.Records;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Queues a notice of a newly published disclosure to every number subscribed to its category
 * or to one of its villages (a district-wide disclosure reaches category subscribers only, or
 * village subscribers would get everything). Once per disclosure and number, whoever calls it
 * again; one 取件码 per disclosure for all of them.
 */
public final class SubscriptionNotices {
    private final Records records;
    private final Replies replies;
    private final Outbox outbox;
    private final Preferences prefs;

    SubscriptionNotices(Records records, Replies replies, Preferences prefs) {
        this.records = records;
        this.replies = replies;
        this.prefs = prefs;
        this.outbox = new Outbox(records.database(), records.clock());
    }

    /** What publishing led to: notices queued now, and subscribed numbers left out because they opted out. */
    public record Published(int queued, int optedOut) {}

    /** Returns how many notices were queued now (numbers already told, and opted-out numbers, are skipped). */
    public int disclosurePublished(Disclosure d) {
        return publish(d).queued();
    }

    /**
     * Queues the notice for every subscriber who has not opted out. A number that sent TD gets
     * nothing, ever: it is not even queued, so the count staff see is the count that will go.
     */
    public Published publish(Disclosure d) {
        Set<String> phones = new LinkedHashSet<>();
        prefs.subscribers(d.category(), d.villages()).forEach(s -> phones.add(s.phone()));
        int optedOut = 0;
        for (var it = phones.iterator(); it.hasNext(); ) {
            if (prefs.optedOut(it.next())) {
                it.remove();
                optedOut++;
            }
        }
        if (phones.isEmpty()) {
            return new Published(0, optedOut);
        }
        String code = records.pickupCodes().issue(d.id());
        String title = Segments.shorten(Intent.clean(d.title()), 30);
        String body = replies.text("notice.subscription", "title", title, "date", replies.date(d.published()),
                "code", code);
        int queued = 0;
        for (String phone : phones) {
            if (outbox.enqueue(phone, body, Outbox.Kind.SUBSCRIPTION, "disclosure:" + d.id() + ":" + phone)) {
                queued++;
            }
        }
        return new Published(queued, optedOut);
    }
}
