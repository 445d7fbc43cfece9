package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One slip on the kiosk's letter keyboard, and the post words matched by their duty (round ten). */
class InitialSlipsTest {
    private static Map<String, List<String>> words() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("yljh", List.of("雨露计划"));
        m.put("gyxgw", List.of("公益性岗位"));
        m.put("dbz", List.of("低保证"));
        m.put("ylbx", List.of("养老保险", "医疗保险"));
        return m;
    }

    @Test
    void two_neighbours_swapped_or_one_letter_wrong_is_one_slip() {
        assertThat(InitialSlips.oneSlip("ylhj", "yljh")).isTrue();
        assertThat(InitialSlips.oneSlip("ggxgw", "gyxgw")).isTrue();
        assertThat(InitialSlips.oneSlip("yljh", "yljh")).as("no slip at all is not a slip").isFalse();
        assertThat(InitialSlips.oneSlip("hjly", "yljh")).as("four letters differ").isFalse();
        assertThat(InitialSlips.oneSlip("ylhx", "yljh")).as("two letters differ, not a swap").isFalse();
        assertThat(InitialSlips.oneSlip("lyjh", "yljh")).as("the first two swapped").isTrue();
        assertThat(InitialSlips.oneSlip("yljhx", "yljh")).as("lengths differ").isFalse();
        assertThat(InitialSlips.oneSlip("yljq", "yljh")).as("the last letter wrong").isTrue();
    }

    @Test
    void near_finds_the_words_one_slip_away_from_four_letters_on() {
        assertThat(InitialSlips.near("ylhj", words())).containsExactly("雨露计划");
        assertThat(InitialSlips.near("ylbq", words())).containsExactly("养老保险", "医疗保险");
        assertThat(InitialSlips.near("dbx", words())).as("three letters are too few").isEmpty();
        assertThat(InitialSlips.near(null, words())).isEmpty();
        assertThat(InitialSlips.near("qqqq", words())).isEmpty();
    }

    @Test
    void a_post_word_is_matched_by_its_duty_unless_that_is_an_everyday_word() {
        assertThat(DutyWords.duty("护林员")).isEqualTo("护林");
        assertThat(DutyWords.duty("AB员")).as("letters are no duty").isNull();
        assertThat(DutyWords.duty("员")).isNull();
        assertThat(DutyWords.duty("护林")).as("not a post word").isNull();
    }
}
