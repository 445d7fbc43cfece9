package cn.gongkai.gateway.voice;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.requests.RequestView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call's menu and everything reached by a key: 1 latest for the caller's village (asking
 * the village once), 2 a category, 3 progress of a request, 0 a message for staff or, in office
 * hours, staff themselves. A spoken question goes to {@link Listen}.
 */
final class Menu {
    private final Speaker sp;
    private final Listen listen;
    private final Corpus corpus;
    private final Preferences prefs;
    private final Progress progress;

    Menu(Speaker sp, Listen listen, Corpus corpus, Preferences prefs, Progress progress) {
        this.sp = sp;
        this.listen = listen;
        this.corpus = corpus;
        this.prefs = prefs;
        this.progress = progress;
    }

    /** The village registered for (or chosen earlier by) this number, or null. */
    String villageOf(String phone) {
        return phone == null ? null : prefs.villageOf(phone).orElse(null);
    }

    void start(Call c, Twiml t) {
        c.step("来电");
        sp.menu(t.say(sp.text(Prompt.GREETING)));
    }

    void onMenu(Call c, Input in, Twiml t) {
        if (in.silent()) {
            if (sp.retry(c, t)) {
                sp.menu(t);
            } else {
                sp.goodbye(t);
            }
            return;
        }
        var nav = sp.nav(in);
        if (nav.isPresent()) {
            c.step("说：" + java.util.Objects.toString(Echo.phrase(in.words()), ""));
            switch (nav.get()) {
                case NO, BYE -> sp.goodbye(t);
                case NEXT, SEND -> sp.menu(sp.keysHere(t, Speaker.MENU_KEYS)); // nothing is being read yet
                default -> sp.menu(t);
            }
            return;
        }
        Character k = in.key();
        if (!in.digits().isEmpty() && (in.digits().length() > 1 || "1230".indexOf(k) < 0)) {
            sp.menu(sp.keysHere(t.say(sp.text(Prompt.BAD_KEY)), Speaker.MENU_KEYS));
            return;
        }
        if (k == null) {
            listen.question(c, in, t);
            return;
        }
        switch (k) {
            case '1' -> latest(c, t);
            case '2' -> {
                c.page = 0;
                categories(c, t);
            }
            case '3' -> progress(c, t);
            case '0' -> zero(c, t);
            default -> sp.menu(sp.keysHere(t, Speaker.MENU_KEYS));
        }
    }

    void onConfirm(Call c, Input in, Twiml t) {
        if (in.silent()) {
            if (sp.retry(c, t) && c.pending != null) {
                confirm(c, t);
            } else {
                c.pending = null;
                sp.menu(t);
            }
            return;
        }
        var nav = sp.nav(in);
        Character k = in.key();
        String q = c.pending;
        if (nav.isPresent() && nav.get() == Heard.Nav.REPEAT && q != null) {
            confirm(c, t);
            return;
        }
        c.pending = null;
        if (q != null && (k != null && k == '1' || nav.isPresent() && nav.get() == Heard.Nav.YES)) {
            listen.search(c, q, t);
        } else if (nav.isPresent() && nav.get() == Heard.Nav.BYE) {
            sp.goodbye(t);
        } else if (nav.isPresent() && nav.get() == Heard.Nav.MENU) {
            sp.menu(t);
        } else if (k != null && k == '2' || nav.isPresent()) {
            sp.menu(t.say(sp.text(Prompt.SAY_AGAIN)));
        } else if (!in.digits().isEmpty()) {
            c.pending = q;
            if (q == null) {
                sp.menu(t);
            } else {
                sp.keysHere(t, "1、2");
                confirm(c, t);
            }
        } else {
            listen.question(c, in, t); // they said the question again instead of pressing
        }
    }

    private void confirm(Call c, Twiml t) {
        t.gather(Stage.CONFIRM, sp.text(Prompt.CONFIRM, "query", Echo.phrase(c.pending)), true, 1, sp.yesNoHints());
    }

    private void latest(Call c, Twiml t) {
        if (c.village == null && c.after == Call.After.NONE) {
            c.after = Call.After.LATEST;
            c.unclear = 0;
            c.page = -1;
            askVillage(c, t);
            return;
        }
        listen.latest(c, t);
    }

    /** The village: by speech first; key 1 reads the names, a few at a time. */
    private void askVillage(Call c, Twiml t) {
        List<String> names = villages();
        if (c.page < 0) {
            t.gather(Stage.VILLAGE, sp.text(Prompt.VILLAGE_ASK, "example", names.isEmpty() ? "" : names.get(0)), true, 1,
                    String.join(",", names));
            return;
        }
        List<String> choices = new ArrayList<>();
        List<Integer> items = Pages.items(names.size(), c.page);
        for (int i = 0; i < items.size(); i++) {
            choices.add(sp.text(Prompt.VILLAGE_CHOICE, "village", names.get(items.get(i)), "n", i + 1));
        }
        t.gather(Stage.VILLAGE, sp.text(Prompt.VILLAGE_PAGE, "choices", String.join(sp.text(Prompt.LIST_SEPARATOR), choices),
                "more", more(names.size(), c.page)), true, 1, String.join(",", names));
    }

