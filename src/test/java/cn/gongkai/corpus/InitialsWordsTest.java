package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, A–Z keyboard: several words the same letters spell (exactly or one slip away) are
 * ranked by what residents ask, one order for the kiosk's candidate row and the search; two or
 * three letters that spell nothing still find nothing; a word no title names is found in bodies.
 */
class InitialsWordsTest {
    @TempDir Path dir;

    /** 低保 and 医保 the district's own; 地补 and 药费 only the dialect lexicon's. */
    private static final Synonyms WORDS = new Synonyms(List.of(
            List.of("低保", "最低生活保障"), List.of("医保", "医疗保险"),
            List.of("地补", "耕地地力保护补贴"), List.of("药费", "医疗费")), 2);

    @Test
    void asked_words_first_then_the_districts_then_fewer_letters_then_the_more_used() {
        Map<String, Double> use = Map.of("低保", 1.0, "医保", 3.0, "地补", 9.0, "药费", 0.5);
        InitialsWords ranking = new InitialsWords(WORDS, w -> use.getOrDefault(w, 0.0));
        assertThat(ranking.rank(List.of("地补", "低保", "医保", "药费"), List.of()))
                .as("district before dialect, then the more notices")
                .containsExactly("医保", "低保", "地补", "药费");
        assertThat(ranking.rank(List.of("地补", "低保", "医保", "药费"), List.of("药费", "低保")))
                .as("the words residents ask most come first, in their order")
                .containsExactly("药费", "低保", "医保", "地补");
        assertThat(ranking.rank(List.of("低保", "低保", "医保"), List.of())).containsExactly("医保", "低保");
        Map<String, Integer> letters = Map.of("低保", 2, "医保", 3, "地补", 2, "药费", 2);
        assertThat(List.of("药费", "地补", "医保", "低保").stream().sorted(ranking.order(List.of(), letters::get)).toList())
                .as("the kiosk offers shorter spellings first, within the district's and the lexicon's")
                .containsExactly("低保", "医保", "地补", "药费");
        // The first two as the whole order has them; 药费 (one letter more) is never counted.
        java.util.Set<String> counted = new java.util.HashSet<>();
        InitialsWords counting = new InitialsWords(WORDS, w -> {
            counted.add(w);
            return use.getOrDefault(w, 0.0);
        });
        Map<String, Integer> longer = Map.of("低保", 2, "医保", 2, "地补", 2, "药费", 3);
        assertThat(counting.first(List.of("药费", "地补", "医保", "低保"), List.of(), longer::get, 2))
                .containsExactly("医保", "低保");
        assertThat(counted).doesNotContain("药费", "地补");
        assertThat(counting.first(List.of("药费", "地补"), List.of(), longer::get, 3)).containsExactly("地补", "药费");
        InitialsWords unused = new InitialsWords(WORDS, w -> 0);
        assertThat(unused.rank(List.of("医保", "低保"), List.of())).as("ties by the word").containsExactly("低保", "医保");
    }

    @Test
    void notices_are_counted_only_for_words_that_can_still_reach_the_row() {
        Map<String, Double> use = Map.of("低保", 1.0, "医保", 3.0, "地补", 9.0, "药费", 0.5);
        java.util.Set<String> counted = new java.util.HashSet<>();
        InitialsWords counting = new InitialsWords(WORDS, w -> {
            counted.add(w);
            return use.getOrDefault(w, 0.0);
        });
        // All four spelled by two letters: the district's two fill a row of two, whatever the
        // lexicon's two score; those two tie with each other but are never weighed.
        Map<String, Integer> two = Map.of("低保", 2, "医保", 2, "地补", 2, "药费", 2);
        assertThat(counting.first(List.of("药费", "地补", "医保", "低保"), List.of(), two::get, 2))
                .containsExactly("医保", "低保");
        assertThat(counted).containsExactlyInAnyOrder("医保", "低保");
        // A row of three takes the better-used of the lexicon's two, so both are weighed.
        counted.clear();
        assertThat(counting.first(List.of("药费", "地补", "医保", "低保"), List.of(), two::get, 3))
                .containsExactly("医保", "低保", "地补");
        assertThat(counted).contains("地补", "药费");
        // A row with no room offers nothing.
        assertThat(counting.first(List.of("药费", "地补", "医保", "低保"), List.of(), two::get, 0)).isEmpty();
    }

