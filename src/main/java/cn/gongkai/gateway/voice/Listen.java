package cn.gongkai.gateway.voice;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.markdown.SpokenText;
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

    /**
     * A spoken question, recovered the way a text is (a word heard wrong that sounds like a
     * known one, 农宝 → 农保). Heard with low confidence it is confirmed first, as recovered and
     * only when short enough to say back; otherwise the caller is asked again.
     */
    void question(Call c, Input in, Twiml t) {
        String q = in.words();
        if (q.length() > MAX_QUESTION) {
            q = q.substring(0, MAX_QUESTION);
        }
        if (q.isEmpty()) {
            sp.menu(t.say(sp.text(Prompt.NOT_UNDERSTOOD)));
            return;
        }
        String meant = corpus.search().heardAs(q);
        if (in.confidence() < sp.settings.lowConfidence()) {
            String echo = Echo.phrase(meant);
            c.step("没听准：" + q);
            if (echo == null) {
                sp.menu(t.say(sp.text(Prompt.NOT_UNDERSTOOD)));
                return;
            }
            c.pending = echo;
            t.gather(Stage.CONFIRM, sp.text(Prompt.CONFIRM, "query", echo), true, 1, sp.yesNoHints());
        } else {
            search(c, meant, t);
        }
    }

    void search(Call c, String q, Twiml t) {
        c.asked.add(q);
        c.step("问：" + q);
        SearchResult r = corpus.search().search(SearchRequest.of(q).withVillage(c.village).page(0, KEPT));
        c.questions.add(new Call.Asked(q, r.total()));
        if (r.hits().isEmpty()) {
            String echo = Echo.phrase(q);
            sp.menu(t.say(echo == null ? sp.text(Prompt.NOTHING_FOUND_PLAIN) : sp.text(Prompt.NOTHING_FOUND, "query", echo)));
            return;
        }
        if (c.category == null) {
            c.category = r.hits().get(0).disclosure().category();
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
        if (c.category == null) {
            c.category = item.categories().isEmpty() ? item.label() : item.categories().get(0);
        }
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
        texts(x, c.pos + 1).forEach(t::say);
        if (!c.read.contains(x.id())) {
            c.read.add(x.id());
        }
        if (c.category == null) {
            c.category = x.category();
        }
        c.listening = true;
        c.step("听：" + x.id());
        keys(t);
    }

    /** What is said of one notice, the {@code n}th of a list: number, title, date, whether repealed, then its plain summary. */
    List<String> texts(Disclosure x, int n) {
        StringBuilder b = new StringBuilder(sp.text(Prompt.RESULT, "n", n, "title", x.title()));
        if (x.published() != null) {
            b.append(sp.text(Prompt.RESULT_DATE, "date", sp.date(x.published())));
        }
        if (!x.inForceOn(LocalDate.now(sp.clock))) {
            b.append(sp.text(Prompt.REPEALED));
        }
        // No summary: the lead (or a table's first rows) is read as an excerpt, and said to be one.
        String md = x.firstMarkdown();
        String first = Speech.opening(sp.spoken.of(md != null ? SpokenText.of(md) : SpokenText.tables(x.body())),
                sp.settings.answerChars());
        if (first.isBlank()) {
            return List.of(b.toString());
        }
        return List.of(b.toString(), x.hasSummary() ? first : sp.text(Prompt.EXCERPT) + first);
    }

    /** "1 repeat, 2 next, 3 SMS, 0 back" (or said: 重听, 下一条, 发到手机上, 回主菜单; or a new question). */
    void keys(Twiml t) {
        t.gather(Stage.RESULT, sp.text(Prompt.RESULT_KEYS), true, 1, sp.hints());
    }

    void onResult(Call c, Input in, Twiml t) {
        var nav = sp.nav(in);
        Character k = in.key();
        if (nav.isPresent()) {
            c.step("说：" + java.util.Objects.toString(Echo.phrase(in.words()), ""));
            k = switch (nav.get()) {
                case REPEAT -> '1';
                case NEXT -> '2';
                case SEND -> '3';
                case MENU, NO -> '0';
                case YES -> 'Y';
                case BYE -> 'B';
            };
        } else if (k == null && !in.speech().isEmpty()) {
            question(c, in, t);
            return;
        } else if (in.digits().length() > 1) {
            k = ' ';
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
            case 'Y' -> keys(t);
            case 'B' -> sp.goodbye(t);
            default -> keys(sp.keysHere(t.say(sp.text(Prompt.BAD_KEY)), Speaker.MENU_KEYS));
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
