package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, eleventh round, the no-answer side: near-topic questions that share real words with a
 * notice but ask for what it never says. A season or term the notices are not titled with
 * ({@link SeasonAsked}); a sum of money asked of notices that state none ({@link AmountAsked}); a
 * group of people written before a benefit the district gives to others ({@link UnpublishedKind});
 * a coined programme name right before it (煤改气取暖补贴); a cost the corpus never names written before
 * a subsidy ({@link HeadSubject}). The questions over the
 * sample are new ones, in no judged set.
 */
class SearchRoundElevenNoneTest {
    @TempDir Path dir;

    @Test
    void a_season_asked_keeps_notices_of_that_season_or_of_none() {
        assertThat(SeasonAsked.in("雨露计划春季学期什么时候申报")).isEqualTo("春");
        assertThat(SeasonAsked.in("冬天烧炕注意什么")).isEqualTo("冬");
        // A festival and a relative time are no seasons.
        assertThat(SeasonAsked.in("春节困难群众补贴")).isEmpty();
        assertThat(SeasonAsked.in("今冬烧煤钱给多少")).isEmpty();
        assertThat(SeasonAsked.titled("关于做好2026年秋冬季森林防火工作的通知")).isEqualTo("秋冬");
        assertThat(SeasonAsked.titled("关于发放2026—2027年冬春困难群众取暖救助金的公告")).isEqualTo("冬春");
        assertThat(SeasonAsked.titled("关于做好2025年元旦春节期间困难群众基本生活保障工作的通知")).isEmpty();
        // What a search keeps (HitFacts.keeps, from the bits stored at indexing).
        int autumn = SeasonAsked.bits(SeasonAsked.titled("关于做好2025年秋季学期雨露计划职业教育补助申报工作的通知"));
        int autumnWinter = SeasonAsked.bits(SeasonAsked.titled("关于做好2026年秋冬季森林防火工作的通知"));
        int none = SeasonAsked.bits(SeasonAsked.titled("关于做好2026年汛期安全防范工作的通知"));
        int spring = SeasonAsked.bits("春");
        int winter = SeasonAsked.bits("冬");
        assertThat(List.of(autumn, autumnWinter, none).stream().map(t -> SeasonAsked.answers(t, spring)).toList())
                .containsExactly(false, false, true);
        assertThat(List.of(autumn, autumnWinter, none).stream().map(t -> SeasonAsked.answers(t, winter)).toList())
                .containsExactly(false, true, true);
    }

    @Test
    void a_sum_asked_is_answered_only_by_a_notice_that_states_one() {
        assertThat(AmountAsked.asked("敬老院住一个月多少钱")).isTrue();
        assertThat(AmountAsked.asked("医保一年交多少")).isTrue();
        assertThat(AmountAsked.asked("住宿收费吗")).isTrue();
        // 多少 of days or items is no sum of money.
        assertThat(AmountAsked.asked("申请公开多少个工作日答复")).isFalse();
        assertThat(AmountAsked.asked("政府一年公开了多少条信息")).isFalse();
        assertThat(AmountAsked.states(doc("补贴", "每亩补贴105.5元。"))).isTrue();
        assertThat(AmountAsked.states(doc("补贴", "每人每月发放三百元。"))).isTrue();
        assertThat(AmountAsked.states(doc("公示", "| 户主 | 月保障金额（元） |"))).isTrue();
        assertThat(AmountAsked.states(doc("通知", "2025年元旦前完成排查。"))).isFalse();
        assertThat(AmountAsked.states(doc("通知", "汛期注意安全，及时转移。"))).isFalse();
        // A sum in the title or summary counts as one in the body does.
        assertThat(AmountAsked.states(doc("每人补助200元的通知", "见正文。"))).isTrue();
    }

