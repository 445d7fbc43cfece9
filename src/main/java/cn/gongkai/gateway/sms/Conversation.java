package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.outreach.Segments;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.outreach.SmsSettings;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestLookup;
import cn.gongkai.requests.RequestService;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import cn.gongkai.storage.WriteUnavailable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS conversation, carrier-neutral: reads a text, answers it within the segment budget,
 * and logs it (with the reply, the session and any preference it changed) in one commit before
 * the reply leaves. Phone numbers and texts never go to the log file.
 */
public final class Conversation implements SmsChannel {
    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    /** Longest text kept in the inquiry log: Twilio's maximum body and then some. */
    static final int MAX_LOGGED = 2000;
    /** Longest text searched: a question, not an essay; keeps a 1,600-character body fast. */
    static final int MAX_SEARCHED = 60;

    private final Corpus corpus;
    private final Records records;
    private final Replies replies;
    private final SmsSettings settings;
    private final SmsStore store;
    private final Preferences prefs;
    private final RateLimiter limiter;
    private final Actions actions;
    private final Outbox outbox;
    private final Clock clock;
    private final Pages pages = new Pages();

    public Conversation(Corpus corpus, Records records, Replies replies, SmsSettings settings, Clock clock) {
        this.corpus = corpus;
        this.records = records;
        this.replies = replies;
        this.settings = settings;
        this.clock = clock;
        this.store = new SmsStore(records.database());
        this.prefs = new Preferences(records.database(), clock);
        this.limiter = new RateLimiter(records.database(), settings.perMinute(), clock);
        this.actions = new Actions(corpus, records, replies, prefs);
        this.outbox = new Outbox(records.database(), clock);
    }

    @Override
    public void delivered(DeliveryReport report) {
        if (report.providerId() != null) {
            outbox.delivered(report);
        }
    }

    public Preferences preferences() {
        return prefs;
    }

    /** What one text leads to: the reply, what to log, and changes to commit with it. */
    record Outcome(String reply, List<String> resultIds, boolean nothingFound, Session session, Effect effect) {
        static Outcome say(String reply) {
            return new Outcome(reply, List.of(), false, null, null);
        }

        Outcome with(Effect e) {
            return new Outcome(reply, resultIds, nothingFound, session, e);
        }
    }

    /** A change committed together with the logged inquiry. */
    @FunctionalInterface
    interface Effect {
        void apply(Tx tx) throws SQLException;
    }

    @Override
    public String reply(Inbound in) {
        String phone = Numbers.normalize(in.from());
        String text = Intent.clean(in.text());
        try {
            // One read for both: a reply already given (a retry) and the number's village.
            record Look(Optional<String> given, Optional<String> village) {}
            Look look = store.db().read(tx -> new Look(SmsStore.replyTo(tx, in.messageId()),
                    Preferences.villageOf(tx, phone)));
            if (look.given().isPresent()) {
                // Read back, it may still be on its way to disk (the WAL sync follows the commit).
                records.database().awaitDurable();
                return look.given().get();
            }
            Optional<String> village = look.village();
            Intent intent = Intent.parse(text);
            // Feedback and opting out are never dropped, however fast they come: the first is
            // what the office learns from, the second a right.
            boolean limited = !(intent instanceof Intent.Feedback || intent instanceof Intent.Unsubscribe);
            if (intent instanceof Intent.Apply apply) {
                return apply(in, phone, text, village.orElse(null), apply);
            }
            // The flood limit is counted in the commit that logs the text (one write per text).
            // This node's own count only spares the search for a number already over it here.
            boolean overHere = limited && limiter.local(phone, in.messageId()) != RateLimiter.Verdict.ALLOW;
            Outcome o = overHere ? null : answer(phone, text, intent, village.orElse(null));
            Optional<String> sent = commit(in, phone, text, village.orElse(null), o, limited);
            if (sent.isEmpty()) {
                // Over the limit on this node, not in the shared count (the minute started
                // elsewhere): answered after all, counted in this second commit.
                sent = commit(in, phone, text, village.orElse(null), answer(phone, text, intent, village.orElse(null)),
                        limited);
            }
            return sent.orElseThrow();
        } catch (RuntimeException e) {
            return failed(in, phone, text, e);
        }
    }

