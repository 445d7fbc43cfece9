package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, twelfth round, the no-answer side: near-topic questions whose one specific word a
 * notice shares. An everyday thing the corpus never names, in the name of a benefit (地膜补贴,
 * 技能培训补贴) or after the word that says whose it is (账户余额), is what was asked
 * ({@link UnpublishedKind}); a listed word no notice has as typed is not a topic its reading's
 * passing mentions make (上户口 → 户口簿); a benefit asked with no village is not answered by a
 * village's own project ({@link SearchService}). The questions are new ones, in no judged set.
 */
class SearchRoundTwelveNoneTest {
    @TempDir Path dir;

    @Test
    void an_everyday_thing_is_one_the_thesaurus_files_as_a_thing_and_the_dictionary_knows_well() {
        assertThat(UnpublishedKind.thing("地膜")).isTrue();
        assertThat(UnpublishedKind.thing("余额")).isTrue();
        // A person, a fragment nobody writes, a doing: no thing.
        assertThat(UnpublishedKind.thing("老头")).isFalse();
        assertThat(UnpublishedKind.thing("招人")).isFalse();
        assertThat(UnpublishedKind.thing("看见")).isFalse();
        assertThat(UnpublishedKind.unpublishedThing(unknown("余额"))).isTrue();
        // Known to the corpus, or too rare in general Chinese to be surely a thing (给养 in 公家给养起来).
        assertThat(UnpublishedKind.unpublishedThing(known("余额", false))).isFalse();
        assertThat(UnpublishedKind.unpublishedThing(unknown("给养"))).isFalse();
    }

    @Test
    void such_a_thing_in_the_run_before_a_benefit_names_a_kind_never_published() {
        List<QueryPlan.Term> terms = List.of(known("雨露计划", false), unknown("技能"), known("培训", true),
                known("补贴", true));
        assertThat(UnpublishedKind.thingBeforeBenefit("雨露计划技能培训补贴怎么领", terms)).isTrue();
        // A word between that is no word of the question breaks the run: the thing is not what the money is for.
        assertThat(UnpublishedKind.thingBeforeBenefit("雨露计划技能好不好培训补贴", terms)).isFalse();
        assertThat(UnpublishedKind.thingBeforeBenefit("雨露计划培训补贴要什么技能", terms)).isFalse();
    }

    @Test
    void the_everyday_word_before_such_a_thing_says_whose_it_is_and_must_match() {
        QueryPlan.Term account = known("账户", true);
        List<QueryPlan.Term> out = UnpublishedKind.ownersOfThings("医保个人账户余额怎么查",
                List.of(known("医保", false), known("个人", true), account, unknown("余额")));
        assertThat(out.get(2).generic()).isFalse();
        // 个人 is not right before the thing: it stays everyday.
        assertThat(out.get(1).generic()).isTrue();
        // Not before the thing: nothing changes.
        assertThat(UnpublishedKind.ownersOfThings("账户里余额怎么查", List.of(account, unknown("余额"))).get(0).generic())
                .isTrue();
    }

    @Test
    void a_listed_word_no_notice_has_as_typed_is_no_topic_when_its_reading_is_in_passing() {
        QueryPlan.Term typed = new QueryPlan.Term("着火", Set.of("着火", "火灾"), false, false, false, 0.2, false, true);
        QueryPlan.Term untyped = new QueryPlan.Term("上户口", Set.of("上户口", "户口"), false, false, false, 0.2, false,
                false);
        assertThat(QueryFactory.onlyInTitle(List.of(typed))).isFalse();
        assertThat(QueryFactory.onlyInTitle(List.of(untyped))).isTrue();
        assertThat(HeadSubject.asksBenefit("自家盖大棚政府给补贴吗")).isTrue();
        assertThat(HeadSubject.asksBenefit("马家营扣大棚区里给钱了")).isFalse();
    }

    @Test
    void over_the_sample_near_topic_questions_find_nothing_and_their_neighbours_their_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // A benefit for anyone; only a village's collective project builds greenhouses.
            assertThat(ids(s, "自家盖大棚政府给补贴吗", null)).isEmpty();
            assertThat(ids(s, "农户自己建冷棚有补贴吗", null)).isEmpty();
            // A material or a course the corpus never names, in a benefit's name.
            assertThat(ids(s, "塑料薄膜补贴每亩给多少", null)).isEmpty();
            assertThat(ids(s, "农膜补贴每亩给多少钱", null)).isEmpty();
            assertThat(ids(s, "雨露计划技能培训补贴怎么领", null)).isEmpty();
            // A rarer thing no notice names is not found by its sound across two words (ji|she).
            assertThat(ids(s, "个人建鸡舍有补贴吗", null)).isEmpty();
            // A personal account's balance; registering a baby.
            assertThat(ids(s, "养老保险个人账户余额查询", null)).isEmpty();
            assertThat(ids(s, "养老金账户余额查询", null)).isEmpty();
            assertThat(ids(s, "孩子出生了怎么落户口", null)).isEmpty();
            assertThat(ids(s, "刚生的孩子上户口去哪办", null)).isEmpty();
            // Their published neighbours still answer.
            assertThat(ids(s, "马家营村大棚补贴", null)).contains("QH-2025-0028");
            assertThat(ids(s, "大棚补贴", "马家营村")).contains("QH-2025-0028");
            assertThat(ids(s, "公益岗工资一个月多少", null)).contains("QH-2026-0008");
            assertThat(ids(s, "危房改造补助标准", null)).contains("QH-2025-0011");
            assertThat(ids(s, "改厕补贴多少钱", null)).contains("QH-2025-0010");
            assertThat(ids(s, "养老保险个人缴费档次", null)).contains("QH-2026-0002");
            assertThat(ids(s, "医保一年交多少钱", null)).contains("QH-2026-0013");
            assertThat(ids(s, "山上着火了打啥电话", null)).containsAnyOf("QH-2026-0003", "QH-2026-0015", "QH-2024-0003");
            assertThat(ids(s, "家里着了火能申请临时救助吗", null)).contains("QH-2025-0005");
        }
    }

    private static QueryPlan.Term unknown(String w) {
        return new QueryPlan.Term(w, Set.of(w), false, true, false, 0, false, false);
    }

    private static QueryPlan.Term known(String w, boolean everyday) {
        return new QueryPlan.Term(w, Set.of(w), false, false, everyday, 0.03, false, true);
    }

    private static List<String> ids(SearchService s, String q, String village) {
        return s.search(SearchRequest.of(q).withVillage(village).page(0, 5)).hits().stream()
                .map(h -> h.disclosure().id()).toList();
    }
}