    @Test
    void a_group_of_people_between_the_modifier_and_the_benefit_still_narrows_it() {
        assertThat(UnpublishedKind.before("被征地农民养老保险补贴", "征地", "养老保险")).isTrue();
        assertThat(UnpublishedKind.before("独生子女老人补贴", "独生子女", "老人补贴")).isTrue();
        // Something other than people between: the modifier says something else.
        assertThat(UnpublishedKind.before("征地以后养老保险", "征地", "养老保险")).isFalse();
        assertThat(UnpublishedKind.before("养老保险征地", "征地", "养老保险")).isFalse();
        assertThat(SpokenClasses.people("农民")).isTrue();
        assertThat(SpokenClasses.people("补贴")).isFalse();
    }

    @Test
    void a_coined_name_right_before_a_benefit_is_a_programme_not_speech() {
        QueryPlan.Term heating = new QueryPlan.Term("取暖补贴", java.util.Set.of("取暖补贴", "取暖救助"), false, false,
                false, 0.01);
        QueryPlan.Term coined = new QueryPlan.Term("煤改气", java.util.Set.of("煤改气"), false, true, false, 0);
        QueryPlan.Term fragment = new QueryPlan.Term("咋领", java.util.Set.of("咋领"), false, true, false, 0);
        assertThat(UnpublishedKind.asked("农村煤改气取暖补贴多少钱", List.of(heating, coined))).isTrue();
        // Not right against the benefit, or two letters of speech: how people talk.
        assertThat(UnpublishedKind.asked("煤改气以后取暖补贴", List.of(heating, coined))).isFalse();
        assertThat(UnpublishedKind.asked("咋领取暖补贴", List.of(heating, fragment))).isFalse();
    }

    @Test
    void over_the_sample_what_was_never_published_finds_nothing_and_its_neighbours_their_notice() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            // Seasons and terms no notice of the series is titled with.
            assertThat(ids(s, "春天秸秆禁烧有啥规定")).isEmpty();
            assertThat(ids(s, "学生资助春季学期什么时候发")).isEmpty();
            assertThat(ids(s, "雨露计划夏季学期补助怎么申报")).isEmpty();
            // Sums asked of notices that state none.
            assertThat(ids(s, "汛期转移安置每人补多少钱")).isEmpty();
            assertThat(ids(s, "一氧化碳报警器多少钱一个")).isEmpty();
            assertThat(ids(s, "安全生产月活动经费多少钱")).isEmpty();
            assertThat(ids(s, "避险转移以后住宿收费吗")).isEmpty();
            // A group the benefit is not for; a cost no notice names.
            assertThat(ids(s, "失地农民养老保险怎么交")).isEmpty();
            assertThat(ids(s, "残疾人路费补助")).isEmpty();
            assertThat(ids(s, "农村煤改气取暖补贴多少钱")).isEmpty();
            // Their published neighbours still answer.
            assertThat(ids(s, "雨露计划秋季学期补助什么时候申报")).contains("QH-2026-0012");
            assertThat(ids(s, "春季防火期从几月开始")).containsAnyOf("QH-2026-0003", "QH-2025-0006")
                    .doesNotContain("QH-2025-0029");
            assertThat(ids(s, "冬天烧炕注意什么")).contains("QH-2025-0039");
            assertThat(ids(s, "耕地地力补贴每亩多少钱")).contains("QH-2026-0004");
            assertThat(ids(s, "高龄津贴一个月给多少钱")).contains("QH-2026-0005");
            assertThat(ids(s, "城乡居民养老保险怎么交")).contains("QH-2026-0002");
            assertThat(ids(s, "困难残疾人生活补贴多少钱")).contains("QH-2025-0022");
            assertThat(ids(s, "低保户取暖补贴什么时候发")).contains("QH-2026-0018");
        }
    }

    private static Disclosure doc(String title, String body) {
        return new Disclosure("D-" + title.hashCode(), title, null, null, "民政局", "社会救助", "通知",
                LocalDate.of(2025, 9, 1), null, List.of(), null, body, null);
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
