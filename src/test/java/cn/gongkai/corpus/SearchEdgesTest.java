package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, session 12: the edges of the search rules that mutation testing showed no test held
 * (a word at the very start of a question, a word exactly long enough, a share of nothing), each
 * pinned by what the question's plan or answer becomes.
 */
class SearchEdgesTest {
    @TempDir Path dir;

    private static QueryPlan.Term unknown(String w) {
        return new QueryPlan.Term(w, Set.of(w), false, true, false, 0, false, false);
    }

    private static QueryPlan.Term known(String w, boolean everyday, double share) {
        return new QueryPlan.Term(w, Set.of(w), false, false, everyday, share, false, true);
    }

    // --- UnpublishedKind: what a question's words say was never published

    @Test
    void a_thing_that_opens_the_question_before_a_benefit_names_a_kind_never_published() {
        List<QueryPlan.Term> terms = List.of(unknown("技能"), known("培训", true, 0.03), known("补贴", true, 0.03));
        assertThat(UnpublishedKind.thingBeforeBenefit("技能培训补贴怎么领", terms)).isTrue();
        // The run may pass the same word twice (培训培训补贴 as a hurried kiosk typist writes it).
        assertThat(UnpublishedKind.thingBeforeBenefit("技能培训培训补贴", terms)).isTrue();
        assertThat(UnpublishedKind.thingBeforeBenefit("技能培训", terms)).isFalse();
    }

    @Test
    void a_people_word_of_three_characters_between_a_modifier_and_the_benefit_still_narrows_it() {
        assertThat(SpokenClasses.people("老年人")).isTrue();
        assertThat(UnpublishedKind.before("被征地老年人养老保险", "征地", "养老保险")).isTrue();
        // Four characters between: the modifier is about something else.
        assertThat(UnpublishedKind.before("被征地的老年人养老保险", "征地", "养老保险")).isFalse();
    }

    @Test
    void only_a_word_of_chinese_the_dictionary_knows_is_an_everyday_thing() {
        // The thesaurus files both as things; the dictionary lacks one, the other is no Chinese word.
        assertThat(SpokenClasses.thing("伏流")).isTrue();
        assertThat(UnpublishedKind.thing("伏流")).isFalse();
        assertThat(SpokenClasses.thing("公里／小时")).isTrue();
        assertThat(UnpublishedKind.thing("公里／小时")).isFalse();
    }

    @Test
    void an_owner_word_no_notice_uses_stays_everyday_before_an_unpublished_thing() {
        QueryPlan.Term unused = known("账户", true, 0);
        List<QueryPlan.Term> out = UnpublishedKind.ownersOfThings("医保个人账户余额怎么查",
                List.of(known("医保", false, 0.03), unused, unknown("余额")));
        assertThat(out.get(1).generic()).isTrue();
        // At the start of the question an owner used by notices decides, as anywhere.
        assertThat(UnpublishedKind.ownersOfThings("账户余额怎么查", List.of(known("账户", true, 0.03), unknown("余额")))
                .get(0).generic()).isFalse();
    }

    @Test
    void latin_letters_before_a_benefit_are_no_programmes_name() {
        QueryPlan.Term benefit = new QueryPlan.Term("老人补贴", Set.of("老人补贴", "高龄津贴"), false, false, false);
        assertThat(UnpublishedKind.asked("ABC老人补贴", List.of(benefit, unknown("ABC")))).isFalse();
        assertThat(UnpublishedKind.asked("煤改电老人补贴", List.of(benefit, unknown("煤改电")))).isTrue();
    }

    // --- EitherOr: the words of a choice only rank

    @Test
    void the_choice_after_haishi_ranks_only_within_its_clause() {
        QueryPlan.Term allowance = known("高龄津贴", false, 0.03);
        QueryPlan.Term quarter = known("季度", false, 0.03);
        QueryPlan.Term disabled = known("残疾补贴", false, 0.03);
        List<QueryPlan.Term> terms = List.of(allowance, quarter, disabled);
        assertThat(EitherOr.apply(terms, "高龄津贴按月发还是按季度发，残疾补贴怎么领"))
                .extracting(QueryPlan.Term::generic).containsExactly(false, true, false);
        assertThat(EitherOr.apply(terms, "高龄津贴按月发还是按季度发 残疾补贴怎么领"))
                .extracting(QueryPlan.Term::generic).containsExactly(false, true, false);
        assertThat(EitherOr.apply(terms, "高龄津贴按月发还是按季度发残疾补贴"))
                .extracting(QueryPlan.Term::generic).containsExactly(false, true, true);
        // Nothing after 还是, or 还是 as "still": no choice.
        assertThat(EitherOr.apply(terms, "高龄津贴季度发还是")).isEqualTo(terms);
        assertThat(EitherOr.apply(terms, "高龄津贴还是没季度发")).isEqualTo(terms);
    }

