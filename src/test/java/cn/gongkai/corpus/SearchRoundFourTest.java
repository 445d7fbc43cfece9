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
 * Issue 18, fourth round, one rule a test: a word in passing that titles documents qualifies from
 * summaries; spoken words beside a listed word only rank; a rare word naming a kind of a benefit
 * must match; any money word names the listed money; a card's owner is left out; dialect lines
 * read one way.
 */
class SearchRoundFourTest {
    @TempDir Path dir;

    private static QueryPlan.Term term(String text, Set<String> alternatives, boolean unknown, boolean generic) {
        return new QueryPlan.Term(text, alternatives, unknown, unknown, generic, unknown ? 0 : 0.05);
    }

    @Test
    void a_word_in_passing_that_titles_documents_qualifies_from_a_summary() throws Exception {
        QueryPlan.Term passing = new QueryPlan.Term("低保", Set.of("低保"), false, false, false, 0.3, false);
        QueryPlan.Term titled = new QueryPlan.Term("低保", Set.of("低保"), false, false, false, 0.3, true);
        QueryPlan.Term rareTitled = new QueryPlan.Term("大棚", Set.of("大棚"), false, false, false, 0.05, true);
        assertThat(QueryFactory.onlyInTitle(List.of(passing))).isTrue();
        assertThat(QueryFactory.onlyInTitle(List.of(titled))).isFalse();
        assertThat(QueryFactory.onlyInTitle(List.of(rareTitled))).isFalse();
        // An everyday word of general Chinese that titles one guide is still only in passing elsewhere.
        QueryPlan.Term idCard = new QueryPlan.Term("身份证", Set.of("身份证"), false, false, false, 0.2, true);
        assertThat(QueryFactory.onlyInTitle(List.of(idCard))).isTrue();
        assertThat(titled.everyday().generic()).isTrue();
        assertThat(titled.everyday().titled()).isTrue();

        List<Disclosure> docs = filler(50);
        for (int i = 0; i < 8; i++) {
            docs.add(doc("spring" + i, "第" + i + "批春节慰问安排", "春节前低保户每人多发300元，带身份证领取", "发放。"));
        }
        for (int i = 0; i < 4; i++) {
            docs.add(doc("job" + i, "第" + i + "批公益岗招聘", "带身份证到村里报名", "报名。"));
        }
        docs.add(doc("aid", "最低生活保障审核确认办法", "申请到乡镇", "审核。"));
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n", "", docs)) {
            assertThat(idx.alikes.titled("最低生活保障")).isTrue();
            assertThat(idx.alikes.titled("身份证")).isFalse();
            assertThat(idx.alikes.titled("低")).isFalse();
            assertThat(idx.plan("低保").terms().get(0).titled()).isTrue();
            assertThat(idx.ids("低保")).hasSize(9).contains("aid", "spring0");
            // 身份证 is in as many summaries but titles nothing: still only a title answers.
            assertThat(idx.plan("换身份证").terms().get(0).titled()).isFalse();
            assertThat(idx.ids("换身份证")).isEmpty();
        }
    }

    @Test
    void spoken_words_beside_a_listed_word_only_rank() throws Exception {
        Synonyms s = Synonyms.parse("dialect.txt", "看山的, 护林员\n房子, 住房\n");
        QueryPlan.Term anchor = term("看山的", s.expand("看山的"), false, false);
        QueryPlan.Term spoken = term("招人", Set.of("招人"), true, false);
        QueryPlan.Term named = term("公务员", Set.of("公务员"), true, false);
        QueryPlan.Term everyday = term("房子", s.expand("房子"), false, false);
        assertThat(Anchors.anchors(anchor, s)).isTrue();
        assertThat(Anchors.anchors(everyday, s)).isFalse(); // common in general Chinese
        assertThat(Anchors.anchors(spoken, s)).isFalse();
        assertThat(Anchors.spoken(spoken)).isTrue();
        assertThat(Anchors.spoken(named)).isFalse(); // the dictionary has it: it names something
        assertThat(Anchors.apply(List.of(anchor, spoken), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
        // No anchor: nothing changes.
        assertThat(Anchors.apply(List.of(everyday, spoken), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false);
        // Fragments the dictionary lacks tell about the asker (AskerWords): however many, they only rank.
        QueryPlan.Term spoken2 = term("拿着", Set.of("拿着"), true, false);
        assertThat(Anchors.apply(List.of(anchor, spoken, spoken2), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true, true);
        // Mostly unknown words the dictionary names: the question is about something else, nothing changes.
        QueryPlan.Term named2 = term("警察", Set.of("警察"), true, false);
        assertThat(Anchors.apply(List.of(anchor, named, named2), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false, false);

        try (RuleIndex idx = new RuleIndex(dir, "看山的, 护林员\n", "", List.of(RuleIndex.NOISE,
                doc("job", "公益性岗位招聘公告", "村里招护林员、保洁员", "报名。")))) {
            assertThat(idx.ids("看山的活还招人不")).containsExactly("job");
            assertThat(idx.ids("看山的活还招公务员不")).isEmpty();
        }
    }

    @Test
    void a_rare_word_before_a_benefit_names_a_kind_the_district_did_not_publish() throws Exception {
        Set<String> old = Set.of("老人补贴", "高龄津贴");
        QueryPlan.Term benefit = term("老人补贴", old, false, false);
        QueryPlan.Term onlyChild = term("独生子女", Set.of("独生子女"), true, false);
        QueryPlan.Term myHome = term("我家", Set.of("我家"), true, false);
        QueryPlan.Term hire = term("招人", Set.of("招人"), true, false);
        QueryPlan.Term free = term("免费", Set.of("免费"), false, false);
        QueryPlan.Term bedridden = term("瘫炕上", Set.of("瘫炕上", "重度残疾人"), false, false);
        assertThat(UnpublishedKind.namesMoney("老人补贴")).isTrue();
        assertThat(UnpublishedKind.namesMoney("瘫炕上")).isFalse();
        assertThat(UnpublishedKind.asked("独生子女老人补贴怎么领", List.of(benefit, onlyChild))).isTrue();
        assertThat(UnpublishedKind.asked("老人补贴独生子女", List.of(benefit, onlyChild))).isFalse(); // not before it
        assertThat(UnpublishedKind.asked("我家老人补贴", List.of(benefit, myHome))).isFalse(); // everyday word
        assertThat(UnpublishedKind.asked("招人老人补贴", List.of(benefit, hire))).isFalse(); // not in the dictionary
        assertThat(UnpublishedKind.asked("独生子女免费", List.of(free, onlyChild))).isFalse(); // 免费 no benefit name
        assertThat(UnpublishedKind.asked("独生子女瘫炕上", List.of(bedridden, onlyChild))).isFalse();

        try (RuleIndex idx = new RuleIndex(dir, "老人补贴, 高龄津贴\n", "", List.of(RuleIndex.NOISE,
                doc("old", "高龄津贴发放管理办法", "80岁以上每月80元", "发放。")))) {
            assertThat(idx.ids("老人补贴咋领")).containsExactly("old");
            assertThat(idx.ids("独生子女老人补贴怎么领")).isEmpty();
        }
    }

    @Test
    void any_money_word_names_the_listed_money() throws Exception {
        Set<String> listed = Set.of("长寿钱", "取暖费补助", "低保金");
        assertThat(MoneyNames.read("长寿金咋领", listed::contains, w -> false)).isEqualTo("长寿钱咋领");
        assertThat(MoneyNames.read("给长寿款不", listed::contains, w -> false)).isEqualTo("给长寿钱不");
        // Listed with another money word after it (补助): that name is taken.
        assertThat(MoneyNames.read("取暖费钱", Set.of("取暖补助")::contains, w -> false)).isEqualTo("取暖补助钱");
        // As said it is listed, or the thing is in the corpus, or nothing is listed: left alone.
        assertThat(MoneyNames.read("低保金", listed::contains, w -> false)).isEqualTo("低保金");
        assertThat(MoneyNames.read("长寿金", listed::contains, "长寿"::equals)).isEqualTo("长寿金");
        assertThat(MoneyNames.read("长寿金", listed::contains, "长寿金"::equals)).isEqualTo("长寿金");
        assertThat(MoneyNames.read("看病金", listed::contains, w -> false)).isEqualTo("看病金");
        assertThat(MoneyNames.read("金", listed::contains, w -> false)).isEqualTo("金");
        assertThat(MoneyNames.read("ab金", Set.of("ab钱")::contains, w -> false)).isEqualTo("ab金");

        try (RuleIndex idx = new RuleIndex(dir, "长寿钱, 高龄津贴\n", "", List.of(RuleIndex.NOISE,
                doc("old", "高龄津贴发放管理办法", "80岁以上每月80元", "发放。")))) {
            assertThat(idx.plan("长寿金一个月给多少").words()).containsExactly("长寿钱");
            assertThat(idx.ids("长寿金一个月给多少")).containsExactly("old");
        }
    }

    @Test
    void the_owner_of_a_passbook_is_left_out_but_a_listed_word_ending_in_ben_is_kept() throws Exception {
        assertThat(QueryPlanner.namesACard("粮补折子让村干部拿着了", "粮补")).isTrue();
        try (RuleIndex idx = new RuleIndex(dir, "粮补, 耕地地力保护补贴\n折子, 一卡通\n村上的账, 财务公开\n账本, 财务公开\n",
                "", List.of(RuleIndex.NOISE,
                        doc("farm", "耕地地力保护补贴发放通知", "每亩98元打到一卡通", "发放。"),
                        doc("card", "惠民惠农补贴一卡通发放公开通知", "种地补贴都打到一卡通，村干部不许保管", "发放。"),
                        doc("books", "村务财务公开", "二季度收支", "公开。")))) {
            assertThat(idx.plan("粮补折子让村干部拿着了").words()).contains("折子").doesNotContain("粮补");
            assertThat(idx.ids("粮补折子让村干部拿着了").get(0)).isEqualTo("card");
            assertThat(idx.planner.cardIsAWord("村上的账本公开没", "村上的账")).isTrue();
            assertThat(idx.planner.cardIsAWord("粮补折子", "粮补")).isFalse();
            assertThat(idx.plan("村上的账本公开没").words()).contains("村上的账");
            assertThat(idx.ids("村上的账本公开没")).startsWith("books");
        }
        try (RuleIndex idx = new RuleIndex(dir.resolve("b"), "低保, 最低生活保障\n", "", List.of(RuleIndex.NOISE,
                doc("aid", "最低生活保障办法", "申请低保", "审核。"),
                doc("id", "残疾证办理指南", "带身份证", "办理。")))) {
            // The booklet was the question: its lone 证 does not go on to find other certificates.
            assertThat(idx.plan("低保证").terms()).isEmpty();
            assertThat(idx.ids("低保证")).isEmpty();
        }
    }

    @Test
    void a_dialect_line_reads_one_way() {
        List<List<String>> groups = List.of(
                List.of("高龄津贴", "高龄补贴"),
                List.of("长寿钱", "高龄津贴", "尊老金"),
                List.of("老人钱", "高龄津贴"));
        Synonyms s = new Synonyms(groups, 1);
        assertThat(s.expand("长寿钱")).contains("高龄津贴", "尊老金", "高龄补贴");
        // Since round eight the documents' words of one dialect line do not mean each other either
        // (see SearchRoundEightTest): only the district's own group joins them.
        assertThat(s.expand("高龄津贴")).contains("高龄补贴").doesNotContain("长寿钱", "老人钱", "尊老金");
        assertThat(s.expand("尊老金")).doesNotContain("长寿钱", "高龄津贴");
        assertThat(s.knows("尊老金")).isTrue();
    }
}
