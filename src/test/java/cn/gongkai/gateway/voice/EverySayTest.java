package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.markdown.SpokenText;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.sms.Twilio;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code <Say>} the line can produce, built the way the line builds it: each sample
 * notice as read out, and each voice text of messages.yaml filled with what the line fills in
 * (village names, menu labels, counts, dates, the hall's phone number). None may carry a digit
 * run, a Latin word, a bracket or markup to the speech engine.
 */
class EverySayTest {
    @TempDir Path home;

    @Test
    void no_digit_latin_word_bracket_or_markup_reaches_the_speech_engine() {
        try (Corpus corpus = TestHomes.sample(home)) {
            ConfigFiles config = new ConfigFiles(new Home(home));
            Messages messages = Messages.load(config);
            VoiceSettings settings = VoiceSettings.load(config);
            Speaker sp = new Speaker(messages, settings, corpus, TestHomes.CLOCK);
            Listen listen = new Listen(sp, corpus, null);
            List<String> said = new ArrayList<>();
            assertThat(corpus.all()).hasSizeGreaterThan(60);
            for (Disclosure d : corpus.all()) {
                for (String text : listen.texts(d, 10)) {
                    said.addAll(check(sp, text));
                }
                said.addAll(check(sp, Speech.derive(d.body())));
            }
            List<Object> fill = List.of("village", corpus.villages().names().get(0), "label", settings.menu().get(0).label(),
                    "n", 4, "total", 12, "count", 3, "date", sp.date(LocalDate.of(2026, 11, 27)), "due",
                    sp.date(LocalDate.of(2026, 12, 18)), "query", "农保", "example", "低保", "zero",
                    sp.text(Prompt.MENU_ZERO_STAFF), "choices", "石门村，按1", "more", sp.text(Prompt.PAGE_MORE, "n", 4),
                    "keys", Speaker.MENU_KEYS, "status", "正在办理", "title", "关于2026年城乡居民养老保险（农保）缴费的通知");
            for (Prompt p : Prompt.values()) {
                if (p == Prompt.DATE_PATTERN || p == Prompt.LIST_SEPARATOR || p == Prompt.LATIN_WORDS || p == Prompt.LETTERS) {
                    continue;
                }
                said.addAll(check(sp, sp.text(p, fill.toArray())));
            }
            assertThat(String.join("", said)).contains("幺幺九").contains("二零二六年").doesNotContain("119");
        }
    }

    /**
     * Real pages: tables (finance, 名单), no summary, a derived lead or only a table. Each is read as
     * the line reads it (the excerpt, or a table's rows) and as the whole body in spoken form.
     */
    @Test
    void pages_with_tables_and_no_summary_are_read_without_symbols_or_digit_runs() {
        try (Corpus corpus = TestHomes.sample(home)) {
            ConfigFiles config = new ConfigFiles(new Home(home));
            Speaker sp = new Speaker(Messages.load(config), VoiceSettings.load(config), corpus, TestHomes.CLOCK);
            Listen listen = new Listen(sp, corpus, null);
            List<Disclosure> pages = new Importer().read(List.of(TestHomes.resource("/pages/site"))).disclosures();
            assertThat(pages.stream().filter(d -> d.body().contains("| --- |"))).hasSizeGreaterThanOrEqualTo(5);
            List<String> said = new ArrayList<>();
            for (Disclosure d : pages) {
                List<String> texts = listen.texts(d, 3);
                if (!d.hasSummary() && d.lead() != null && !d.lead().isEmpty()) {
                    assertThat(texts.get(1)).as(d.id()).startsWith(sp.text(Prompt.EXCERPT));
                }
                for (String text : texts) {
                    said.addAll(check(sp, text));
                }
                said.addAll(check(sp, SpokenText.of(d.body())));
            }
            // the 名单 and finance tables are read row by row, "项目，值"
            assertThat(String.join("", said)).contains("村道维修，支出，元，").contains("以下是原文摘录");
        }
    }

    /** The text as the line would send it in a TwiML answer, checked by {@link TwimlRules}. */
    private static List<String> check(Speaker sp, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Twiml t = new Twiml(sp.settings, sp.spoken, (stage, silence) -> Twilio.PUBLIC + stage.path());
        String xml = t.say(text).hangup().xml();
        return TwimlRules.check(xml, sp.settings.maxSayChars());
    }
}