    /** "后面的，请按4。" on a page with more after it, "从头再听" on the last, nothing on a short list. */
    private String more(int size, int page) {
        if (!Pages.paged(size)) {
            return "";
        }
        return sp.text(Pages.last(size, page) ? Prompt.PAGE_AGAIN : Prompt.PAGE_MORE, "n", Pages.MORE);
    }

    void onVillage(Call c, Input in, Twiml t) {
        List<String> names = villages();
        if (in.silent()) {
            if (sp.retry(c, t)) {
                askVillage(c, t);
            } else {
                giveUp(c, t);
            }
            return;
        }
        var nav = sp.nav(in);
        Character k = in.key();
        if (k != null && k == '0' || nav.isPresent() && (nav.get() == Heard.Nav.MENU || nav.get() == Heard.Nav.NO)) {
            leave(c);
            sp.menu(t); // 0 always goes back
            return;
        }
        if (nav.isPresent() && nav.get() == Heard.Nav.BYE) {
            leave(c);
            sp.goodbye(t);
            return;
        }
        if (nav.isPresent() && nav.get() == Heard.Nav.REPEAT) {
            askVillage(c, t);
            return;
        }
        boolean listing = c.page >= 0;
        if (!listing && (k != null && k == '1' && in.speech().isEmpty() || nav.isPresent() && nav.get() == Heard.Nav.NEXT)
                || listing && (k != null && k == Pages.MORE && Pages.paged(names.size())
                        || nav.isPresent() && nav.get() == Heard.Nav.NEXT)) {
            c.page = listing ? Pages.next(names.size(), c.page) : 0;
            askVillage(c, t);
            return;
        }
        Optional<String> v = Optional.empty();
        int picked = listing && in.digits().length() <= 1 ? Pages.picked(names.size(), c.page, k) : -1;
        if (picked >= 0) {
            v = Optional.of(names.get(picked));
        } else if (!in.speech().isEmpty()) {
            String said = in.words();
            v = corpus.villages().resolve(said).or(() -> corpus.villages().findIn(said).map(m -> m.village()));
        }
        if (v.isEmpty()) {
            c.unclear++;
            if (c.unclear >= 2) {
                giveUp(c, t);
                return;
            }
            if (!in.digits().isEmpty()) {
                sp.keysHere(t, listing ? Pages.keys(names.size(), c.page) : "1、0");
            } else {
                t.say(sp.text(Prompt.VILLAGE_UNKNOWN));
            }
            askVillage(c, t);
            return;
        }
        leave(c);
        c.village = v.get();
        c.step("村：" + v.get());
        if (c.phone != null && !c.phone.isBlank()) {
            prefs.rememberVillage(c.phone, v.get());
        }
        t.say(sp.text(Prompt.VILLAGE_SET, "village", v.get()));
        listen.latest(c, t);
    }

    /** No village after two tries: the district's latest, and the caller is told why. */
    private void giveUp(Call c, Twiml t) {
        leave(c);
        c.step("村：没听清");
        t.say(sp.text(Prompt.VILLAGE_GIVE_UP));
        listen.latest(c, t);
    }

    private static void leave(Call c) {
        c.after = Call.After.NONE;
        c.unclear = 0;
        c.page = -1;
        c.silences = 0;
    }

    private List<String> villages() {
        return corpus.villages().names();
    }

    private void categories(Call c, Twiml t) {
        List<VoiceSettings.MenuItem> menu = sp.settings.menu();
        if (menu.isEmpty()) {
            sp.menu(t.say(sp.text(Prompt.LISTING_NONE)));
            return;
        }
        c.page = Pages.clamp(menu.size(), c.page);
        List<String> choices = new ArrayList<>();
        List<Integer> items = Pages.items(menu.size(), c.page);
        for (int i = 0; i < items.size(); i++) {
            choices.add(sp.text(Prompt.CATEGORY_CHOICE, "label", menu.get(items.get(i)).label(), "n", i + 1));
        }
        c.step("类别菜单");
        t.gather(Stage.CATEGORY, sp.text(Prompt.CATEGORY_ASK, "choices", String.join(sp.text(Prompt.LIST_SEPARATOR), choices),
                "more", more(menu.size(), c.page)), true, 1,
                String.join(",", menu.stream().map(VoiceSettings.MenuItem::label).toList()));
    }