    /**
     * After a failure, what is sent must be what is on record: a reply committed before the
     * failure is sent as it is; otherwise the apology, logged with the text, or kept in the
     * journal when the database cannot be written (Twilio does not retry a text it got an
     * answer to, so the journal is the only copy).
     */
    private String failed(Inbound in, String phone, String text, RuntimeException e) {
        Optional<String> given = onRecord(in);
        if (given.isPresent()) {
            log.warn("SMS pipeline failed after its reply was committed (message {}): {}", in.messageId(),
                    e.toString());
            return given.get();
        }
        String sorry = replies.text("error");
        Instant now = clock.instant();
        NewInquiry q = new NewInquiry(InquiryChannel.SMS, now, null, text.isEmpty() ? "(空短信)"
                : Segments.shorten(text, MAX_LOGGED), List.of(), false, phone.isEmpty() ? null : phone,
                in.messageId(), null, null);
        try {
            if (e instanceof WriteUnavailable w) {
                // The database just refused for WRITE_WAIT: no second wait within Twilio's 15 s.
                log.warn("SMS not logged ({}), kept in the journal (message {})", w.getMessage(), in.messageId());
                InquiryJournal.keep(records.database(), q, now, sorry, w);
                // Another delivery of this message may have committed its reply meanwhile; the
                // replay keeps that one (INSERT OR IGNORE), so that one is sent.
                return onRecord(in).orElse(sorry);
            }
            log.error("SMS pipeline failed (message {})", in.messageId(), e);
            InquiryJournal.record(records.database(), q, now, sorry);
        } catch (RuntimeException again) {
            // An apology answered here would tell the sender (and Twilio, which then never
            // retries) that the text arrived, while it is on record nowhere.
            Optional<String> meanwhile = onRecord(in);
            if (meanwhile.isPresent()) {
                return meanwhile.get();
            }
            if (!(again instanceof WriteUnavailable) && keptAside(q, now)) {
                // The database refuses this text by a rule, not for want of room: the journal
                // keeps it and its replay sets it aside for staff (journal.rejected.jsonl), so
                // it is on record there and the sender gets the apology.
                return sorry;
            }
            log.error("SMS neither logged nor journaled (message {}): {}", in.messageId(), again.getMessage());
            throw new NotKept(again.getMessage(), again);
        }
        // A reply committed meanwhile (INSERT OR IGNORE kept it) is the one on record.
        return onRecord(in).orElse(sorry);
    }

    private boolean keptAside(NewInquiry q, Instant now) {
        try {
            InquiryJournal.recordSoon(records.database(), q, now);
            return true;
        } catch (RuntimeException journalFull) {
            return false;
        }
    }

