package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, sixth round, one rule a test (general methods for the misses of blind-2026-11e,
 * not lines for its words): the general thesaurus as a second try when nothing qualifies; a
 * village named in the question puts its own documents on a specific word first.
 */
class SearchRoundSixTest {
    @TempDir Path dir;

    @Test
    void the_thesaurus_reads_small_groups_of_same_meaning_only() {
        Map<String, Set<String>> kin = Thesaurus.parse(List.of(
                "\uFEFFDm06C01= 敬老院 养老院 福利院",
                "Hj01B13# 住院 住校 住店",
                "Aa01A05@ 众学生",
                "Bo04B01= 电线 电缆",
                "Hg20A07= 就医 就诊 看病 诊病",
                "Hg20A08= 看病 治病",
                "Xx00A01= 一 二 三 四 五 六 七 八 九 十 百 千",
                "Hi36A01= 帮助 扶助 协助 赞助 援助 臂助 救助 匡助 辅助 襄助 相帮 帮忙 帮衬"));
        assertThat(kin.get("电线")).containsExactly("电缆"); // two words are a group
        assertThat(kin.get("看病")).containsExactly("就医", "就诊", "诊病", "治病"); // in two groups
        assertThat(kin.get("一")).hasSize(11); // twelve words are read, thirteen are not
        assertThat(kin.get("养老院")).containsExactly("敬老院", "福利院");
        assertThat(kin.get("敬老院")).containsExactly("养老院", "福利院");
        assertThat(kin).doesNotContainKeys("住院", "众学生", "帮助", "救助");
        // The shipped file, unpacked from HanLP's jar at build time.
        assertThat(Thesaurus.kin("养老院")).contains("敬老院");
        assertThat(Thesaurus.kin("帮助")).isEmpty(); // its group has 45 words
    }

