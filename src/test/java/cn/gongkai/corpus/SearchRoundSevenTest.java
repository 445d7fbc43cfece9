package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, seventh round, one rule a test (general methods, not lines for judged words): words
 * about the asker no longer outvote the subject; 亩地 is a measure; a topic word the lists lack;
 * a listed topic; the last try in bodies; 道 and 路 one word in a village's own titles.
 */
class SearchRoundSevenTest {
    @TempDir Path dir;

    @Test
    void asker_words_are_people_numbers_places_and_fragments() {
        assertThat(AskerWords.people(List.of(
                "\uFEFFAb04A01= 老爷子 老头",
                "Aa01A01= 人 别人 人家",
                "Ah01A01= 老伴 儿女",
                "Ae10A01= 公务员 干部",
                "Af02A01= 老兵"))).containsExactlyInAnyOrder("老爷子", "老头", "别人", "人家", "老伴", "儿女");
        // The shipped thesaurus: who someone is to the asker, not what they do.
        assertThat(AskerWords.person("老爷子")).isTrue();
        assertThat(AskerWords.person("公务员")).isFalse();
        assertThat(AskerWords.numeral("八十一")).isTrue();
        assertThat(AskerWords.numeral("两三")).isTrue();
        assertThat(AskerWords.numeral("一百零五")).as("零 is a digit too").isTrue();
        assertThat(AskerWords.numeral("八十岁")).isFalse();
        assertThat(AskerWords.numeral("")).isFalse();
        assertThat(AskerWords.place("院里")).isTrue();
        assertThat(AskerWords.place("河边")).isTrue();
        assertThat(AskerWords.place("院子")).isFalse();
        assertThat(AskerWords.place("里边")).isTrue();
        assertThat(AskerWords.place("a里")).isFalse();
        assertThat(AskerWords.place("院里头")).isFalse();
        // Only a word the corpus lacks tells about the asker.
        assertThat(AskerWords.about(new QueryPlan.Term("老爷子", Set.of("老爷子"), false, true))).isTrue();
        assertThat(AskerWords.about(new QueryPlan.Term("老爷子", Set.of("老爷子"), false, false))).isFalse();
        assertThat(AskerWords.about(new QueryPlan.Term("八十一", Set.of("八十一"), false, true))).isTrue();
        assertThat(AskerWords.about(new QueryPlan.Term("院里", Set.of("院里"), false, true))).isTrue();
        assertThat(AskerWords.about(new QueryPlan.Term("公务员", Set.of("公务员"), false, true))).isFalse();
    }

    @Test
    void words_about_the_asker_step_back_beside_a_listed_subject() {
        Synonyms s = Synonyms.parse("dialect.txt", "看山的, 护林员\n");
        QueryPlan.Term anchor = new QueryPlan.Term("看山的", s.expand("看山的"), false, false, false, 0.02);
        QueryPlan.Term old = new QueryPlan.Term("老爷子", Set.of("老爷子"), true, true, false);
        QueryPlan.Term age = new QueryPlan.Term("八十一", Set.of("八十一"), true, true, false);
        assertThat(Anchors.apply(List.of(anchor, old, age), s, "老爷子八十一看山的")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true, true);
        // A word about the asker right before a benefit's name narrows it: it counts.
        QueryPlan.Term benefit = new QueryPlan.Term("老人补贴", Set.of("老人补贴", "高龄津贴"), false, false, false, 0.02);
        QueryPlan.Term child = new QueryPlan.Term("孩子", Set.of("孩子"), true, true, false);
        QueryPlan.Term kid2 = new QueryPlan.Term("俩仨", Set.of("俩仨"), true, true, false);
        assertThat(Anchors.apply(List.of(benefit, child, kid2), s, "孩子老人补贴俩仨")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, false, true);
        // Anywhere else it tells about the asker: beside a topic word it only ranks.
        assertThat(Anchors.apply(List.of(benefit, child, kid2), s, "孩子的老人补贴俩仨")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true, true);
    }

    @Test
    void a_topic_word_is_rare_in_chinese_and_in_the_corpus() {
        assertThat(Anchors.topicWord(new QueryPlan.Term("电线", Set.of("电线"), false, false, false, 0.01))).isTrue();
        assertThat(Anchors.topicWord(new QueryPlan.Term("电线", Set.of("电线"), false, false, false, 0.1))).isFalse();
        assertThat(Anchors.topicWord(new QueryPlan.Term("电线", Set.of("电线"), false, true, false, 0))).isFalse();
        assertThat(Anchors.topicWord(new QueryPlan.Term("电线", Set.of("电线"), true, false, false, 0.01))).isFalse();
        assertThat(Anchors.topicWord(new QueryPlan.Term("电线", Set.of("电线"), false, false, true, 0.01))).isFalse();
        assertThat(Anchors.topicWord(new QueryPlan.Term("房子", Set.of("房子"), false, false, false, 0.01))).isFalse();
        assertThat(Anchors.topicWord(new QueryPlan.Term("线", Set.of("线"), false, false, false, 0.01))).isFalse();
    }