    private Optional<String> onRecord(Inbound in) {
        try {
            Optional<String> given = store.replyTo(in.messageId());
            if (given.isPresent()) {
                records.database().awaitDurable();
            }
            return given;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Outcome answer(String phone, String text, Intent intent, String village) {
        Instant now = clock.instant();
        if (intent instanceof Intent.Search s) {
            return search(phone, s.words(), village, 0, List.of(), now);
        }
        // Read only for the intents that continue a conversation: a search, the common text, needs none.
        Optional<Session> live = intent instanceof Intent.More || intent instanceof Intent.Pick
                ? store.session(phone).filter(s -> s.updatedAt().plus(settings.session()).isAfter(now))
                : Optional.empty();
        if (intent instanceof Intent.More) {
            return live.filter(Session::hasMore)
                    .map(s -> search(phone, s.query(), s.village(), s.nextOffset(), s.shownIds(), now))
                    .orElseGet(() -> Outcome.say(live.isPresent() ? replies.text("more_none") : replies.text("help")));
        }
        if (intent instanceof Intent.Pick p) {
            return pick(live, p.n(), now);
        }
        if (intent instanceof Intent.IAm i) {
            return iAm(phone, i, text, village, now);
        }
        if (intent instanceof Intent.Feedback f) {
            return actions.feedback(store.session(phone), f.helpful());
        }
        if (intent instanceof Intent.Progress p) {
            return actions.progress(phone, p.code());
        }
        if (intent instanceof Intent.Subscribe s) {
            return actions.subscribe(phone, s.target());
        }
        if (intent instanceof Intent.Unsubscribe u) {
            return actions.unsubscribe(phone, u);
        }
        if (intent instanceof Intent.Start) {
            return Outcome.say(replies.text("opted_in")).with(tx -> prefs.optIn(tx, phone));
        }
        return Outcome.say(replies.text("help"));
    }

    /**
     * 申请: the inquiry, the request filed from it and the reply, in one commit. However many
     * copies of one message arrive at once, the first commit files the request and every other
     * finds the reply it stored (and the schema refuses a second request from one inquiry).
     */
    private String apply(Inbound in, String phone, String text, String village, Intent.Apply a) {
        if (a.content().isBlank() || phone.isEmpty()) { // no number: nobody to confirm it with
            String reply = replies.text(phone.isEmpty() ? "help" : "apply_empty");
            return commit(in, phone, text, village, Outcome.say(reply), true).orElseThrow();
        }
        Instant now = clock.instant();
        NewInquiry q = inquiry(in, phone, text, village, Outcome.say(null), now);
        String content = Segments.prefix(a.content().strip(), 1000);
        String rateKey = RateLimiter.key(phone);
        return records.database().write(tx -> {
            Optional<String> given = SmsStore.replyTo(tx, in.messageId());
            if (given.isPresent()) {
                return given.get();
            }
            RateLimiter.Verdict verdict = limiter.inTransaction(tx, rateKey, in.messageId(), now.toEpochMilli());
            if (verdict != RateLimiter.Verdict.ALLOW) {
                return logged(tx, in, phone, refusal(verdict), inquiry(in, phone, text, village, refusal(verdict), now),
                        now);
            }
            long inquiryId = InquiryLog.record(tx, q, now);
            Optional<Long> filed = RequestService.fromInquiry(tx, inquiryId);
            long requestId = filed.isPresent() ? filed.get() : records.requests().addAwaitingReceipt(tx,
                    new NewRequest(ApplicantType.NATURAL_PERSON, null, phone, false, RequestChannel.SMS, content,
                            null, null, inquiryId), Actions.ACTOR);
            String code = RequestLookup.receiptCode(tx, requestId);
            String reply = replies.text("apply_received", "code", code);
            SmsStore.saveReply(tx, in.messageId(), inquiryId, reply, now);
            return reply;
        });
    }

    private Outcome search(String phone, String words, String village, int offset, List<String> shown, Instant now) {
        String query = Segments.prefix(words, MAX_SEARCHED);
        int want = settings.resultsPerReply();
        SearchResult r = corpus.search().search(SearchRequest.of(query).withVillage(village).page(offset, want));
        if (r.hits().isEmpty()) {
            if (offset > 0) {
                return Outcome.say(replies.text("more_none"));
            }
            String said = Segments.shorten(query, 12);
            return new Outcome(replies.text("nothing_found", "query", said), List.of(), true, null, null);
        }
        boolean moreAfter = offset + r.hits().size() < r.total();
        Replies.Page page = pages.page(r, shown.size() + 1, moreAfter,
                () -> replies.results(r.total(), r.hits(), shown.size() + 1, moreAfter));
        List<String> all = new ArrayList<>(shown);
        all.addAll(page.ids());
        Session s = new Session(phone, query, village, offset + page.ids().size(), r.total(),
                all.subList(Math.max(0, all.size() - 50), all.size()), null, now);
        return new Outcome(page.text(), page.ids(), false, s, null);
    }

    private Outcome pick(Optional<Session> live, int n, Instant now) {
        if (live.isEmpty() || live.get().shownIds().isEmpty()) {
            return Outcome.say(replies.text("pick_first"));
        }
        Session s = live.get();
        if (n < 1 || n > s.shownIds().size()) {
            return Outcome.say(replies.text("pick_out_of_range", "n", n, "max", s.shownIds().size()));
        }
        String id = s.shownIds().get(n - 1);
        Optional<Disclosure> d = corpus.get(id);
        if (d.isEmpty()) { // withdrawn since it was listed
            return Outcome.say(replies.text("pick_first"));
        }
        String code = records.pickupCodes().issue(id);
        Session touched = new Session(s.phone(), s.query(), s.village(), s.nextOffset(), s.total(), s.shownIds(),
                null, now);
        return new Outcome(replies.detail(d.get(), code, corpus.bodies().single() ? null : corpus.bodies().shortName(d.get().bodyId())), List.of(id), false, touched, null);
    }

    private Outcome iAm(String phone, Intent.IAm i, String text, String village, Instant now) {
        Optional<String> named = corpus.villages().resolve(i.words())
                .or(() -> corpus.villages().findIn(i.words()).map(m -> m.village()));
        if (named.isEmpty()) {
            return search(phone, text, village, 0, List.of(), now);
        }
        String v = named.get();
        return Outcome.say(replies.text("village_set", "village", v))
                .with(tx -> prefs.setVillage(tx, phone, v, "SELF", null));
    }

    /**
     * Logs the text with what it was answered, in one commit, before the reply goes out; returns
     * the reply to send. If another delivery of the same message committed first (Twilio sends
     * a retry while the first is still being answered), its reply is the answer, so every copy
     * of one message gets one and the same reply. With {@code limited}, the text is counted
     * against the flood limit in the same transaction and, over it, logged with the refusal
     * instead of {@code o}. {@code o} null (not worked out: over the limit on this node) and
     * the shared count allowing it: nothing is written and this returns empty.
     */
    Optional<String> commit(Inbound in, String phone, String text, String village, Outcome o, boolean limited) {
        Instant now = clock.instant();
        long millis = now.toEpochMilli();
        NewInquiry answered = o == null ? null : inquiry(in, phone, text, village, o, now);
        String rateKey = RateLimiter.key(phone);
        return records.database().write(tx -> {
            Optional<String> given = SmsStore.replyTo(tx, in.messageId());
            if (given.isPresent()) {
                return given;
            }
            if (limited) {
                RateLimiter.Verdict verdict = o == null ? limiter.peek(tx, rateKey, in.messageId(), millis)
                        : limiter.inTransaction(tx, rateKey, in.messageId(), millis);
                if (o == null && verdict == RateLimiter.Verdict.ALLOW) {
                    return Optional.empty();
                }
                if (o == null) {
                    verdict = limiter.inTransaction(tx, rateKey, in.messageId(), millis);
                }
                if (verdict != RateLimiter.Verdict.ALLOW) {
                    Outcome no = refusal(verdict);
                    return Optional.of(logged(tx, in, phone, no, inquiry(in, phone, text, village, no, now), now));
                }
            }
            return Optional.of(logged(tx, in, phone, o, answered, now));
        });
    }

    /** The first text over the limit is told so once; the rest get no reply (a loop or a flood). */
    private Outcome refusal(RateLimiter.Verdict v) {
        return Outcome.say(v == RateLimiter.Verdict.FIRST_REFUSAL ? replies.text("rate_limited") : "");
    }

    /** Writes the inquiry, the reply given, the session and any effect; returns the reply. */
    private static String logged(Tx tx, Inbound in, String phone, Outcome o, NewInquiry q, Instant now)
            throws SQLException {
        long id = InquiryLog.record(tx, q, now);
        if (o.reply() != null) {
            SmsStore.saveReply(tx, in.messageId(), id, o.reply(), now);
        }
        if (o.session() != null && !phone.isEmpty()) {
            Session s = o.session();
            SmsStore.save(tx, new Session(s.phone(), s.query(), s.village(), s.nextOffset(), s.total(),
                    s.shownIds(), id, s.updatedAt()));
        }
        if (o.effect() != null && !phone.isEmpty()) {
            o.effect().apply(tx);
        }
        return o.reply();
    }

    private static NewInquiry inquiry(Inbound in, String phone, String text, String village, Outcome o, Instant now) {
        String logged = text.isEmpty() ? "(空短信)" : Segments.shorten(text, MAX_LOGGED);
        return new NewInquiry(InquiryChannel.SMS, now, village, logged, o.resultIds(), o.nothingFound(),
                phone.isEmpty() ? null : phone, in.messageId(), null, null);
    }
}
