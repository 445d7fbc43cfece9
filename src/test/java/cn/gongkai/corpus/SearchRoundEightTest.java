package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, eighth round, one rule a test (general rules, no lexicon lines): counts said the spoken
 * way, times relative to now and 玩意儿 carry no subject; a dialect line's official words do not mean
 * each other; a number is about the asker even where a notice has it; and two rules round seven left
 * unpinned (the numeral in {@link AskerWords#about}, the body route only after the character route).
 */
class SearchRoundEightTest {
    @TempDir Path dir;

    @Test
    void counts_of_times_join_the_verb_and_its_object_and_counts_of_people_leave_a_gap() {
        assertThat(SpokenForms.quantities("抽一回粪多少钱")).isEqualTo("抽粪多少钱");
        assertThat(SpokenForms.quantities("交两次钱")).isEqualTo("交钱");
        assertThat(SpokenForms.quantities("去一趟乡里")).isEqualTo("去乡里");
        // 一次性 is a word of its own, not a count.
        assertThat(SpokenForms.quantities("一次性补贴")).isEqualTo("一次性补贴");
        assertThat(SpokenForms.quantities("吃低保一人一月给多少")).isEqualTo("吃低保  给多少");
        assertThat(SpokenForms.quantities("三口人每天")).isEqualTo(" 人 ");
        // A school year is no period.
        assertThat(SpokenForms.quantities("一年级")).isEqualTo("一年级");
        assertThat(SpokenForms.quantities("高龄津贴")).isEqualTo("高龄津贴");
    }

    @Test
    void as_soon_as_one_thing_the_other_is_the_verb_and_its_result() {
        assertThat(SpokenForms.soonAs("厕所冬天一冻就裂")).isEqualTo("厕所冬天冻裂");
        assertThat(SpokenForms.soonAs("一下雨就漏")).isEqualTo("一下雨就漏");
        assertThat(SpokenForms.soonAs("一次性补贴")).isEqualTo("一次性补贴");
    }

    @Test
    void a_dialect_lines_official_words_do_not_mean_each_other() {
        Synonyms s = new Synonyms(List.of(List.of("春节", "过年"), List.of("过年钱", "春节", "困难群众"),
                List.of("困难户", "困难群众", "低保户")), 1);
        // The spoken word means them all, and the district's group of each.
        assertThat(s.expand("过年钱")).containsExactlyInAnyOrder("过年钱", "春节", "困难群众", "过年");
        // Each official word alone is itself (and its district group), not the line's other words.
        assertThat(s.expand("春节")).containsExactlyInAnyOrder("春节", "过年");
        assertThat(s.expand("困难群众")).containsExactly("困难群众");
        assertThat(s.expand("低保户")).containsExactly("低保户");
    }

    @Test
    void a_number_is_about_the_asker_even_where_a_notice_has_it() {
        // The general dictionary counts no numbers: without the numeral rule a number the corpus
        // has would count as a subject beside a listed word.
        assertThat(GeneralFrequency.of("十五")).isZero();
        assertThat(AskerWords.about(new QueryPlan.Term("十五", Set.of("十五"), false, false, false, 0.02))).isTrue();
        assertThat(AskerWords.about(new QueryPlan.Term("两三", Set.of("两三"), true, true, false))).isTrue();
        // A known word that is no number, person or place is a subject.
        assertThat(AskerWords.about(new QueryPlan.Term("电线", Set.of("电线"), false, false, false, 0.02))).isFalse();
        Synonyms s = Synonyms.parse("dialect.txt", "看山的, 护林员\n");
        QueryPlan.Term anchor = new QueryPlan.Term("看山的", s.expand("看山的"), false, false, false, 0.02);
        QueryPlan.Term fifteen = new QueryPlan.Term("十五", Set.of("十五"), false, false, false, 0.02);
        assertThat(Anchors.apply(List.of(anchor, fifteen), s, "看山的十五")).extracting(QueryPlan.Term::generic)
                .containsExactly(false, true);
    }

    @Test
    void the_body_route_runs_only_when_the_character_route_found_nothing() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 50; i++) {
            write(docs, "F-" + i, "第" + i + "号会议纪要", "会议记录第" + i + "号。", "会议纪要。");
        }
        // The characters of 下河洗澡 in order in a title: the character route finds this one.
        write(docs, "CHARS", "严禁到下面河里洗个澡的提示", "夏天注意安全。", "注意安全。");
        // 下河洗澡 and its official word only in a body: the body route would find this one.
        write(docs, "BODY", "汛期安全防范工作通知", "做好汛期安全。", "暑期学生防溺水，严禁下河洗澡。");
        try (Corpus c = TestHomes.corpusOf(dir.resolve("home"), docs)) {
            assertThat(ids(c.search(), "下河洗澡")).containsExactly("CHARS");
        }
        Path bodyOnly = Files.createDirectories(dir.resolve("bodyOnly"));
        for (int i = 0; i < 50; i++) {
            write(bodyOnly, "F-" + i, "第" + i + "号会议纪要", "会议记录第" + i + "号。", "会议纪要。");
        }
        write(bodyOnly, "BODY", "汛期安全防范工作通知", "做好汛期安全。", "暑期学生防溺水，严禁下河洗澡。");
        try (Corpus c = TestHomes.corpusOf(dir.resolve("home2"), bodyOnly)) {
            assertThat(ids(c.search(), "下河洗澡")).containsExactly("BODY");
        }
    }

    @Test
    void over_the_sample_spoken_counts_times_and_things_reach_their_notice_and_a_festival_payment_nothing()
            throws Exception {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "抽一回粪多少钱")).contains("QH-2025-0010");
            assertThat(ids(s, "低保户今冬烧煤钱给多少")).contains("QH-2026-0018");
            assertThat(ids(s, "那煤气报警的玩意儿白给安不")).contains("QH-2026-0017");
            assertThat(ids(s, "现在吃低保一人一月给多少").subList(0, 3)).contains("QH-2025-0018");
            assertThat(ids(s, "俺们村那个厕所改完了冬天一冻就裂，我想问问谁给修")).first().isEqualTo("QH-2026-0006");
            // 春节 no longer means 困难群众: the winter relief notice is no answer to it.
            assertThat(ids(s, "2026年春节困难群众一次性生活补贴多少钱")).isEmpty();
        }
    }

    private static void write(Path folder, String id, String title, String summary, String body) throws Exception {
        Files.writeString(folder.resolve(id + ".md"), "---\nid: " + id + "\ntitle: " + title + "\nagency: 应急管理局\n"
                + "type: 通知\npublished: 2026-06-01\nsummary: " + summary + "\n---\n" + body + "\n");
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
