package cn.gongkai.corpus;

import java.util.List;
import java.util.Set;

/**
 * What the planner understood from a person's words, before any Lucene query exists.
 *
 * @param terms content words that must mostly match (each with its synonyms)
 * @param weak single characters and numbers: they may add to a score but never decide a match
 * @param village a village named in the words, or null
 * @param initials pinyin first letters typed on an A–Z keyboard (slfh), or null
 * @param text the words as typed, less the village and punctuation (someone may have typed a title)
 * @param places the two villages a question names as the ends of a way (柳河屯到马家营), else empty;
 *     the answer must name both
 */
record QueryPlan(List<Term> terms, List<String> weak, String village, String initials, String text,
        List<String> places) {

    QueryPlan(List<Term> terms, List<String> weak, String village, String initials, String text) {
        this(terms, weak, village, initials, text, List.of());
    }

    /**
     * A content word and the words that mean the same. {@code bySound}: the word as typed
     * appears nowhere, so it may be a homophone typo and is also matched by its sound.
     * {@code unknown}: it appears nowhere and sounds like nothing known either.
     * {@code generic}: an everyday word (补贴, 申请, 冬季) that may rank a document but never
     * qualify one (see {@link GenericWords}). {@code share}: the share of documents holding the
     * word or its commonest alternative, 0 when unknown or the corpus is too small to tell.
     * {@code titled}: the word or an alternative is in some document's title, so it names a topic
     * the district publishes on (低保), not only a thing its notices mention (户口簿).
     * {@code typed}: some document has the word as typed (false for 上户口, found only by its
     * reading 户口).
     */
    record Term(String text, Set<String> alternatives, boolean bySound, boolean unknown, boolean generic, double share,
            boolean titled, boolean typed) {
        Term(String text, Set<String> alternatives, boolean bySound, boolean unknown, boolean generic, double share,
                boolean titled) {
            this(text, alternatives, bySound, unknown, generic, share, titled, true);
        }

        Term(String text, Set<String> alternatives, boolean bySound, boolean unknown, boolean generic, double share) {
            this(text, alternatives, bySound, unknown, generic, share, false);
        }

        Term(String text, Set<String> alternatives, boolean bySound, boolean unknown, boolean generic) {
            this(text, alternatives, bySound, unknown, generic, 0);
        }

        Term(String text, Set<String> alternatives, boolean bySound) {
            this(text, alternatives, bySound, false, false);
        }

        Term(String text, Set<String> alternatives, boolean bySound, boolean unknown) {
            this(text, alternatives, bySound, unknown, false);
        }

        /** The same word, ranking but no longer deciding which documents qualify. */
        Term everyday() {
            return new Term(text, alternatives, bySound, unknown, true, share, titled, typed);
        }

        /** The same word, deciding which documents qualify although the lists call it everyday. */
        Term specific() {
            return new Term(text, alternatives, bySound, unknown, false, share, titled, typed);
        }
    }

    boolean isEmpty() {
        return terms.isEmpty() && weak.isEmpty() && initials == null;
    }

    List<String> words() {
        return terms.stream().map(Term::text).toList();
    }
}
