package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static cn.gongkai.corpus.RuleIndex.filler;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, third round: everyday words of general Chinese qualify only from a title, a lexicon
 * word cutting two words in halves is not read, ages mean the allowances by age, 道 is 路 and 钱
 * after a thing is money for it, a dialect word reaches its official term's group.
 */
class SearchRoundThreeTest {
    @TempDir Path dir;

    @Test
    void general_chinese_tells_everyday_words_from_topic_words() {
        assertThat(GeneralFrequency.of("的")).isGreaterThan(100_000);
        assertThat(GeneralFrequency.common("身份证")).isTrue();
        assertThat(GeneralFrequency.common("免费")).isTrue();
        assertThat(GeneralFrequency.common("低保")).isFalse();
        assertThat(GeneralFrequency.common("公益岗")).isFalse();
        assertThat(GeneralFrequency.common("汛期")).isFalse();
        assertThat(GeneralFrequency.of("")).isZero();
    }

    @Test
    void which_questions_need_a_word_in_the_title() {
        QueryPlan.Term idCard = new QueryPlan.Term("身份证", Set.of("身份证"), false, false, false, 0.2);
        QueryPlan.Term idCardRare = new QueryPlan.Term("身份证", Set.of("身份证"), false, false, false, 0.05);
        QueryPlan.Term greenhouse = new QueryPlan.Term("大棚", Set.of("大棚"), false, false, false, 0.014);
        QueryPlan.Term aid = new QueryPlan.Term("低保", Set.of("低保"), false, false, false, 0.3);
        QueryPlan.Term free = new QueryPlan.Term("免费", Set.of("免费"), false, false, false, 0.05);
        QueryPlan.Term checkup = new QueryPlan.Term("体检", Set.of("体检"), true, true, false, 0);
        QueryPlan.Term job = new QueryPlan.Term("公益岗", Set.of("公益岗"), false, false, false, 0.05);
        QueryPlan.Term pay = new QueryPlan.Term("工资", Set.of("工资"), true, true, false, 0);
        // In a tenth of the documents or more: mentioned in passing, or named in the titles.
        assertThat(QueryFactory.onlyInTitle(List.of(idCard))).isTrue();
        assertThat(QueryFactory.onlyInTitle(List.of(idCardRare))).isFalse();
        assertThat(QueryFactory.onlyInTitle(List.of(greenhouse))).isFalse();
        assertThat(QueryFactory.onlyInTitle(List.of(idCard, aid))).isTrue();
        assertThat(QueryFactory.onlyInTitle(List.of(idCard, job))).isFalse();
        // Beside a word the corpus lacks, only a topic word stands for the question.
        assertThat(QueryFactory.onlyInTitle(List.of(free, checkup))).isTrue();
        assertThat(QueryFactory.onlyInTitle(List.of(job, pay))).isFalse();
    }