    // --- BodyRoute: a notice whose body names the word with a payment right after it

    @Test
    void a_body_naming_a_three_character_word_with_its_payment_answers_a_money_question() throws Exception {
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(60));
        docs.add(doc("aid", "学生资助政策问答", "资助", "初中寄宿生每生每年补助1250元。"));
        docs.add(doc("other", "学生资助名单", "资助", "寄宿生名单见附件，请各校于本月底前核对学生信息并上报教育局，补助另行通知。"));
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.hits(BodyRoute.paidIn(List.of("寄宿生")))).extracting(RuleIndex.Hit::id)
                    .containsExactly("aid");
            assertThat(idx.hits(BodyRoute.paidIn(List.of("寄宿生", "住校生")))).extracting(RuleIndex.Hit::id)
                    .containsExactly("aid");
        }
        // No word of Chinese characters: nothing a body could name.
        assertThat(BodyRoute.paidIn(List.of("ABC", "寄"))).isNull();
    }

    @Test
    void body_only_words_carrying_half_the_question_decide_and_a_word_in_no_notice_weighs_one() {
        QueryPlan.Term boarder = new QueryPlan.Term("寄宿生", Set.of("寄宿生"), false, false, false, 0.05, false);
        QueryPlan.Term titled = new QueryPlan.Term("学生", Set.of("学生"), false, false, false, 0.05, true);
        QueryPlan.Term nowhere = new QueryPlan.Term("住校", Set.of("住校"), false, false, false, 0, true);
        java.util.function.Function<QueryPlan.Term, Query> match = t -> new TermQuery(new Term(Schema.BODY_BI,
                t.text()));
        QueryPlan half = new QueryPlan(List.of(boarder, titled), List.of(), null, null, "寄宿生学生补助多少");
        assertThat(BodyRoute.paid(half, half.terms(), match)).isNotNull();
        // rarity(0.05) ≈ 3.1 against 3.1 + 1 for a word no notice has: still more than half.
        QueryPlan none = new QueryPlan(List.of(boarder, nowhere), List.of(), null, null, "寄宿生住校补助多少");
        assertThat(BodyRoute.paid(none, none.terms(), match)).isNotNull();
    }

    @Test
    void letters_answer_from_bodies_only_when_every_specific_word_is_listed_and_untitled() {
        Synonyms synonyms = Synonyms.parse("synonyms.txt", "防汛, 防洪\n");
        QueryPlan.Term flood = new QueryPlan.Term("防汛", synonyms.expand("防汛"), false, false, false, 0.05, false);
        QueryPlan.Term unlisted = new QueryPlan.Term("化粪池", Set.of("化粪池"), false, false, false, 0.05, false);
        QueryPlan.Term how = new QueryPlan.Term("怎么", Set.of("怎么"), false, false, true, 0.5, false);
        assertThat(BodyRoute.untitled(new QueryPlan(List.of(flood, how), List.of(), null, null, "防汛怎么"), synonyms))
                .isTrue();
        assertThat(BodyRoute.untitled(new QueryPlan(List.of(unlisted, how), List.of(), null, null, "化粪池怎么"),
                synonyms)).isFalse();
    }

    // --- ScoreSum: the kiosk's candidate words by how much notices use them

    @Test
    void of_two_listed_words_the_same_letters_spell_the_kiosk_offers_first_the_one_more_notices_name()
            throws Exception {
        assertThat(offered(3, 1)).first().isEqualTo("电表");
        assertThat(offered(1, 3)).first().isEqualTo("低保");
    }

    /** The candidates for db over a home whose notices name 电表 and 低保 so many times each. */
    private List<String> offered(int meters, int allowances) throws Exception {
        Path home = Files.createTempDirectory(dir, "home");
        Home h = new Home(home);
        Files.createDirectories(h.configDir());
        Files.writeString(h.configDir().resolve("synonyms.txt"), "低保, 最低生活保障\n电表, 电能表\n");
        List<Disclosure> docs = new ArrayList<>(RuleIndex.filler(20));
        for (int i = 0; i < meters; i++) {
            docs.add(doc("m" + i, "电表更换通知" + i, "电表", "更换电表。"));
        }
        for (int i = 0; i < allowances; i++) {
            docs.add(doc("a" + i, "低保审核公示" + i, "低保", "低保审核。"));
        }
        new IndexBuilder(h.indexDir()).build(docs, true);
        try (Corpus c = Corpus.open(h, TestHomes.CLOCK)) {
            return c.search().suggest("db", List.of(), 4);
        }
    }
}
