package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link KindOf} one rule at a time, on plans built by hand and a vocabulary that has only the words
 * named: where the word the corpus lacks may stand (first in the question, twice), which neighbour
 * counts as a district word, and that a word merely in the same question names no kind of it.
 */
class KindOfTest {
    /** The corpus has these as typed; 医生 and 驾驶证 it never uses. */
    private static final QueryPlanner.Vocabulary CORPUS = new QueryPlanner.Vocabulary() {
        private final Set<String> words = Set.of("乡村", "招聘", "农机", "怎么", "报名", "证", "nongji");

        @Override
        public Set<String> soundAlikes(String word) {
            return Set.of();
        }

        @Override
        public boolean appearsAsTyped(String word) {
            return words.contains(word);
        }
    };

    @Test
    void a_two_character_word_names_a_kind() {
        QueryPlan plan = plan("乡村医生招聘", district("乡村"), lacking("医生"), district("招聘"));
        assertThat(kinds(plan)).containsExactly("医生");
    }

    @Test
    void only_a_word_the_general_dictionary_lists_is_a_candidate() {
        // The thesaurus files 塌陷区 as a place, but the general dictionary does not list it: no kind
        // (a word neither the corpus nor the dictionary knows is a fragment, AskerWords.about).
        assertThat(KindOf.names("塌陷区")).isTrue();
        assertThat(GeneralFrequency.of("塌陷区")).isZero();
        assertThat(KindOf.candidate(lacking("塌陷区"))).isFalse();
        assertThat(KindOf.candidate(lacking("驾驶证"))).isTrue();
    }

    @Test
    void the_kind_may_open_the_question() {
        QueryPlan plan = plan("医生招聘条件", lacking("医生"), district("招聘"), lacking("条件"));
        assertThat(kinds(plan)).containsExactly("医生");
    }

    @Test
    void a_district_word_elsewhere_in_the_question_is_not_touched() {
        // 医生 stands against 怎么, an everyday word; 招聘 is two characters away.
        QueryPlan plan = plan("医生怎么招聘", lacking("医生"), everyday("怎么"), district("招聘"));
        assertThat(kinds(plan)).isEmpty();
        QueryPlan apart = plan("驾驶证 农机", lacking("驾驶证"), district("农机"));
        assertThat(kinds(apart)).isEmpty();
    }

    @Test
    void a_word_written_twice_counts_where_it_touches_the_district_word() {
        QueryPlan plan = plan("医生怎么当乡村医生招聘", lacking("医生"), everyday("怎么"), lacking("当"), district("乡村"),
                district("招聘"));
        assertThat(kinds(plan)).containsExactly("医生");
    }

    @Test
    void only_a_specific_word_the_corpus_has_as_typed_is_a_district_word() {
        // Each neighbour below is in the corpus as typed, yet none is a specific word of the question.
        assertThat(kinds(plan("驾驶证怎么考", lacking("驾驶证"), everyday("怎么")))).isEmpty();
        assertThat(kinds(plan("驾驶证报名", lacking("驾驶证"), new QueryPlan.Term("报名", Set.of("报名"), true))))
                .isEmpty();
        assertThat(kinds(plan("驾驶证证", lacking("驾驶证"), district("证")))).isEmpty();
        // A word the corpus has only by another reading is no district word either.
        assertThat(kinds(plan("驾驶证考试", lacking("驾驶证"), district("考试")))).isEmpty();
        // The same neighbour, specific and typed, makes it a kind.
        assertThat(kinds(plan("农机驾驶证怎么考", district("农机"), lacking("驾驶证"), everyday("怎么"))))
                .containsExactly("驾驶证");
    }

    private static List<String> kinds(QueryPlan plan) {
        return KindOf.all(plan, CORPUS).stream().map(QueryPlan.Term::text).toList();
    }

    private static QueryPlan plan(String text, QueryPlan.Term... terms) {
        return new QueryPlan(List.of(terms), List.of(), null, null, text);
    }

    private static QueryPlan.Term district(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, false, 0.02);
    }

    private static QueryPlan.Term lacking(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, true, false, 0);
    }

    private static QueryPlan.Term everyday(String text) {
        return new QueryPlan.Term(text, Set.of(text), false, false, true, 0.3);
    }
}