    void onCategory(Call c, Input in, Twiml t) {
        if (in.silent()) {
            if (sp.retry(c, t)) {
                categories(c, t);
            } else {
                sp.menu(t);
            }
            return;
        }
        List<VoiceSettings.MenuItem> menu = sp.settings.menu();
        var nav = sp.nav(in);
        Character k = in.key();
        if (k != null && k == '0' || nav.isPresent() && (nav.get() == Heard.Nav.MENU || nav.get() == Heard.Nav.NO)) {
            c.page = -1;
            sp.menu(t);
            return;
        }
        if (nav.isPresent()) {
            switch (nav.get()) {
                case BYE -> sp.goodbye(t);
                case NEXT -> {
                    c.page = Pages.next(menu.size(), c.page);
                    categories(c, t);
                }
                default -> categories(c, t);
            }
            return;
        }
        if (k != null && k == Pages.MORE && Pages.paged(menu.size()) && in.digits().length() <= 1) {
            c.page = Pages.next(menu.size(), c.page);
            categories(c, t);
            return;
        }
        int picked = in.digits().length() <= 1 ? Pages.picked(menu.size(), c.page, k) : -1;
        if (picked >= 0) {
            c.page = -1;
            listen.category(c, menu.get(picked), t);
            return;
        }
        String said = in.words();
        for (VoiceSettings.MenuItem m : menu) {
            if (!said.isEmpty() && (said.contains(m.label()) || m.categories().stream().anyMatch(said::contains))) {
                c.page = -1;
                listen.category(c, m, t);
                return;
            }
        }
        if (!said.isEmpty() && k == null) {
            c.page = -1;
            listen.question(c, in, t);
            return;
        }
        sp.keysHere(t.say(sp.text(Prompt.BAD_KEY)), Pages.keys(menu.size(), c.page));
        categories(c, t);
    }

    /**
     * 3: the caller's own requests if their number filed any (the latest three read out, and a
     * code to key for an older one), else a receipt code keyed in, a few tries per call.
     */
    private void progress(Call c, Twiml t) {
        c.step("进度");
        if (c.progressTries >= Progress.TRIES) {
            sp.menu(t.say(sp.text(Prompt.PROGRESS_LIMIT)));
            return;
        }
        List<RequestView> mine = progress.mine(c.phone, Integer.MAX_VALUE);
        if (mine.isEmpty()) {
            t.gather(Stage.PROGRESS, sp.text(Prompt.PROGRESS_ASK), false, null, null);
            return;
        }
        t.say(sp.text(Prompt.PROGRESS_MINE, "count", mine.size()));
        for (RequestView v : mine.subList(0, Math.min(3, mine.size()))) {
            java.time.LocalDate filed = v.request().createdAt() == null ? null
                    : v.request().createdAt().atZone(sp.settings.zone()).toLocalDate();
            t.say(sp.text(Prompt.PROGRESS_ITEM, "date", sp.date(filed), "status", sp.status(v.status())) + due(v));
        }
        if (mine.size() > 3) {
            t.gather(Stage.PROGRESS, sp.text(Prompt.PROGRESS_ASK), false, null, null);
            return;
        }
        sp.menu(t);
    }

    void onProgress(Call c, Input in, Twiml t) {
        if (c.progressTries >= Progress.TRIES) {
            sp.menu(t.say(sp.text(Prompt.PROGRESS_LIMIT)));
            return;
        }
        if (in.digits().replaceAll("[^0-9]", "").isEmpty()) {
            if (sp.retry(c, t)) {
                t.gather(Stage.PROGRESS, sp.text(Prompt.PROGRESS_ASK), false, null, null);
            } else {
                sp.menu(t);
            }
            return;
        }
        Optional<RequestView> v = progress.byKeys(c.phone, in.digits());
        c.step("进度：" + (v.isPresent() ? v.get().request().receiptCode() : "未找到"));
        if (v.isPresent()) {
            t.say(sp.text(Prompt.PROGRESS_FOUND, "status", sp.status(v.get().status())) + due(v.get()));
        } else {
            c.progressTries++;
            t.say(sp.text(Prompt.PROGRESS_UNKNOWN));
        }
        sp.menu(t);
    }

    private String due(RequestView v) {
        return v.answerDue() != null && v.status().isOpen() ? sp.text(Prompt.PROGRESS_DUE, "due", sp.date(v.answerDue())) : "";
    }

    /** 0: staff on the phone in office hours, a recorded message otherwise. */
    private void zero(Call c, Twiml t) {
        if (sp.staffAvailable()) {
            c.step("转接工作人员");
            t.say(sp.text(Prompt.STAFF_CONNECTING)).dial(Stage.STAFF, sp.settings.staffPhone());
            return;
        }
        message(c, t);
    }

    private void message(Call c, Twiml t) {
        c.step("留言");
        t.say(sp.text(Prompt.MESSAGE_PROMPT)).record(Stage.MESSAGE);
    }

    void onMessage(Call c, Input in, Twiml t) {
        if (in.recordingUrl().isEmpty() || in.recordingSeconds() == 0) {
            sp.menu(t.say(sp.text(Prompt.MESSAGE_EMPTY)));
            return;
        }
        c.recordingUrl = in.recordingUrl();
        c.step("留言已录");
        sp.menu(t.say(sp.text(Prompt.MESSAGE_SAVED)));
    }

    void onStaff(Call c, Input in, Twiml t) {
        if ("completed".equalsIgnoreCase(in.dialStatus()) || "answered".equalsIgnoreCase(in.dialStatus())) {
            c.step("已接通");
            t.say(sp.text(Prompt.STAFF_DONE)).hangup();
            return;
        }
        c.step("未接通");
        t.say(sp.text(Prompt.STAFF_MISSED));
        message(c, t);
    }
}
