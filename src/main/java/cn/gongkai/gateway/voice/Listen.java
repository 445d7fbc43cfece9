package cn.gongkai.gateway.voice;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.gateway.sms.SmsGateway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listening to disclosures, one at a time: a spoken question (the same search as SMS), the
 * latest for the caller's village, or a category of the kiosk's menu. Each is read as its plain
 * summary (or lead), then: 1 repeat, 2 next, 3 send this to me by SMS, 0 back.
 */
final class Listen {
    /** Results kept for "2 next"; nobody listens to more on the phone. */
    static final int KEPT = 10;
    /** Longest question searched: a spoken question, not a speech. */
    static final int MAX_QUESTION = 40;

    private final Speaker sp;
    private final Corpus corpus;
    private final SmsGateway sms;

    Listen(Speaker sp, Corpus corpus, SmsGateway sms) {
        this.sp = sp;
        this.corpus = corpus;
        this.sms = sms;
    }

    /** A spoken question: confirmed first when recognition was unsure, else searched. */
    void question(Call c, Input in, Twiml t) {
        String q = in.words();
        if (q.length() > MAX_QUESTION) {
            q = q.substring(0, MAX_QUESTION);
        }
        if (q.isEmpty()) {
            sp.menu(t.say(sp.text(Prompt.SAY_AGAIN)));
        } else if (in.confidence() < sp.settings.lowConfidence()) {
            c.pending = q;
            c.step("没听准：" + q);
            t.gather(Stage.CONFIRM, sp.text(Prompt.CONFIRM, "query", q), true, 1, null);
        } else {
            search(c, q, t);
        }
    }

    void search(Call c, String q, Twiml t) {
        c.asked.add(q);
        c.step("问：" + q);
        SearchResult r = corpus.search().search(SearchRequest.of(q).withVillage(c.village).page(0, KEPT));
        if (r.hits().isEmpty()) {
            c.nothingFound = true;
            sp.menu(t.say(sp.text(Prompt.NOTHING_FOUND, "query", q)));
            return;
        }
        t.say(sp.text(Prompt.FOUND, "total", r.total()));
        list(c, Call.Listing.SEARCH, q, r.hits().stream().map(h -> h.disclosure().id()).toList(), t);
    }

    /** The newest notices for the caller's village and the whole district. */
    void latest(Call c, Twiml t) {
        SearchResult r = corpus.search().latest(c.village, null, KEPT);
        c.step("最新");
        t.say(c.village == null ? sp.text(Prompt.LATEST_INTRO_DISTRICT) : sp.text(Prompt.LATEST_INTRO, "village", c.village));
        list(c, Call.Listing.LATEST, c.village, ids(r.hits()), t);
    }

    /** The newest of one menu item's categories, merged. */
    void category(Call c, VoiceSettings.MenuItem item, Twiml t) {
        Map<String, Disclosure> all = new LinkedHashMap<>();
        for (String cat : item.categories()) {
            corpus.search().latest(c.village, cat, KEPT).hits().forEach(h -> all.putIfAbsent(h.disclosure().id(), h.disclosure()));
        }
        List<String> ids = all.values().stream()
                .sorted(Comparator.comparing(Disclosure::published, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(KEPT).map(Disclosure::id).toList();
        c.category = item.categories().isEmpty() ? item.label() : item.categories().get(0);
        c.step("类别：" + item.label());
        t.say(sp.text(Prompt.CATEGORY_INTRO, "label", item.label()));
        list(c, Call.Listing.CATEGORY, item.label(), ids, t);
    }

    private void list(Call c, Call.Listing listing, String label, List<String> ids, Twiml t) {
        if (ids.isEmpty()) {
            sp.menu(t.say(sp.text(Prompt.LISTING_NONE)));
            return;
        }
        c.listing = listing;
        c.label = label;
        c.ids = new ArrayList<>(ids);
        c.pos = 0;
        read(c, t);
    }

    /** Reads the current result and asks what next. */
    void read(Call c, Twiml t) {
        Optional<Disclosure> d = Optional.ofNullable(c.current()).flatMap(corpus::get);
        if (d.isEmpty()) { // withdrawn since it was listed, or past the end
            sp.menu(t.say(sp.text(Prompt.NO_MORE)));
            return;
        }
        Disclosure x = d.get();
        StringBuilder b = new StringBuilder(sp.text(Prompt.RESULT, "n", c.pos + 1, "title", x.title()));
        if (x.published() != null) {
            b.append(sp.text(Prompt.RESULT_DATE, "date", sp.date(x.published())));
        }
        if (!x.inForceOn(LocalDate.now(sp.clock))) {
            b.append(sp.text(Prompt.REPEALED));
        }
        t.say(b.toString());
        t.say(Speech.opening(Speech.derive(x.summaryOrLead(sp.settings.answerChars() * 3)), sp.settings.answerChars()));
        if (!c.read.contains(x.id())) {
            c.read.add(x.id());
        }
        c.step("听：" + x.id());
        keys(t);
    }

    /** "1 repeat, 2 next, 3 SMS, 0 back" (or a new question, said). */
    void keys(Twiml t) {
        t.gather(Stage.RESULT, sp.text(Prompt.RESULT_KEYS), true, 1, sp.hints());
    }

    void onResult(Call c, Input in, Twiml t) {
        Character k = in.key();
        if (k == null && !in.speech().isEmpty()) {
            question(c, in, t);
            return;
        }
        switch (k == null ? ' ' : k) {
            case '1' -> read(c, t);
            case '2' -> {
                c.pos++;
                read(c, t);
            }
            case '3' -> {
                copy(c, in.callSid(), t);
                keys(t);
            }
            case '0' -> sp.menu(t);
            default -> keys(t.say(sp.text(Prompt.BAD_KEY)));
        }
    }

    /** "3": the disclosure as the SMS detail, through the outbox, unless the number opted out. */
    private void copy(Call c, String callSid, Twiml t) {
        Optional<Disclosure> d = Optional.ofNullable(c.current()).flatMap(corpus::get);
        if (d.isEmpty()) {
            t.say(sp.text(Prompt.NO_MORE));
            return;
        }
        SmsGateway.Copy result = sms.queueCopy(c.phone, d.get(), "voice:" + callSid + ":" + d.get().id());
        c.step("短信：" + d.get().id() + " " + result);
        t.say(sp.text(switch (result) {
            case QUEUED -> Prompt.SMS_QUEUED;
            case ALREADY_QUEUED -> Prompt.SMS_ALREADY;
            case OPTED_OUT -> Prompt.SMS_OPTED_OUT;
            case NOT_MOBILE -> Prompt.SMS_NOT_MOBILE;
        }));
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.disclosure().id()).toList();
    }
}