    @Test
    void a_two_character_kin_the_corpus_uses_is_usable() throws Exception {
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(doc("ox", "铁牛报废更新补贴公告", "铁牛报废可申请补贴", "铁牛。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            // Cilin: 拖拉机 = 铁牛; two characters are enough for a kin word.
            assertThat(ThesaurusRoute.usable(new QueryPlan.Term("拖拉机", Set.of("拖拉机"), false, true), idx.alikes))
                    .containsExactly("铁牛");
        }
    }

    @Test
    void the_village_query_asks_characters_only_of_an_unknown_or_sounded_word() {
        java.util.function.Function<QueryPlan.Term, org.apache.lucene.search.Query> match =
                t -> new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.TITLE, t.text()));
        String chars = Schema.TITLE_CHARS + ":";
        QueryPlan known = new QueryPlan(List.of(new QueryPlan.Term("修路", Set.of(), false, false)), List.of(),
                "石门村", null, "修路");
        assertThat(VillageOwn.query(known, match).toString()).doesNotContain(chars);
        QueryPlan unknown = new QueryPlan(List.of(new QueryPlan.Term("坏道", Set.of(), false, true)), List.of(),
                "石门村", null, "坏道");
        assertThat(VillageOwn.query(unknown, match).toString()).contains(chars + "坏").contains(chars + "道");
        QueryPlan sounded = new QueryPlan(List.of(new QueryPlan.Term("修露", Set.of(), true, false)), List.of(),
                "石门村", null, "修露");
        assertThat(VillageOwn.query(sounded, match).toString()).contains(chars + "修").contains(chars + "露");
    }

    @Test
    void when_nothing_qualifies_the_thesaurus_kin_the_corpus_uses_answer() throws Exception {
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(doc("home", "特困人员集中供养办事指南", "无人赡养的老人可到敬老院集中供养", "敬老院。"));
        docs.add(doc("cable", "电缆线路改造公告", "更换电缆", "电缆。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.ids("养老院")).containsExactly("home");
            assertThat(idx.ids("托老院咋住进去")).containsExactly("home");
            // 电缆 is kin of 电线 but an everyday word of general Chinese: not specific enough.
            assertThat(ThesaurusRoute.usable(new QueryPlan.Term("电线", Set.of("电线"), true, true), idx.alikes))
                    .isEmpty();
            assertThat(ThesaurusRoute.widen(idx.plan("电线"), idx.alikes)).isNull();
            // Words of a broad group (帮助 … 救助) are never widened: everyday questions stay unanswered.
            assertThat(idx.ids("帮忙")).isEmpty();
        }
    }

    @Test
    void a_plan_without_kin_in_the_corpus_is_not_widened() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE))) {
            assertThat(ThesaurusRoute.widen(idx.plan("养老院"), idx.alikes)).isNull();
            assertThat(ThesaurusRoute.widen(idx.plan("nb"), idx.alikes)).isNull();
            QueryPlan.Term rare = new QueryPlan.Term("养老院", Set.of("养老院"), true, true, false);
            QueryPlanner.Vocabulary all = RuleIndex.everyWord(Set.of("敬老院"),
                    word -> word.equals("福利院") || word.equals("托老院") ? QueryFactory.PASSING_SHARE : 0.02);
            // 福利院 and 托老院 are in exactly a tenth of the documents: mentioned in passing, not a subject.
            assertThat(ThesaurusRoute.usable(rare, all)).contains("敬老院", "老人院")
                    .doesNotContain("福利院", "托老院", "养老院");
            QueryPlan wider = ThesaurusRoute.widen(new QueryPlan(List.of(rare), List.of(), null, null, "养老院"), all);
            assertThat(wider.terms().get(0).alternatives()).contains("养老院", "敬老院");
            assertThat(wider.terms().get(0).unknown()).isFalse();
            assertThat(wider.terms().get(0).share()).isEqualTo(0.02);
            assertThat(wider.terms().get(0).titled()).isTrue(); // 敬老院 titles a document
            // An everyday word is never widened.
            QueryPlan everyday = new QueryPlan(List.of(rare.everyday()), List.of(), null, null, "养老院");
            assertThat(ThesaurusRoute.widen(everyday, all)).isNull();
        }
    }

    @Test
    void a_village_named_in_the_question_puts_its_own_documents_on_a_specific_word_first() throws Exception {
        LocalDate day = RuleIndex.TODAY.minusMonths(2);
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(doc("district", "全区第四季度账目审计公告", "各村账目审计", day, null, List.of()));
        docs.add(doc("own", "石门村2025年第四季度村务财务公开", "村务公开", day, null, List.of("石门村")));
        docs.add(doc("road", "马家营村村道修缮工程项目公示", "村务公开", day, null, List.of("马家营村")));
        docs.add(doc("other", "柳河村2025年第四季度村务财务公开", "村务公开", day, null, List.of("柳河村")));
        String villages = "石门村: 石门, 石门子\n马家营村: 马家营, 马家营子\n柳河村: 柳河, 柳河屯\n";
        try (RuleIndex idx = new RuleIndex(dir, "", villages, docs)) {
            assertThat(idx.ids("石门子四季度账目")).first().isEqualTo("own");
            // Another village's notice on the same words comes after the district's.
            assertThat(idx.ids("石门子四季度账目")).containsExactly("own", "district", "other");
            // A word the corpus lacks (坏道) counts by its characters in the village's own titles (村道).
            assertThat(idx.ids("马家营子坏道")).first().isEqualTo("road");
            assertThat(idx.hits(VillageOwn.query(idx.plan("马家营子坏道"), idx.factory::termQuery)))
                    .extracting(RuleIndex.Hit::id).containsExactly("road");
            // A word the corpus has counts as the word (审计: not in 石门村's documents); only a word the corpus
            // lacks (开审) is read by its characters (开 of 公开 in 石门村's title).
            assertThat(idx.hits(VillageOwn.query(idx.plan("石门子审计"), idx.factory::termQuery))).isEmpty();
            assertThat(idx.hits(VillageOwn.query(idx.plan("石门子开审"), idx.factory::termQuery)))
                    .extracting(RuleIndex.Hit::id).containsExactly("own");
            // Without a village named, nothing changes: the district's notice answers.
            assertThat(idx.ids("四季度账目")).first().isEqualTo("district");
            // Everyday words never qualify the village's documents.
            assertThat(idx.ids("石门子补贴咋申请")).isEmpty();
            assertThat(VillageOwn.query(idx.plan("四季度账目"), idx.factory::termQuery)).isNull();
        }
    }

    @Test
    void among_the_villages_own_documents_the_content_orders_not_recency() throws Exception {
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(new Disclosure("road", "石门村修路工程公示", null, null, "村委会", "村务公开", "公示",
                RuleIndex.TODAY.minusYears(2), null, List.of("石门村"), "村内修路工程", "修路。", "test"));
        docs.add(new Disclosure("money", "石门村第四季度村务财务公开", null, null, "村委会", "村务公开", "公示",
                RuleIndex.TODAY.minusDays(10), null, List.of("石门村"), "今年村里修路花了12万元", "收支。", "test"));
        try (RuleIndex idx = new RuleIndex(dir, "", "石门村: 石门, 石门子\n", docs)) {
            assertThat(idx.ids("石门子修路")).containsExactly("road", "money");
            assertThat(idx.ids("石门子财务")).containsExactly("money");
            assertThat(VillageOwn.query(idx.plan("石门子补贴"), idx.factory::termQuery)).isNull();
        }
    }
}