    @Test
    void a_listed_topic_has_official_words_and_is_rare_in_chinese() {
        assertThat(QueryFactory.listedTopic(new QueryPlan.Term("着火", Set.of("着火", "火灾"), false))).isTrue();
        assertThat(QueryFactory.listedTopic(new QueryPlan.Term("着火", Set.of("着火"), false))).isFalse();
        assertThat(QueryFactory.listedTopic(new QueryPlan.Term("着火", Set.of("着火", "火灾"), true))).isFalse();
        assertThat(QueryFactory.listedTopic(new QueryPlan.Term("房子", Set.of("房子", "住房"), false))).isFalse();
    }

    @Test
    void a_measure_is_no_word_start() {
        assertThat(SpokenForms.measures("退耕还林一亩地补多少钱")).isEqualTo("退耕还林一亩 补多少钱");
        assertThat(SpokenForms.measures("耕地地力")).isEqualTo("耕地地力");
    }

    @Test
    void the_body_route_takes_only_rare_listed_words() throws Exception {
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(doc("flood", "汛期安全防范工作通知", "做好汛期安全", "暑期学生防溺水，严禁私自下水。"));
        docs.add(doc("id", "户籍办理须知", "户口", "带身份证办理。"));
        String lists = "下河洗澡, 防溺水\n身份证, 身份证件\n";
        try (RuleIndex idx = new RuleIndex(dir, lists, "", docs)) {
            QueryPlan swim = idx.plan("下河洗澡");
            assertThat(idx.hits(BodyRoute.query(swim, idx.factory::termQuery)))
                    .extracting(RuleIndex.Hit::id).containsExactly("flood");
            // A word of the lists common in general Chinese never qualifies a body.
            assertThat(BodyRoute.query(idx.plan("身份证"), idx.factory::termQuery)).isNull();
            // A word nobody listed beside it: not every specific word is a listed topic.
            assertThat(BodyRoute.query(idx.plan("下河洗澡审计"), idx.factory::termQuery)).isNull();
            assertThat(BodyRoute.rareListed(new QueryPlan.Term("着火", Set.of("着火", "火灾"), false, false, false, 0.01)))
                    .isTrue();
            assertThat(BodyRoute.rareListed(new QueryPlan.Term("着火", Set.of("着火", "火灾"), false, false, false, 0)))
                    .isFalse();
            assertThat(BodyRoute.rareListed(new QueryPlan.Term("着火", Set.of("着火", "火灾"), false, false, false, 0.1)))
                    .isFalse();
            assertThat(BodyRoute.rareListed(new QueryPlan.Term("着火", Set.of("着火", "火灾"), false, true, false, 0.01)))
                    .isFalse();
        }
    }

    @Test
    void roads_are_one_word_in_a_villages_own_titles() throws Exception {
        assertThat(VillageOwn.roads("坏路")).isEqualTo("坏路道");
        assertThat(VillageOwn.roads("坏道")).isEqualTo("坏道路");
        assertThat(VillageOwn.roads("审计")).isEqualTo("审计");
        // The road character may open the word (路灯, 道口): still read both ways.
        assertThat(VillageOwn.roads("路灯")).isEqualTo("路灯道");
        assertThat(VillageOwn.roads("道口")).isEqualTo("道口路");
        LocalDate day = RuleIndex.TODAY.minusMonths(2);
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(50));
        docs.add(doc("road", "马家营村村道修缮工程项目公示", "村务公开", day, null, List.of("马家营村")));
        docs.add(doc("own", "马家营村2025年第四季度村务财务公开", "村务公开", day, null, List.of("马家营村")));
        try (RuleIndex idx = new RuleIndex(dir, "", "马家营村: 马家营, 马家营子\n", docs)) {
            assertThat(idx.hits(VillageOwn.query(idx.plan("马家营子坏路"), idx.factory::termQuery)))
                    .extracting(RuleIndex.Hit::id).containsExactly("road");
        }
    }

    @Test
    void over_the_sample_long_spoken_questions_reach_their_subject_and_unpublished_ones_nothing() throws Exception {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "我家老爷子今年八十一了，高龄津贴一个月能给多少钱"))
                    .containsAnyOf("QH-2026-0005", "QH-2025-0004", "QH-2024-0004");
            assertThat(ids(s, "独生子女老人补贴")).isEmpty();
            assertThat(ids(s, "退耕还林一亩地补多少钱")).isEmpty();
            // The flood notices say 防溺水 only in their bodies: the last try finds them.
            assertThat(ids(s, "下河洗澡")).contains("QH-2026-0009");
        }
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