    @Test
    void the_districts_words_of_a_spelling_mean_it_the_lexicons_only_where_it_has_none() {
        assertThat(InitialsWords.preferDistrict(List.of("地补", "低保"), WORDS)).containsExactly("低保");
        assertThat(InitialsWords.preferDistrict(List.of("地补", "药费"), WORDS)).containsExactly("地补", "药费");
    }

    @Test
    void a_slip_means_the_word_residents_ask_more_and_the_kiosk_offers_it_first() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // ylhj is one slip from 雨露计划 (district) and from 养老钱交 (dialect): the programme's notices first.
            assertThat(ids(s, "ylhj", 3)).containsExactly("QH-2026-0012", "QH-2025-0023", "QH-2024-0011");
            assertThat(s.suggest("ylhj", List.of(), 4)).containsExactly("雨露计划", "养老钱交");
            // Not in any judged set: bdbz is one slip from 低保标准 (district) and three lexicon words.
            assertThat(s.suggest("bdbz", List.of(), 4)).first().isEqualTo("低保标准");
            assertThat(ids(s, "bdbz", 3)).containsExactlyInAnyOrderElementsOf(ids(s, "低保标准", 3));
            // ybfx: 医保报销 (district) before 药费报销 (dialect); the medical-insurance notices.
            assertThat(s.suggest("ybfx", List.of(), 4)).containsExactly("医保报销", "药费报销");
            assertThat(ids(s, "ybfx", 3)).containsExactly("QH-2026-0013", "QH-2025-0026", "QH-2024-0007");
            // The second word's notices still come, after the first's.
            assertThat(ids(s, "ylhj", 5)).endsWith("QH-2026-0002", "QH-2025-0003");
        }
    }

    @Test
    void the_top_candidate_answers_as_the_letters_do_and_hot_words_lead_the_row() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            for (String letters : List.of("db", "yb", "gyg", "ylhj", "gyxgq", "fx")) {
                String top = s.suggest(letters, List.of(), 4).get(0);
                assertThat(ids(s, letters, 3)).as(letters + " and its first candidate " + top)
                        .containsExactlyInAnyOrderElementsOf(ids(s, top, 3));
            }
            // A hot word the letters begin comes first, as the kiosk's row shows it.
            assertThat(s.suggest("d", List.of("补贴", "低保"), 4)).first().isEqualTo("低保");
            assertThat(s.suggest("db", List.of(), 6)).first().isEqualTo("低保");
        }
    }

    @Test
    void two_or_three_letters_that_spell_nothing_find_nothing_and_real_ones_their_topic() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // No known word, no title's letters, and too short for a slip (dbx is one letter from dbz).
            for (String nothing : List.of("kx", "zzx", "mzq", "wfx", "lkz", "dbx", "jzq", "hjq")) {
                assertThat(ids(s, nothing, 3)).as(nothing).isEmpty();
                assertThat(s.suggest(nothing, List.of(), 4)).as(nothing).isEmpty();
            }
            assertThat(ids(s, "db", 3)).containsExactly("QH-2025-0017", "QH-2025-0033", "QH-2025-0018");
            assertThat(ids(s, "yb", 3)).containsExactly("QH-2026-0013", "QH-2025-0026", "QH-2024-0007");
            assertThat(ids(s, "gyg", 3)).containsExactlyInAnyOrder("QH-2026-0008", "QH-2025-0008", "QH-2025-0035");
        }
    }

    @Test
    void a_word_no_title_names_is_found_where_bodies_name_it_if_it_is_rare() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // 防汛 is named only in the flood notices' bodies (and a village account's summary, in passing).
            assertThat(ids(s, "fx", 3)).startsWith("QH-2025-0016").contains("QH-2026-0009")
                    .doesNotContain("QH-2025-0021");
            // Not in any judged set: 防洪 and 防溺水, also named in bodies only.
            assertThat(ids(s, "fh", 3)).contains("QH-2025-0016", "QH-2026-0009");
            assertThat(ids(s, "fns", 3)).contains("QH-2026-0009");
            // A word no notice names anywhere still finds nothing (qz: 求职).
            assertThat(ids(s, "qz", 3)).isEmpty();
        }
    }

    private static List<String> ids(SearchService s, String q, int n) {
        return s.search(SearchRequest.of(q).page(0, n)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
