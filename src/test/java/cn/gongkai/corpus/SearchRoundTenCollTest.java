package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, tenth round, colloquial side: questions whose subject the corpus has but that found
 * nothing — a rare thing named only in a notice's body (化粪池), a post asked by its title where the
 * notice names the duty (护路员 / 护路), a slip on the A–Z keyboard, a done action before 补贴 (种了),
 * the asker's home (家里困难), and the spoken "is it allowed" (犯不犯法).
 */
class SearchRoundTenCollTest {
    @TempDir Path dir;

    @Test
    void one_slip_is_a_wrong_letter_or_two_neighbours_swapped() {
        assertThat(InitialSlips.oneSlip("ggxgw", "gyxgw")).isTrue();
        assertThat(InitialSlips.oneSlip("ylhj", "yljh")).isTrue();
        assertThat(InitialSlips.oneSlip("ylhj", "ylhj")).isFalse();
        assertThat(InitialSlips.oneSlip("ggxgx", "gyxgw")).isFalse();  // two letters wrong
        assertThat(InitialSlips.oneSlip("ylhjx", "yljh")).isFalse();   // another length
        assertThat(InitialSlips.oneSlip("lyhj", "yljh")).isFalse();    // swapped, but not these two
        Map<String, List<String>> spelled = Map.of("gyxgw", List.of("公益性岗位"), "db", List.of("低保"));
        assertThat(InitialSlips.near("ggxgw", spelled)).containsExactly("公益性岗位");
        // Two or three letters one slip away spell too much: nothing.
        assertThat(InitialSlips.near("dp", spelled)).isEmpty();
    }

    @Test
    void a_post_is_also_named_by_its_duty_unless_that_is_an_everyday_word() {
        assertThat(DutyWords.duty("护林员")).isEqualTo("护林");
        assertThat(DutyWords.duty("护路员")).isEqualTo("护路");
        assertThat(DutyWords.duty("信息员")).isNull();   // 信息 is everyday
        assertThat(DutyWords.duty("员")).isNull();
        assertThat(DutyWords.duty("护林")).isNull();
        QueryPlan.Term post = new QueryPlan.Term("看山的", Set.of("看山的", "护林员"), false);
        assertThat(DutyWords.apply(List.of(post), w -> w.equals("护林")).get(0).alternatives())
                .containsExactlyInAnyOrder("看山的", "护林员", "护林");
        assertThat(DutyWords.apply(List.of(post), w -> false).get(0)).isSameAs(post);
    }

    @Test
    void a_rare_thing_may_be_found_in_a_body_but_a_doing_may_not() {
        QueryPlan.Term tank = new QueryPlan.Term("化粪池", Set.of("化粪池"), false, false, false, 0.03);
        assertThat(BodyRoute.rareTopic(tank)).isTrue();
        assertThat(BodyRoute.rareTopic(new QueryPlan.Term("化粪池", Set.of("化粪池"), false, false, false, 0))).isFalse();
        // The thesaurus files 补办 as an activity: a body mentioning it in passing is not about it.
        assertThat(SpokenClasses.doing("补办")).isTrue();
        assertThat(SpokenClasses.doing("无人机")).isFalse();
        assertThat(BodyRoute.rareTopic(new QueryPlan.Term("补办", Set.of("补办"), false, false, false, 0.03))).isFalse();
    }

    @Test
    void an_everyday_word_said_of_the_askers_home_is_a_circumstance() {
        QueryPlan.Term hard = new QueryPlan.Term("困难", Set.of("困难"), false, false, false, 0.2, true);
        assertThat(Anchors.atHome(hard, "孩子念技校家里困难给钱不")).isTrue();
        assertThat(Anchors.atHome(hard, "困难群众取暖")).isFalse();
    }

    @Test
    void over_the_sample_these_questions_reach_their_notices_and_near_topics_still_find_nothing() {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "化粪池满了找谁抽")).contains("QH-2025-0010");
            assertThat(ids(s, "当护路员现在一个月给多少")).contains("QH-2026-0008");
            assertThat(ids(s, "ggxgw")).containsAnyOf("QH-2025-0008", "QH-2026-0008");
            assertThat(ids(s, "俺家地包给别人种了补贴谁领")).contains("QH-2025-0009");
            assertThat(ids(s, "闺女念技校家里困难有补助不")).containsAnyOf("QH-2024-0011", "QH-2025-0023", "QH-2026-0012");
            assertThat(ids(s, "山边放孔明灯犯不犯法")).contains("QH-2026-0015");
            // A lost card's 补办 in some body, unknown fees and near subsidies: still nothing.
            assertThat(ids(s, "医保卡丢了咋补办")).isEmpty();
            assertThat(ids(s, "养牛补贴一头给多少")).isEmpty();
            assertThat(ids(s, "今年苞米收购价多少钱一斤")).isEmpty();
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 3)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
