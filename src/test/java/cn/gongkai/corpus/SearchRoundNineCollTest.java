package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, ninth round, colloquial side: the shipped Northeast lexicon grown notice by notice, a
 * spoken word the thesaurus files as time, feature, action, mind or state never holds back a listed
 * subject, the spoken yes-or-no form (修不修) and an age said without 岁 (俺爹八十五).
 */
class SearchRoundNineCollTest {
    @TempDir Path dir;

    @Test
    void the_thesaurus_classes_of_when_how_and_feeling_name_no_subject() {
        assertThat(SpokenClasses.notASubject("开春")).isTrue();   // Ca, time
        assertThat(SpokenClasses.notASubject("结实")).isTrue();   // E, I: a feature
        assertThat(SpokenClasses.notASubject("叫唤")).isTrue();   // Fc, an action of the body
        // Things, abstract matters, activities and people may name what was never published.
        assertThat(SpokenClasses.notASubject("铲车")).isFalse();  // Bo
        assertThat(SpokenClasses.notASubject("幼儿园")).isFalse(); // Dm
        assertThat(SpokenClasses.notASubject("备案")).isFalse();  // Hc
        assertThat(SpokenClasses.notASubject("公务员")).isFalse(); // Ae
        assertThat(SpokenClasses.notASubject("宅基地")).isFalse(); // Cb, a place
        assertThat(SpokenClasses.notASubject("光伏")).isFalse();  // not in the thesaurus
        // Only a word the corpus lacks steps back; read through AskerWords beside an anchor.
        QueryPlan.Term spring = new QueryPlan.Term("开春", Set.of("开春"), true, true, false);
        assertThat(AskerWords.about(spring)).isTrue();
        Synonyms s = Synonyms.parse("dialect.txt", "点火, 动火, 森林防火\n");
        QueryPlan.Term anchor = new QueryPlan.Term("点火", s.expand("点火"), false, false, false, 0.02);
        assertThat(Anchors.apply(List.of(anchor, spring), s, "开春点火")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
    }

    @Test
    void every_thesaurus_line_files_its_words_under_its_two_letter_class() {
        // The class table is read once at start-up; read directly here so a wrong parse shows.
        var classes = SpokenClasses.classes(List.of(
                "\uFEFFCa18A01= 开春 初春",
                "Bo21A01= 铲车 推土机",
                "Ca18A02# 开春",
                "Ka01",
                "Ee01A01@ 结实 x"));
        assertThat(classes.get("开春")).containsExactly("Ca");
        assertThat(classes.get("初春")).containsExactly("Ca");
        assertThat(classes.get("铲车")).containsExactly("Bo");
        assertThat(classes.get("结实")).containsExactly("Ee");
        assertThat(classes).doesNotContainKeys("x", "Ka01");
        assertThat(classes).hasSize(5);
    }

    @Test
    void the_spoken_yes_or_no_question_is_a_gap() {
        assertThat(SpokenForms.aNotA("三轮车拉人查不查")).isEqualTo("三轮车拉人 ");
        assertThat(SpokenForms.aNotA("花钱不花钱")).isEqualTo(" ");
        assertThat(SpokenForms.aNotA("坏道修不修")).isEqualTo("坏道 ");
        assertThat(SpokenForms.aNotA("不让烧")).isEqualTo("不让烧");
        assertThat(SpokenForms.aNotA("到没到账")).isEqualTo("到没到账");
    }

    @Test
    void an_age_said_without_sui_is_an_age() {
        assertThat(SpokenForms.bareAges("俺爹八十五一个月给几个钱")).isEqualTo("俺爹八十五岁一个月给几个钱");
        assertThat(SpokenForms.bareAges("老太太九十了")).isEqualTo("老太太九十岁了");
        assertThat(SpokenForms.bareAges("老人过了八十给多少")).isEqualTo("老人过了八十岁给多少");
        // Money, land and years are no age.
        assertThat(SpokenForms.bareAges("一亩地八十块")).isEqualTo("一亩地八十块");
        assertThat(SpokenForms.bareAges("人八十元")).isEqualTo("人八十元");
        assertThat(SpokenForms.bareAges("交了三年")).isEqualTo("交了三年");
    }

    @Test
    void over_the_sample_the_grown_lexicon_and_the_rules_reach_their_notices_and_unpublished_topics_nothing() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // Lexicon lines of round nine (推倒重建, 污水, 撂荒, 危桥, 农机).
            assertThat(ids(s, "房子推了重盖给多少")).contains("QH-2025-0011");
            assertThat(ids(s, "屯子里脏水往哪排")).contains("QH-2025-0012");
            assertThat(ids(s, "地扔着没种还给钱不")).containsAnyOf("QH-2025-0009", "QH-2026-0004");
            assertThat(ids(s, "买台铲车给补贴不")).contains("QH-2025-0007");
            // The rules: a time word beside a listed subject, the yes-or-no form, an age without 岁.
            assertThat(ids(s, "开春上山能不能点火烧草")).containsAnyOf("QH-2024-0003", "QH-2025-0006", "QH-2026-0003");
            assertThat(ids(s, "俺爹八十五一个月给几个钱")).contains("QH-2026-0005");
            // Near topics the district never published still find nothing.
            assertThat(ids(s, "买化肥有补贴没")).isEmpty();
            assertThat(ids(s, "养牛补贴一头给多少")).isEmpty();
            assertThat(ids(s, "老人坐公交车免费不")).isEmpty();
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
