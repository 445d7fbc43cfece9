package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.TODAY;
import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One ranking or matching rule per test, each over a corpus written here so that only the rule
 * under test can find (or order) the documents: switch the rule off and the test fails. (Sound-alike
 * correction, the ranking multiplier and the planner have their own tests by class name.)
 */
class SearchRulesTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

    // --- body text ---

    @Test
    void a_word_only_in_the_body_completes_a_match_begun_in_the_summary() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("without", "村里通知", "秸秆回收", "本村统一安排。"),
                doc("with", "村里通知", "秸秆回收", "严禁焚烧，本村统一安排。")))) {
            // Two words: both must match; 秸秆 is in the summary, 焚烧 only in the body.
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("with");
        }
    }

    @Test
    void a_body_match_adds_to_the_score() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("without", "秸秆回收通知", "回收", "本村统一安排。"),
                doc("with", "秸秆回收通知", "回收", "严禁焚烧，本村统一安排。")))) {
            // One word in the title qualifies both; the body word only ranks.
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("with", "without");
        }
    }

    // --- category ---

    @Test
    void naming_a_category_finds_the_documents_filed_under_it() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("filed", "第三批资金公示", "扶贫", TODAY, null, List.of()),
                doc("other", "第四批资金公示", "教育", TODAY, null, List.of())))) {
            assertThat(idx.ids("扶贫")).containsExactly("filed");
        }
    }

    // --- "most of the words" ---

    @Test
    void most_is_all_of_one_or_two_and_three_in_five() {
        assertThat(QueryFactory.mostOf(1)).isEqualTo(1);
        assertThat(QueryFactory.mostOf(2)).isEqualTo(2);
        assertThat(QueryFactory.mostOf(3)).isEqualTo(2);
        assertThat(QueryFactory.mostOf(4)).isEqualTo(3);
        assertThat(QueryFactory.mostOf(5)).isEqualTo(3);
        assertThat(QueryFactory.mostOf(6)).isEqualTo(4);
    }

    @Test
    void without_a_title_word_most_of_the_words_qualify_and_fewer_do_not() throws Exception {
        // Four specific words (秸秆 焚烧 罚款 清运), none in any title: 秸秆 in each summary.
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("three", "村里通知", "秸秆回收", "严禁焚烧，违者罚款。"),
                doc("two", "村里通知", "秸秆回收", "严禁焚烧。"),
                doc("four", "村里通知", "秸秆回收", "严禁焚烧，违者罚款，统一清运。")))) {
            assertThat(idx.plan("秸秆 焚烧 罚款 清运").terms()).hasSize(4);
            assertThat(idx.ids("秸秆 焚烧 罚款 清运")).containsExactlyInAnyOrder("three", "four");
        }
    }

    // --- everyday words rank, never qualify ---

    @Test
    void everyday_words_do_not_qualify_a_document_for_a_specific_word_it_lacks() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("other", "耕地补贴申请通知", "每亩补贴标准", "冬季前申请。")))) {
            // 养羊 appears nowhere; 补贴 申请 每亩 are everywhere a subsidy is.
            QueryPlan plan = idx.plan("养羊补贴每亩怎么申请");
            assertThat(plan.terms()).filteredOn(QueryPlan.Term::generic).extracting(QueryPlan.Term::text)
                    .contains("补贴", "申请");
            assertThat(idx.ids("养羊补贴每亩怎么申请")).isEmpty();
            assertThat(idx.ids("耕地补贴每亩怎么申请")).containsExactly("other");
        }
    }

    @Test
    void everyday_words_alone_qualify_only_all_in_a_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("summary", "学生资助通知", "孩子上学有补贴", "按时申请。"),
                doc("title", "孩子补贴发放通知", "按时发放", "按时申请。")))) {
            assertThat(idx.plan("孩子补贴").terms()).allMatch(QueryPlan.Term::generic);
            assertThat(idx.ids("孩子补贴")).containsExactly("title");
        }
    }

    @Test
    void everyday_words_rank_a_document_that_qualifies_on_its_specific_words() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("plain", "秸秆回收通知", "统一安排", "本村统一安排。"),
                doc("money", "秸秆回收通知", "统一安排", "本村统一安排，每吨补贴五十元。")))) {
            assertThat(idx.ids("秸秆补贴")).containsExactly("money", "plain");
        }
    }

    @Test
    void specific_words_with_everyday_ones_need_most_of_all_and_half_the_specific_in_the_topic() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("topic", "职业教育通知", "技校学生补助", "在校学生可以申请。"),
                doc("body", "职业教育通知", "学生资助", "技校在校就读可以申请补助。")))) {
            // 技校 就读 specific, 补助 everyday. "topic" lacks 就读, so the specific words alone do
            // not qualify it; two of three words with 技校 in its summary do. "body" has all three,
            // none in its title or summary.
            assertThat(idx.ids("技校就读补助")).containsExactly("topic");
        }
    }

    @Test
    void one_word_in_the_title_qualifies_with_only_half_the_words() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("title", "秸秆回收通知", "村里安排", "本村统一安排。"),
                doc("summary", "村里通知", "秸秆回收", "本村统一安排。")))) {
            assertThat(idx.ids("秸秆 焚烧")).containsExactly("title");
        }
    }

    @Test
    void a_word_the_corpus_never_saw_does_not_count_against_the_others_in_a_title() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("title", "秸秆焚烧通知", "村里安排", "本村统一安排。"),
                doc("summary", "村里通知", "秸秆焚烧", "本村统一安排。")))) {
            // 比特币 is unknown: of the two known words both must match and one be in the title.
            QueryPlan plan = idx.plan("秸秆 焚烧 比特币");
            assertThat(plan.terms()).extracting(QueryPlan.Term::unknown).containsExactly(false, false, true);
            assertThat(idx.ids("秸秆 焚烧 比特币")).containsExactly("title", "summary");
        }
    }

    // --- synonyms, longest first ---

    @Test
    void the_longest_known_term_is_taken_whole_before_its_parts() throws Exception {
        String groups = "农保, 城乡居民基本养老保险\n养老保险, 养老金\n";
        try (RuleIndex idx = new RuleIndex(dir, groups, "", List.of(NOISE,
                doc("farm", "农保缴费通知", "按时缴费", "按时缴费。")))) {
            assertThat(idx.synonyms.termsLongestFirst())
                    .containsExactly("城乡居民基本养老保险", "养老保险", "养老金", "农保");
            QueryPlan plan = idx.plan("城乡居民基本养老保险");
            assertThat(plan.words()).containsExactly("城乡居民基本养老保险");
            assertThat(idx.ids("城乡居民基本养老保险")).containsExactly("farm");
        }
    }
}
