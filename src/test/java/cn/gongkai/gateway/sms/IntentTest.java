package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Intent}: what a text asks for (stop, start, help, more, a pick, a command, a search), and how it is cleaned first. */
class IntentTest {

    @Test
    void a_bare_stop_word_is_a_full_opt_out_and_unsubscribe_with_a_topic_is_not() {
        assertThat(Intent.parse("退订")).isEqualTo(new Intent.Unsubscribe(null, "退订"));
        assertThat(Intent.parse("td")).isEqualTo(new Intent.Unsubscribe(null, "TD"));
        assertThat(Intent.parse("Stop!")).isEqualTo(new Intent.Unsubscribe(null, "STOP"));
        assertThat(Intent.parse("退订 低保")).isEqualTo(new Intent.Unsubscribe("低保", "退订"));
        assertThat(Intent.parse("退订低保")).isEqualTo(new Intent.Unsubscribe("低保", "退订"));
        assertThat(Intent.parse("退订：低保 ")).isEqualTo(new Intent.Unsubscribe("低保", "退订"));
    }

    @Test
    void start_help_more_and_feedback_words() {
        assertThat(Intent.parse("start")).isEqualTo(new Intent.Start("START"));
        assertThat(Intent.parse("恢复")).isEqualTo(new Intent.Start("恢复"));
        assertThat(Intent.parse("")).isEqualTo(new Intent.Help());
        assertThat(Intent.parse("帮助。")).isEqualTo(new Intent.Help());
        assertThat(Intent.parse("？？")).isEqualTo(new Intent.Help());
        assertThat(Intent.parse("更多")).isEqualTo(new Intent.More());
        assertThat(Intent.parse("下一页")).isEqualTo(new Intent.More());
        assertThat(Intent.parse("还有")).isEqualTo(new Intent.More());
        assertThat(Intent.parse("满意")).isEqualTo(new Intent.Feedback(true));
        assertThat(Intent.parse("有用")).isEqualTo(new Intent.Feedback(true));
        assertThat(Intent.parse("不满意")).isEqualTo(new Intent.Feedback(false));
        assertThat(Intent.parse("没用")).isEqualTo(new Intent.Feedback(false));
    }

    @Test
    void picks_in_digits_and_chinese_numerals() {
        assertThat(Intent.parse("2")).isEqualTo(new Intent.Pick(2));
        assertThat(Intent.parse("第12条")).isEqualTo(new Intent.Pick(12));
        assertThat(Intent.parse("三")).isEqualTo(new Intent.Pick(3));
        assertThat(Intent.parse("第十个")).isEqualTo(new Intent.Pick(10));
        assertThat(Intent.parse("1234")).isEqualTo(new Intent.Search("1234"));
    }

    @Test
    void commands_and_the_difference_between_asking_how_to_apply_and_applying() {
        assertThat(Intent.parse("申请公开 2024年村集体账目")).isEqualTo(new Intent.Apply("2024年村集体账目"));
        assertThat(Intent.parse("申请公开村集体账目")).isEqualTo(new Intent.Apply("村集体账目"));
        assertThat(Intent.parse("申请: 村集体账目")).isEqualTo(new Intent.Apply("村集体账目"));
        assertThat(Intent.parse("申请")).isEqualTo(new Intent.Apply(""));
        assertThat(Intent.parse("申请低保")).isEqualTo(new Intent.Search("申请低保"));
        assertThat(Intent.parse("进度 ab 12")).isEqualTo(new Intent.Progress("AB12"));
        assertThat(Intent.parse("查进度x7k9")).isEqualTo(new Intent.Progress("X7K9"));
        assertThat(Intent.parse("订阅 王家村")).isEqualTo(new Intent.Subscribe("王家村"));
        assertThat(Intent.parse("我是王家村的")).isEqualTo(new Intent.IAm("王家村"));
        assertThat(Intent.parse("我住在李庄人。")).isEqualTo(new Intent.IAm("李庄"));
        assertThat(Intent.parse("低保怎么申请")).isEqualTo(new Intent.Search("低保怎么申请"));
    }

    @Test
    void cleaning_drops_controls_and_half_emojis_and_folds_spaces() {
        assertThat(Intent.clean(null)).isEmpty();
        assertThat(Intent.clean("  低保\u0000\u200b  标准\t\n ")).isEqualTo("低保 标准");
        assertThat(Intent.clean("低保\ud83d")).isEqualTo("低保");
        assertThat(Intent.clean("低保\ufffd😀")).isEqualTo("低保😀");
        assertThat(Intent.clean("\ue000私\u0378")).isEqualTo("私");
        assertThat(Intent.clean("ＡＢＣ１")).isEqualTo("ABC1");
        assertThat(Intent.clean("a\u3000b")).isEqualTo("a b");
    }
}
