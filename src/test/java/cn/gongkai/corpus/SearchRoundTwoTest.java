package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.cli.EvalCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, round two: spoken filler, a subject the corpus does not know, rare words carrying a
 * question, the character-level last try, and the figures on the sets that are no longer blind.
 */
class SearchRoundTwoTest {
    @TempDir Path dir;

    @Test
    void spoken_filler_is_not_taken_for_a_subject() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE))) {
            assertThat(idx.plan("俺们村的道咋整给不给修").words()).doesNotContain("俺们", "咋整", "给不给", "俺们村");
            assertThat(idx.plan("一个月能给几个子儿").terms()).isEmpty();
        }
    }

    @Test
    void more_unknown_words_than_known_ones_must_all_match_and_do_not() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("pay", "医保缴费通知", "医保缴费时间", "今年医保缴费。"),
                doc("job", "公益岗招聘", "公益岗每月补贴", "招聘公益岗。")))) {
            // 异地 就医 备案 appear nowhere: the one shared word (医保) must not carry the question.
            assertThat(idx.ids("医保异地就医备案")).isEmpty();
            assertThat(idx.ids("医保缴费")).containsExactly("pay");
            // One unknown word beside a known one is given up: the known word names the subject.
            assertThat(idx.ids("公益岗工资")).containsExactly("job");
        }
    }

    @Test
    void the_rare_words_of_a_question_must_carry_most_of_its_weight() throws Exception {
        List<Disclosure> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(doc("village-" + i, "农村第" + i + "批项目通知", "农村项目", "农村项目安排。"));
        }
        for (int i = 0; i < 30; i++) {
            docs.add(doc("other-" + i, "第" + i + "批安全检查", "安全检查", "检查安排。"));
        }
        docs.add(doc("power", "农村用电通知", "农村电费缴纳", "按月缴纳电费。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            // 农村 is in half the documents, 电费 in one: a 农村 title without 电费 does not answer.
            assertThat(idx.ids("农村电费")).containsExactly("power");
            QueryPlan plan = idx.plan("农村电费");
            assertThat(plan.terms()).allMatch(t -> t.share() > 0);
            assertThat(QueryFactory.coveredFor(plan.terms(), idx.factory::termQuery)).isNotNull();
        }
    }

    @Test
    void the_character_route_finds_a_word_spread_over_a_title_and_nothing_else() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(RuleIndex.NOISE,
                doc("house", "危房改造实施方案", "每户补贴", "推倒重建。")))) {
            // 危改 is in no document as typed; its characters are in this title in order.
            QueryPlan.Term t = idx.plan("危改").terms().get(0);
            assertThat(t.text()).isEqualTo("危改");
            assertThat(t.unknown()).isTrue();
            assertThat(idx.ids("危改")).containsExactly("house");
            // Characters found in no title in order: still nothing.
            assertThat(idx.ids("地膜回收")).isEmpty();
            assertThat(idx.ids("冬天发多少钱")).isEmpty();
        }
    }

    @Test
    void sets_no_longer_blind_stay_at_the_bar() throws IOException {
        for (String set : List.of("/eval/blind-2026-11.tsv", "/eval/heldout.tsv", "/eval/dev-18.tsv",
                "/eval/blind-2026-11b.tsv")) {
            Path file = TestHomes.resource(set);
            List<Evaluation.Case> cases = Evaluation.parse(Files.readString(file, StandardCharsets.UTF_8), set);
            Path home = Files.createTempDirectory(dir, "home");
            try (Corpus corpus = TestHomes.sample(home)) {
                Evaluation.Report report = Evaluation.run(corpus.search(), cases);
                StringWriter printed = new StringWriter();
                EvalCommand.print(report, new PrintWriter(printed));
                assertThat(report.overall().success3()).as(set + "\n" + printed).isGreaterThanOrEqualTo(0.9);
                for (Evaluation.Figures f : report.byKind()) {
                    if (f.kind().equals("none") || f.kind().equals("colloquial")) {
                        assertThat(f.noAnswerAccuracy()).as(set + " " + f.kind() + "\n" + printed)
                                .isGreaterThanOrEqualTo(0.8);
                    }
                }
            }
        }
    }
}
