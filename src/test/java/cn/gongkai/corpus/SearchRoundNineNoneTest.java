package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, ninth round, the no-answer side: one rule, {@link HeadSubject}. The word written right
 * before a benefit's money word names the benefit; a document answers only if its title or summary
 * names it — as typed, by the district's synonyms, by a lexicon reading that keeps part of it, or,
 * for a word the corpus never uses, by the lexicon or by sound.
 */
class SearchRoundNineNoneTest {
    @TempDir Path dir;

    @Test
    void the_head_is_the_word_right_before_the_money_word_with_the_words_written_before_it() {
        assertThat(heads("农机报废补贴怎么申请", term("农机", false), term("报废", true), generic("补贴"), generic("申请")))
                .containsExactly("报废", "农机");
        // One word of no content between (给, 有) still leaves it the head.
        assertThat(heads("报废给补贴吗", term("报废", true), generic("补贴"))).containsExactly("报废");
        // A kept single character between is content: 报废旧补贴 has no head.
        assertThat(heads("报废旧补贴", List.of("旧"), term("报废", true), generic("补贴"))).isEmpty();
        // Everyday words (冬季) never name a benefit; nor a fragment nobody writes (招人).
        assertThat(heads("冬季补贴", generic("冬季"), generic("补贴"))).isEmpty();
        assertThat(heads("招人补贴", term("招人", true), generic("补贴"))).isEmpty();
        // 钱 ends more than money (烧纸钱 is paper to burn): only two-character money words count.
        assertThat(heads("烧纸钱让不让", term("烧纸", false))).isEmpty();
        // A word that is itself a benefit's name (种地补贴) needs no other head.
        assertThat(heads("种地补贴一亩多少钱", term("种地补贴", false))).isEmpty();
    }

    @Test
    void a_lexicon_reading_stands_for_the_head_only_when_it_keeps_part_of_it() {
        assertThat(HeadSubject.shares("困难户", "困难群众")).isTrue();
        assertThat(HeadSubject.shares("清雪", "公益性岗位")).isFalse();
    }

    @Test
    void a_benefit_the_district_never_published_finds_nothing_and_its_near_neighbours_still_answer() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 50; i++) {
            write(docs, "F-" + i, "第" + i + "号会议纪要", "会议记录第" + i + "号。", "会议纪要。");
        }
        write(docs, "JOBS", "2026年公益性岗位招聘公告", "村里招保洁员、护路员，每月补贴1200元，到村委会报名。", "招聘公益性岗位人员。");
        // 清雪 and 困难户 are words of this corpus, but only in a village's accounts.
        write(docs, "ACCOUNTS", "柳河村第四季度村务财务公开", "四季度收支情况。", "冬季清雪用煤2450元；慰问困难户3000元。");
        write(docs, "FARM", "农机购置补贴实施方案", "买拖拉机、收割机可以申请补贴，补售价的三成。", "农机购置补贴。");
        write(docs, "FESTIVAL", "关于做好春节期间困难群众基本生活保障工作的通知", "春节前困难群众多发300元生活补助。",
                "做好困难群众生活保障。");
        try (Corpus c = TestHomes.corpusOf(dir.resolve("home"), docs)) {
            SearchService s = c.search();
            // The lexicon reads 清雪 as 公益岗 work; a 清雪 subsidy is no 公益岗 notice.
            assertThat(ids(s, "冬季清雪补贴怎么申请")).isEmpty();
            // 农机, 补贴 and 申请 all match the purchase notice; 报废 names another subsidy.
            assertThat(ids(s, "农机报废补贴怎么申请")).isEmpty();
            assertThat(ids(s, "旧拖拉机报废给补贴吗")).isEmpty();
            // The benefit the notice names, in the notice's words or the district's, still answers.
            assertThat(ids(s, "农机购置补贴怎么申请")).first().isEqualTo("FARM");
            // A word the corpus never uses reaches its notice by the lexicon (四轮子 → 农机).
            assertThat(ids(s, "买四轮子有补贴没")).first().isEqualTo("FARM");
            // A lexicon reading that keeps part of the word (困难户 → 困难群众) stands for it.
            assertThat(ids(s, "过年困难户补助")).first().isEqualTo("FESTIVAL");
        }
    }

    @Test
    void over_the_sample_unpublished_subsidies_find_nothing_and_published_ones_their_notice() throws Exception {
        try (Corpus c = TestHomes.sample(dir.resolve("home"))) {
            SearchService s = c.search();
            assertThat(ids(s, "冬季清雪补贴怎么申请")).isEmpty();
            assertThat(ids(s, "旧拖拉机报废给补贴吗")).isEmpty();
            assertThat(ids(s, "种植业保险每亩交多少钱")).isEmpty();
            assertThat(ids(s, "买四轮子有补贴没")).contains("QH-2025-0007");
            assertThat(ids(s, "过年困难户补助")).contains("QH-2025-0002");
            assertThat(ids(s, "残疾人护理补贴一个月多少钱")).contains("QH-2025-0022");
        }
    }

    private static QueryPlan.Term term(String text, boolean unknown) {
        return new QueryPlan.Term(text, Set.of(text), unknown, unknown, false, unknown ? 0 : 0.02);
    }

    private static QueryPlan.Term generic(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, true, 0.3);
    }

    private static List<String> heads(String text, QueryPlan.Term... terms) {
        return heads(text, List.of(), terms);
    }

    private static List<String> heads(String text, List<String> weak, QueryPlan.Term... terms) {
        QueryPlan plan = new QueryPlan(List.of(terms), weak, null, null, text);
        return HeadSubject.all(plan).stream().map(QueryPlan.Term::text).toList();
    }

    private static void write(Path folder, String id, String title, String summary, String body) throws Exception {
        Files.writeString(folder.resolve(id + ".md"), "---\nid: " + id + "\ntitle: " + title + "\nagency: 民政局\n"
                + "type: 通知\npublished: 2026-06-01\nsummary: " + summary + "\n---\n" + body + "\n");
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(SearchRequest.of(q).page(0, 5)).hits().stream().map(h -> h.disclosure().id()).toList();
    }
}
