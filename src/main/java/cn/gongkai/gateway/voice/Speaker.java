package cn.gongkai.gateway.voice;

import cn.gongkai.requests.WorkCalendar;

import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What every stage of a call shares: the texts of messages.yaml's {@code voice:} section, the
 * settings, the speech hints, and the main menu, which every path leads back to.
 */
final class Speaker {
    /** Twilio reads at most a few hundred hint phrases; more only slows recognition. */
    private static final int MAX_HINTS = 100;

    final VoiceSettings settings;
    final Clock clock;
    /** Public holidays and 调休 from calendar.yaml: nobody answers the staff phone on 国庆. */
    private final WorkCalendar calendar;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final String hints;
    private final String example;
    /** Digits, letters and brackets in words: every answer's texts pass through it. */
    final Spoken spoken;
    /** The steering words (下一条, 重听 …) callers say at any prompt. */
    final Heard heard;

    Speaker(Messages messages, VoiceSettings settings, Corpus corpus, Clock clock) {
        this(messages, settings, corpus, clock, WorkCalendar.weekdaysOnly());
    }

    Speaker(Messages messages, VoiceSettings settings, Corpus corpus, Clock clock, WorkCalendar calendar) {
        this.calendar = calendar;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofPattern(messages.get(Prompt.DATE_PATTERN.key()));
        this.spoken = new Spoken(messages);
        this.heard = new Heard(messages);
        // The words callers are likeliest to say: the hall's hot words, the menu, the villages,
        // then the short everyday terms of synonyms.txt.
        Set<String> h = new LinkedHashSet<>(settings.hotWords());
        settings.menu().forEach(m -> h.add(m.label()));
        h.addAll(corpus.villages().names());
        // the steering words a caller says instead of a key (下一条, 重听, 发到手机上, 回主菜单)
        for (Heard.Nav n : java.util.List.of(Heard.Nav.NEXT, Heard.Nav.REPEAT, Heard.Nav.SEND, Heard.Nav.MENU)) {
            String w = messages.get(Prompt.WORDS_PREFIX + n.name().toLowerCase(java.util.Locale.ROOT)).split("[,，]")[0];
            h.add(w.strip());
        }
        corpus.synonyms().termsLongestFirst().stream().filter(t -> t.length() >= 2 && t.length() <= 6)
                .sorted(java.util.Comparator.comparingInt(String::length)).forEach(h::add);
        this.hints = String.join(",", h.stream().map(s -> s.replace(",", " ")).limit(MAX_HINTS).toList());
        this.example = settings.hotWords().isEmpty() ? "低保" : settings.hotWords().get(0);
    }

    /** Whether {@code 0} connects to the staff phone now: office hours on a working day. */
    boolean staffAvailable() {
        return settings.staffAvailable(clock.instant(), calendar);
    }

    /** A text of the {@code voice:} section with its placeholders filled; {hall_phone} always available. */
    String text(Prompt p, Object... params) {
        Object[] all = new Object[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "hall_phone";
        all[params.length + 1] = messages.get("common.hall_phone");
        return messages.get(p.key(), all);
    }

    String status(cn.gongkai.requests.RequestStatus s) {
        return messages.get(Prompt.STATUS_PREFIX + s.name());
    }

    String date(LocalDate d) {
        return d == null ? "" : dates.format(d);
    }

    String hints() {
        return hints;
    }

    /** What the caller's words steer to, when they steer rather than ask (keys pressed are not words). */
    java.util.Optional<Heard.Nav> nav(Input in) {
        return in.digits().isEmpty() ? heard.of(in.speech()) : java.util.Optional.empty();
    }

    /** A key that does nothing here: say which keys do ({@code keys} like "1、2、3、0"). */
    Twiml keysHere(Twiml t, String keys) {
        return t.say(text(Prompt.KEYS_HERE, "keys", keys));
    }

    Twiml goodbye(Twiml t) {
        return t.say(text(Prompt.GOODBYE)).hangup();
    }

    String yesNoHints() {
        return heard.hints(Heard.Nav.YES, Heard.Nav.NO);
    }

    /** The keys of the main menu. */
    static final String MENU_KEYS = "1、2、3、0";

    /** The main menu: one Gather for a spoken question or a key, then the Redirect for silence. */
    Twiml menu(Twiml t) {
        String zero = text(staffAvailable() ? Prompt.MENU_ZERO_STAFF : Prompt.MENU_ZERO_MESSAGE);
        return t.gather(Stage.MENU, text(Prompt.MENU, "example", example, "zero", zero), true, 1, hints);
    }

    /**
     * Silence at a prompt: the first time a gentle word and the same prompt again (returns true),
     * the second time nothing here (returns false) and the caller goes back to the menu.
     */
    boolean retry(Call c, Twiml t) {
        if (c.silences == 0) {
            c.silences = 1;
            t.say(text(Prompt.SILENCE));
            return true;
        }
        c.silences = 0;
        return false;
    }
}
