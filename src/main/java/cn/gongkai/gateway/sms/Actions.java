package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Preferences;
import cn.gongkai.outreach.Segments;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.gateway.sms.Conversation.Outcome;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestView;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The commands a villager can text besides a search: 申请, 进度, 订阅, 退订, 满意. */
final class Actions {
    /** Who the audit log names for requests filed by text. */
    static final String ACTOR = "sms";

    private final Corpus corpus;
    private final Records records;
    private final Replies replies;
    private final Preferences prefs;

    Actions(Corpus corpus, Records records, Replies replies, Preferences prefs) {
        this.corpus = corpus;
        this.records = records;
        this.replies = replies;
        this.prefs = prefs;
    }

    Outcome progress(String phone, String code) {
        if (code.isEmpty()) {
            return Outcome.say(replies.text("progress_empty"));
        }
        String shown = Segments.shorten(code, 12);
        Optional<RequestView> found = records.requests().lookup().byReceiptCode(code, phone);
        if (found.isEmpty()) { // unknown, filed by another number or by none: the same answer, so nothing leaks
            return Outcome.say(replies.text("progress_unknown", "code", shown));
        }
        RequestView v = found.get();
        String status = replies.fill("status." + v.status().name());
        if (v.answerDue() != null && v.status().isOpen()) {
            return Outcome.say(replies.text("progress_due", "code", code, "status", status,
                    "due", replies.date(v.answerDue())));
        }
        return Outcome.say(replies.text("progress", "code", code, "status", status));
    }

    Outcome feedback(Optional<Session> session, boolean helpful) {
        Long rated = session.map(Session::lastInquiryId).orElse(null);
        if (rated == null || !records.inquiries().feedback(rated, helpful)) {
            return Outcome.say(replies.text("feedback_first"));
        }
        return Outcome.say(replies.text("feedback_thanks"));
    }

    Outcome subscribe(String phone, String target) {
        if (target.isBlank()) {
            return Outcome.say(replies.text("subscribe_empty"));
        }
        Optional<Preferences.Subscription> s = resolve(phone, target);
        if (s.isEmpty()) {
            return Outcome.say(replies.text("subscribe_unknown", "target", Segments.shorten(target, 10),
                    "examples", String.join("、", categories().stream().limit(4).toList())));
        }
        // Asking for notices is consent to receive them: it lifts an earlier 退订.
        return Outcome.say(replies.text("subscribed", "target", s.get().value()))
                .with(tx -> {
                    prefs.subscribe(tx, phone, s.get().kind(), s.get().value());
                    prefs.optIn(tx, phone);
                });
    }

    Outcome unsubscribe(String phone, Intent.Unsubscribe u) {
        if (u.target() == null) {
            return Outcome.say(replies.text("opted_out")).with(tx -> prefs.optOut(tx, phone, u.word()));
        }
        Optional<Preferences.Subscription> s = resolve(phone, u.target());
        String shown = Segments.shorten(u.target(), 10);
        if (s.isPresent() && prefs.unsubscribe(phone, s.get().kind(), s.get().value())) {
            return Outcome.say(replies.text("unsubscribed_one", "target", s.get().value()));
        }
        return Outcome.say(replies.text("not_subscribed", "target", shown));
    }

    private Optional<Preferences.Subscription> resolve(String phone, String target) {
        String t = target.strip();
        Optional<String> village = corpus.villages().resolve(t).or(() -> corpus.villages().findIn(t).map(m -> m.village()));
        if (village.isPresent()) {
            return Optional.of(new Preferences.Subscription(phone, Preferences.Kind.VILLAGE, village.get()));
        }
        for (String c : categories()) {
            if (c.equalsIgnoreCase(t) || (t.length() >= 2 && c.contains(t))) {
                return Optional.of(new Preferences.Subscription(phone, Preferences.Kind.CATEGORY, c));
            }
        }
        return Optional.empty();
    }

    private volatile List<String> categories;
    private volatile int categoriesOf = -1;

    /** The categories the index holds, read again when the index changes size. */
    List<String> categories() {
        int size = corpus.size();
        if (categories == null || categoriesOf != size) {
            TreeSet<String> all = new TreeSet<>();
            for (Disclosure d : corpus.all()) {
                if (d.category() != null && !d.category().isBlank()) {
                    all.add(d.category().strip());
                }
            }
            categories = List.copyOf(all);
            categoriesOf = size;
        }
        return categories;
    }
}
