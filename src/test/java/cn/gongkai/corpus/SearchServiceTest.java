package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir static Path home;
    static Corpus corpus;

    @BeforeAll
    static void index() {
        corpus = TestHomes.corpusOf(home, TestHomes.resource("/import/good"));
    }

    @AfterAll
    static void close() {
        corpus.close();
    }

    private List<String> ids(String q) {
        return ids(SearchRequest.of(q));
    }

    private List<String> ids(SearchRequest r) {
        return corpus.search().search(r).hits().stream().map(h -> h.disclosure().id()).toList();
    }

    @Test
    void newer_notice_on_the_same_topic_ranks_first() {
        assertThat(ids("森林防火")).containsExactly("FX-2025-01", "FX-2024-01");
    }

    @Test
    void in_force_document_ranks_above_the_repealed_one_which_is_marked() {
        SearchResult r = corpus.search().search(SearchRequest.of("临时救助"));
        assertThat(r.hits()).extracting(h -> h.disclosure().id()).containsExactly("GF-2025-05", "GF-2023-02");
        assertThat(r.hits().get(0).inForce()).isTrue();
        assertThat(r.hits().get(1).inForce()).isFalse();
    }

    @Test
    void homophone_typo_finds_the_word_it_sounds_like() {
        assertThat(ids("森林放火")).first().isEqualTo("FX-2025-01");
        assertThat(ids("临时就助")).first().isEqualTo("GF-2025-05");
    }

    @Test
    void pinyin_initials_find_the_title() {
        assertThat(ids("slfh")).contains("FX-2025-01");
        assertThat(ids("SLFH")).contains("FX-2025-01");
    }

    @Test
    void a_villagers_own_village_comes_first_and_district_documents_are_still_found() {
        assertThat(ids(SearchRequest.of("公路硬化").withVillage("石门村"))).containsExactly("CW-2025-SM-03", "JT-2025-01");
        assertThat(ids("石门村公路")).first().isEqualTo("CW-2025-SM-03");
    }

    @Test
    void a_whole_question_is_reduced_to_its_content_words() {
        assertThat(ids("请问今年医疗保险要交多少钱啊？")).first().isEqualTo("medical");
    }

    @Test
    void unrelated_question_finds_nothing_rather_than_junk() {
        assertThat(ids("演唱会门票怎么买")).isEmpty();
        assertThat(ids("比特币价格")).isEmpty();
    }

    @Test
    void snippet_marks_the_words_that_matched() {
        SearchHit hit = corpus.search().search(SearchRequest.of("森林放火")).hits().get(0);
        assertThat(hit.highlights()).isNotEmpty();
        int[] first = hit.highlights().get(0);
        assertThat(hit.snippet().substring(first[0], first[1])).isIn("森林", "防火");
    }

    @Test
    void filters_by_category_and_type() {
        assertThat(ids(SearchRequest.of("临时救助").withCategory("应急管理"))).isEmpty();
        assertThat(corpus.search().search(new SearchRequest("", null, "社会救助", null, null, null, 0, 10)).total())
                .isEqualTo(2);
    }

    @Test
    void no_input_of_any_kind_raises_an_error() {
        String big = "森林防火".repeat(500_000);
        List<String> hostile = List.of("AND(", "*", "\"", "~", "\\", "a:b", "title:x OR", "((((", "[1 TO 2]", "",
                "   ", "\u0000\u0007\u001b[2J", "😀🔥👍", "森林防火😀", "'; DROP TABLE inquiries;--", "\uD800",
                "%00%ff", "?*?*", big);
        for (String q : hostile) {
            assertThatCode(() -> corpus.search().search(SearchRequest.of(q))).as("query %.20s", q).doesNotThrowAnyException();
        }
        assertThat(ids("*")).isEmpty();
        assertThat(ids(big)).first().isEqualTo("FX-2025-01");
    }

    @Test
    void paging_returns_the_next_results() {
        SearchResult first = corpus.search().search(SearchRequest.of("森林防火").page(0, 1));
        SearchResult second = corpus.search().search(SearchRequest.of("森林防火").page(1, 1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.hits().get(0).disclosure().id()).isNotEqualTo(second.hits().get(0).disclosure().id());
    }
}
