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

    Speaker(Messages messages, VoiceSettings settings, Corpus corpus, Clock clock) {
        this(messages, settings, corpus, clock, WorkCalendar.weekdaysOnly());
    }

    Speaker(Messages messages, VoiceSettings settings, Corpus corpus, Clock clock, WorkCalendar calendar) {
        this.calendar = calendar;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofPattern(messages.get(Prompt.DATE_PATTERN.key()));
        // The words callers are likeliest to say: the hall's hot words, the menu, the villages,
        // then the short everyday terms of synonyms.txt.
        Set<String> h = new LinkedHashSet<>(settings.hotWords());
        settings.menu().forEach(m -> h.add(m.label()));
        h.addAll(corpus.villages().names());
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
