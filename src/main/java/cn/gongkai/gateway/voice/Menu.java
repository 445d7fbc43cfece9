package cn.gongkai.gateway.voice;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.gateway.sms.Preferences;
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
                t.say(sp.text(Prompt.GOODBYE)).hangup();
            }
            return;
        }
        Character k = in.key();
        if (k == null || !in.digits().isEmpty() && in.digits().length() > 1) {
            listen.question(c, in, t);
            return;
        }
        switch (k) {
            case '1' -> latest(c, t);
            case '2' -> categories(c, t);
            case '3' -> progress(c, t);
            case '0' -> zero(c, t);
            default -> sp.menu(t.say(sp.text(Prompt.BAD_KEY)));
        }
    }

    void onConfirm(Call c, Input in, Twiml t) {
        if (in.silent() && sp.retry(c, t)) {
            t.gather(Stage.CONFIRM, sp.text(Prompt.CONFIRM, "query", c.pending), true, 1, null);
            return;
        }
        Character k = in.key();
        String q = c.pending;
        c.pending = null;
        if (q != null && k != null && (k == '1' || k == 'Y')) {
            listen.search(c, q, t);
        } else if (k == null && !in.speech().isEmpty()) {
            listen.question(c, in, t); // they said the question again instead of pressing
        } else {
            sp.menu(t.say(sp.text(Prompt.SAY_AGAIN)));
        }
    }

    private void latest(Call c, Twiml t) {
        if (c.village == null && c.after == Call.After.NONE) {
            c.after = Call.After.LATEST;
            askVillage(t);
            return;
        }
        listen.latest(c, t);
    }

    private void askVillage(Twiml t) {
        List<String> names = villages();
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            choices.add(sp.text(Prompt.VILLAGE_CHOICE, "village", names.get(i), "n", i + 1));
        }
        t.gather(Stage.VILLAGE, sp.text(Prompt.VILLAGE_ASK, "choices", String.join(sp.text(Prompt.LIST_SEPARATOR), choices)),
                true, 1, String.join(",", names));
    }

    void onVillage(Call c, Input in, Twiml t) {
        if (in.silent() && sp.retry(c, t)) {
            askVillage(t);
            return;
        }
        Optional<String> v = Optional.empty();
        Character k = in.key();
        List<String> names = villages();
        if (k != null && k >= '1' && k <= '9' && k - '1' < names.size()) {
            v = Optional.of(names.get(k - '1'));
        } else if (!in.speech().isEmpty()) {
            String said = in.words();
            v = corpus.villages().resolve(said).or(() -> corpus.villages().findIn(said).map(m -> m.village()));
        }
        if (v.isEmpty() && !in.silent() && c.silences == 0) {
            c.silences = 1;
            t.say(sp.text(Prompt.VILLAGE_UNKNOWN));
            askVillage(t);
            return;
        }
        c.silences = 0;
        if (v.isPresent()) {
            c.village = v.get();
            c.step("村：" + v.get());
            if (c.phone != null && !c.phone.isBlank()) {
                prefs.rememberVillage(c.phone, v.get());
            }
            t.say(sp.text(Prompt.VILLAGE_SET, "village", v.get()));
        }
        c.after = Call.After.NONE;
        listen.latest(c, t); // unknown after the retry: the district's latest rather than a dead end
    }

    private List<String> villages() {
        List<String> names = corpus.villages().names();
        return names.subList(0, Math.min(9, names.size()));
    }

    private void categories(Call c, Twiml t) {
        List<VoiceSettings.MenuItem> menu = sp.settings.menu();
        if (menu.isEmpty()) {
            sp.menu(t.say(sp.text(Prompt.LISTING_NONE)));
            return;
        }
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < menu.size(); i++) {
            choices.add(sp.text(Prompt.CATEGORY_CHOICE, "label", menu.get(i).label(), "n", i + 1));
        }
        c.step("类别菜单");
        t.gather(Stage.CATEGORY, sp.text(Prompt.CATEGORY_ASK, "choices", String.join(sp.text(Prompt.LIST_SEPARATOR), choices)),
                true, 1, String.join(",", menu.stream().map(VoiceSettings.MenuItem::label).toList()));
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
        Character k = in.key();
        if (k != null && k == '0') {
            sp.menu(t);
            return;
        }
        if (k != null && k >= '1' && k - '1' < menu.size()) {
            listen.category(c, menu.get(k - '1'), t);
            return;
        }
        String said = in.words();
        for (VoiceSettings.MenuItem m : menu) {
            if (!said.isEmpty() && (said.contains(m.label()) || m.categories().stream().anyMatch(said::contains))) {
                listen.category(c, m, t);
                return;
            }
        }
        if (!said.isEmpty() && k == null) {
            listen.question(c, in, t);
            return;
        }
        t.say(sp.text(Prompt.BAD_KEY));
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