    @Test
    void a_word_every_notice_asks_you_to_bring_does_not_answer_a_question_about_it() throws Exception {
        List<Disclosure> docs = filler(50);
        for (int i = 0; i < 10; i++) {
            docs.add(doc("job" + i, "第" + i + "批公益岗招聘", "带身份证到村里报名", "报名。"));
        }
        docs.add(doc("greenhouse", "特色农业项目资金安排", "马家营村建30栋大棚", "建大棚。"));
        docs.add(doc("alarm", "一氧化碳报警器安装通知", "给独居老人免费安装报警器", "免费安装。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.ids("换身份证在哪办理")).isEmpty();
            assertThat(idx.ids("老年人免费体检啥时候")).isEmpty();
            // An everyday word (大棚 is common in general Chinese) that one summary is about still answers.
            assertThat(idx.ids("大棚啥时候建")).containsExactly("greenhouse");
            assertThat(idx.ids("公益岗报名")).hasSize(10);
        }
    }

    @Test
    void a_document_titled_with_the_everyday_word_answers() throws Exception {
        List<Disclosure> docs = filler(50);
        for (int i = 0; i < 10; i++) {
            docs.add(doc("job" + i, "第" + i + "批公益岗招聘", "带身份证到村里报名", "报名。"));
        }
        docs.add(doc("id", "居民身份证办理指南", "到派出所办理", "办理。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.ids("换身份证在哪办理")).containsExactly("id");
        }
    }

    @Test
    void a_lexicon_word_cutting_two_words_in_halves_is_not_read() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "地补, 耕地地力保护补贴\n", "", List.of(RuleIndex.NOISE,
                doc("farm", "耕地地力保护补贴发放通知", "每亩98元", "发放。")))) {
            // 地补 sits across 征地|补偿: the question never said it.
            assertThat(idx.planner.straddles("征地补偿每亩多少钱", "地补")).isTrue();
            assertThat(idx.plan("征地补偿每亩多少钱").words()).doesNotContain("地补");
            assertThat(idx.ids("征地补偿每亩多少钱")).isEmpty();
            // Said as a word of its own, it is read.
            assertThat(idx.planner.straddles("地补每亩多少", "地补")).isFalse();
            assertThat(idx.ids("地补每亩多少")).containsExactly("farm");
        }
    }

    @Test
    void a_card_is_not_its_topic_and_a_noun_suffix_goes_with_its_word() throws Exception {
        assertThat(QueryPlanner.namesACard("医保卡丢了咋补", "医保")).isTrue();
        assertThat(QueryPlanner.namesACard("医保交多少", "医保")).isFalse();
        assertThat(QueryPlanner.namesACard("医保卡和医保", "医保")).isFalse();
        assertThat(QueryPlanner.namesACard("低保", "医保")).isFalse();
        try (RuleIndex idx = new RuleIndex(dir, "医保, 城乡居民医疗保险\n苞米杆, 秸秆\n", "", List.of(RuleIndex.NOISE,
                doc("pay", "城乡居民医疗保险缴费通知", "每人交400元", "缴费。"),
                doc("straw", "秸秆禁烧通告", "烧秸秆罚500元", "禁烧。")))) {
            assertThat(idx.plan("医保卡丢了咋补").words()).doesNotContain("医保");
            assertThat(idx.ids("医保卡丢了咋补")).isEmpty();
            assertThat(idx.ids("医保交多少")).containsExactly("pay");
            // 子 goes with 苞米杆, not into a word 子罚 that nobody said.
            assertThat(idx.plan("烧苞米杆子罚多少").words()).containsExactly("苞米杆");
            assertThat(idx.ids("烧苞米杆子罚多少")).containsExactly("straw");
        }
    }

    @Test
    void ages_from_seventy_mean_the_allowances_by_age() throws Exception {
        assertThat(SpokenForms.ages("八十多岁的老人")).contains("高龄").doesNotContain("八十");
        assertThat(SpokenForms.ages("九十来岁")).contains("高龄");
        assertThat(SpokenForms.ages("85岁老太太")).contains("高龄");
        assertThat(SpokenForms.ages("七老八十了")).contains("高龄");
        assertThat(SpokenForms.ages("百岁老人")).contains("高龄");
        assertThat(SpokenForms.ages("八旬老人")).contains("高龄");
        assertThat(SpokenForms.ages("七十岁")).contains("高龄");
        assertThat(SpokenForms.ages("六十九岁")).isEqualTo("六十九岁");
        assertThat(SpokenForms.ages("三岁孩子")).isEqualTo("三岁孩子");
        assertThat(SpokenForms.number("八十五")).isEqualTo(85);
        assertThat(SpokenForms.number("八九十")).isEqualTo(80);
        assertThat(SpokenForms.number("十")).isEqualTo(10);
        assertThat(SpokenForms.number("一百")).isEqualTo(100);
        assertThat(SpokenForms.number("72")).isEqualTo(72);
        assertThat(SpokenForms.number("七")).isEqualTo(7);
        assertThat(SpokenForms.number("万万")).isEqualTo(-1);
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("old", "高龄津贴发放管理办法", "80岁以上每月80元", "发放。")))) {
            assertThat(idx.ids("八十多岁的老人每月给多少")).containsExactly("old");
            assertThat(idx.ids("三岁孩子每月给多少")).isEmpty();
        }
    }

    @Test
    void road_for_way_and_money_for_a_thing_when_the_word_as_typed_is_unknown() throws Exception {
        assertThat(SpokenForms.roadWord("道灯")).isEqualTo("路灯");
        assertThat(SpokenForms.roadWord("路灯")).isNull();
        assertThat(SpokenForms.moneyFor("烧柴钱")).isEqualTo("烧柴");
        assertThat(SpokenForms.moneyFor("钱")).isNull();
        assertThat(SpokenForms.moneyFor("柴钱")).isNull();
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("light", "太阳能路灯安装公示", "装85盏路灯", "安装。"),
                doc("wood", "冬季烧柴补助", "每户烧柴补助", "发放。")))) {
            assertThat(idx.plan("道灯不亮了").words()).containsExactly("路灯");
            assertThat(idx.ids("道灯不亮了")).containsExactly("light");
            assertThat(idx.plan("烧柴钱").words()).containsExactly("烧柴");
            assertThat(idx.ids("烧柴钱")).containsExactly("wood");
            // A word the corpus has is read as typed.
            assertThat(idx.plan("路灯").words()).containsExactly("路灯");
        }
    }

    @Test
    void directions_after_a_verb_are_not_a_subject() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE))) {
            assertThat(idx.plan("啥时候得搬出去").words()).doesNotContain("出去");
            assertThat(idx.plan("拿回来").words()).doesNotContain("回来");
        }
    }

    @Test
    void a_spoken_word_reaches_the_district_group_of_its_official_term_one_step_only() {
        List<List<String>> groups = List.of(
                List.of("修路", "村道修缮"),
                List.of("水泥路", "硬化路"),
                List.of("修道", "修路", "水泥路"));
        Synonyms s = new Synonyms(groups, 2);
        assertThat(s.expand("修道")).contains("修路", "村道修缮", "水泥路", "硬化路");
        // Only the spoken word: the official one keeps its own group, not the spoken word (a dialect
        // line reads one way, see SearchRoundFourTest) nor, since round eight, the line's other
        // official words (see SearchRoundEightTest).
        assertThat(s.expand("修路")).contains("村道修缮").doesNotContain("修道", "水泥路", "硬化路");
        assertThat(s.expand("水泥路")).doesNotContain("村道修缮");
    }
}
