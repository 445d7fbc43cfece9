package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, fifth round, one rule a test (classes of the misses of blind-2026-11d): a spoken
 * predicate only ranks; a period (每个月) names no topic; a year named asks for that year's notice; the
 * asker's circumstances beside a listed word only rank.
 */
class SearchRoundFiveTest {
    @TempDir Path dir;

    @Test
    void a_spoken_predicate_beside_a_known_word_only_ranks() throws Exception {
        QueryPlan.Term toilet = new QueryPlan.Term("厕所", Set.of("厕所"), false, false, false, 0.05);
        QueryPlan.Term done = new QueryPlan.Term("改完", Set.of("改完"), true, true, false);
        QueryPlan.Term card = new QueryPlan.Term("残疾证", Set.of("残疾证"), false, false, false, 0.05);
        QueryPlan.Term getIt = new QueryPlan.Term("办证", Set.of("办证"), true, true, false);
        QueryPlan.Term scrap = new QueryPlan.Term("报废", Set.of("报废"), true, true, false);
        assertThat(SpokenPredicates.predicate(done, List.of(toilet, done))).isTrue();
        assertThat(SpokenPredicates.predicate(getIt, List.of(card, getIt))).isTrue(); // 证 of 残疾证
        assertThat(SpokenPredicates.predicate(getIt, List.of(toilet, getIt))).isFalse();
        assertThat(SpokenPredicates.predicate(scrap, List.of(toilet, scrap))).isFalse(); // names a thing
        assertThat(SpokenPredicates.apply(List.of(toilet, done))).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
        // Nothing known beside it: the question is about something the corpus lacks, nothing changes.
        assertThat(SpokenPredicates.apply(List.of(done))).extracting(QueryPlan.Term::generic).containsExactly(false);

        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("toilet", "农村户用卫生厕所问题排查整改", "厕所冬季防冻", "整改。"),
                doc("card", "残疾人补贴申领指南", "持残疾证到乡镇申请", "申请。")))) {
            assertThat(idx.ids("改完的厕所冬天冻坏了找谁修？")).containsExactly("toilet");
            assertThat(idx.ids("还没有残疾证的人去哪里办证？")).containsExactly("card");
            assertThat(idx.ids("改完的报废车找谁")).isEmpty();
        }
    }

    @Test
    void a_period_names_no_topic() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("old", "高龄津贴发放管理办法", "八十周岁以上老人每月发放", "发放。")))) {
            assertThat(idx.plan("每个月能领多少高龄津贴").words()).containsExactly("高龄", "津贴");
            assertThat(idx.ids("现在每个月能领多少高龄津贴？")).containsExactly("old");
        }
    }

    @Test
    void the_askers_circumstances_beside_a_listed_word_only_rank() throws Exception {
        Synonyms s = Synonyms.parse("dialect.txt", "交医保, 医保\n");
        QueryPlan.Term anchor = new QueryPlan.Term("交医保", s.expand("交医保"), false, false, false, 0.04, true);
        QueryPlan.Term phone = new QueryPlan.Term("手机", Set.of("手机"), false, false, false, 0.15, false);
        QueryPlan.Term titledPhone = new QueryPlan.Term("手机", Set.of("手机"), false, false, false, 0.15, true);
        QueryPlan.Term rare = new QueryPlan.Term("低保", Set.of("低保"), false, false, false, 0.02, false);
        assertThat(Anchors.circumstance(phone)).isTrue();
        assertThat(Anchors.circumstance(titledPhone)).isFalse(); // a topic the district publishes on
        assertThat(Anchors.circumstance(rare)).isFalse(); // rare in general Chinese: a subject
        assertThat(Anchors.apply(List.of(anchor, phone, rare), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true, false);
        assertThat(Anchors.apply(List.of(phone, rare), s)).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false); // no listed word: nothing changes

        List<Disclosure> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(doc("f" + i, "第" + i + "批道路养护安排", "养护", "本月安排养护。"));
        }
        docs.add(doc("pay", "城乡居民医保集中缴费通知", "可用手机缴费", "缴费。"));
        docs.add(doc("away", "外地务工人员返乡登记", "儿女在外地的老人登记", "登记。"));
        try (RuleIndex idx = new RuleIndex(dir, "交医保, 医保\n", "", docs)) {
            assertThat(idx.ids("儿女在外地，能用手机给家里老人交医保吗？")).first().isEqualTo("pay");
        }
    }

    private void write(Path folder, String id, String title, String published, String summary) throws Exception {
        Files.writeString(folder.resolve(id + ".md"), "---\nid: " + id + "\ntitle: " + title + "\nagency: 农业农村局\n"
                + "type: 通知\npublished: " + published + "\nsummary: " + summary + "\n---\n正文。\n");
    }

    @Test
    void a_year_named_asks_for_that_years_notice_of_a_series() throws Exception {
        assertThat(YearAsked.in("2024年耕地补贴每亩多少钱")).isEqualTo(2024);
        assertThat(YearAsked.in("耕地补贴20元")).isNull();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        write(docs, "A-2025-1", "关于做好2025年耕地地力保护补贴发放工作的通知", "2025-04-08", "耕地地力保护补贴每亩98元。");
        write(docs, "A-2026-1", "关于做好2026年耕地地力保护补贴发放工作的通知", "2026-04-08", "耕地地力保护补贴每亩100元。");
        write(docs, "A-2025-2", "临时救助实施细则", "2025-03-01", "临时救助的对象和标准。");
        write(docs, "A-2025-3", "惠民补贴一卡通发放公开", "2025-05-01", "耕地地力保护补贴打到一卡通。");
        try (Corpus c = TestHomes.corpusOf(dir.resolve("home"), docs)) {
            SearchService s = c.search();
            assertThat(ids(s, "耕地地力保护补贴每亩多少钱")).contains("A-2025-1", "A-2026-1");
            assertThat(ids(s, "2026年耕地地力保护补贴每亩多少钱")).startsWith("A-2026-1").doesNotContain("A-2025-1");
            // The series has no 2024 notice: its 2025 and 2026 rates are not 2024's.
            assertThat(ids(s, "2024年耕地地力保护补贴每亩多少钱")).isEmpty();
            // A standing rule titled with no year answers any year.
            assertThat(ids(s, "2026年临时救助")).containsExactly("A-2025-2");
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
