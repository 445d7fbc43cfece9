package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.TestHomes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spoken form of a text is derived for the ear, never the raw body. */
class SpeechTest {
    @TempDir Path home;

    @Test
    void document_numbers_are_read_as_year_and_number() {
        assertThat(Speech.derive("依据青禾政发〔2025〕12号文件")).isEqualTo("依据青禾政发2025年第12号文件");
        assertThat(Speech.derive("见[2024]3号")).isEqualTo("见2024年第3号");
    }

    @Test
    void links_markup_and_symbols_are_dropped() {
        String s = Speech.derive("## 办理地点\n\n**村委会**，详见 [网上办事大厅](https://zwfw.example.cn/a?b=1) 或 www.example.cn。\n"
                + "- 带上*身份证*\n<br>表格 | 一栏 |");
        assertThat(s).contains("办理地点").contains("村委会").contains("网上办事大厅").contains("带上身份证")
                .doesNotContain("http").doesNotContain("www").doesNotContainPattern("[#*<>|\\[\\]]");
    }

    @Test
    void dates_percentages_and_phone_numbers_are_read_naturally() {
        assertThat(Speech.derive("2025-10-09 起")).isEqualTo("2025年10月9日起");
        assertThat(Speech.derive("报销50%")).isEqualTo("报销百分之50");
        assertThat(Speech.derive("电话 0421-1234567")).isEqualTo("电话零四二幺，幺二三四五六七");
        assertThat(Speech.derive("1-3月")).isEqualTo("1到3月");
    }

    @Test
    void pieces_never_exceed_the_limit_and_keep_every_character_but_spaces() {
        String text = "第一句话比较短。" + "很长的一句话，".repeat(30) + "结束。";
        List<String> pieces = Speech.pieces(text, 40);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void every_sample_disclosure_has_a_speakable_form() {
        try (Corpus corpus = TestHomes.sample(home)) {
            Spoken spoken = new Spoken(cn.gongkai.config.Messages.load(
                    new cn.gongkai.config.ConfigFiles(new cn.gongkai.config.Home(home))));
            assertThat(corpus.all()).hasSizeGreaterThan(60);
            for (Disclosure d : corpus.all()) {
                String body = spoken.of(d.body());
                String answer = Speech.opening(spoken.of(d.summaryOrLead(600)), 200);
                assertThat(answer.length()).as(d.id()).isLessThanOrEqualTo(201);
                for (String text : List.of(body, answer, spoken.of(d.title()))) {
                    for (String piece : Speech.pieces(text, Phone.MAX_SAY)) {
                        TwimlRules.speakable(piece, Phone.MAX_SAY);
                    }
                }
            }
        }
    }
}
