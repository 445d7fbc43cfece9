package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters tapped on the A–Z keyboard bring up the words they begin, above the keyboard; a tap finishes the word. */
class KioskSuggestionsTest {
    @TempDir Path home;

    private static void letter(KioskHarness k, String l) {
        k.tapAt(k.button(l).getPosition().getColumn() + 2, k.button(l).getPosition().getRow() + 1);
    }

    @Test
    void letters_show_candidate_words_ranked_by_what_residents_ask_and_a_tap_searches_the_word() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("搜索");
            // Nothing typed: the hot words.
            assertThat(k.text()).contains("1 低保", "2 养老保险", "3 森林防火");
            letter(k, "D");
            SearchScreen s = (SearchScreen) k.kiosk.screen();
            // A hot word first (residents ask it most), then the district's own words with a D.
            assertThat(s.suggestions("d")).first().isEqualTo("低保");
            assertThat(s.suggestions("d")).hasSize(SearchScreen.MAX_SUGGESTIONS)
                    .allMatch(w -> cn.gongkai.corpus.Pinyin.initialSpellings(w).stream().anyMatch(p -> p.startsWith("d")));
            assertThat(k.text()).contains("1 低保").doesNotContain("2 养老保险");
            letter(k, "B");
            assertThat(k.text()).contains("已输入：DB", "1 低保");
            k.assertAligned();
            k.tap("低保");
            assertThat(k.kiosk.screen()).isInstanceOf(ResultsScreen.class);
            assertThat(k.text()).contains("最低生活保障");
        }
    }

    @Test
    void a_slip_offers_the_word_meant_first_and_its_notices_are_the_ones_listed_below() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("搜索");
            // ylhj for yljh: one slip from 雨露计划 (the district's word) and from 养老钱交 (a lexicon word).
            for (String l : List.of("Y", "L", "H", "J")) {
                letter(k, l);
            }
            assertThat(k.text()).contains("已输入：YLHJ", "1 雨露计划", "2 养老钱交");
            // The first result under the keyboard is the programme's newest notice, as tapping the word gives.
            assertThat(k.text()).contains("5 关于做好2026年秋季学期雨露计划");
            k.assertAligned();
            k.tap("雨露计划");
            assertThat(k.kiosk.screen()).isInstanceOf(ResultsScreen.class);
            assertThat(k.text()).contains("关于做好2026年秋季学期雨露计划").doesNotContain("养老保险");
        }
    }
}
