package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;

/**
 * Builds the Lucene query for a {@link QueryPlan}. Each content word may match in several ways
 * (title or body; as segmented words or as bigrams; any of its synonyms; by sound) and scores by
 * its best way. Which documents qualify at all is a separate rule (see {@link #build}): it is
 * what lets an unrelated question find nothing instead of the least-bad junk.
 */
final class QueryFactory {
    // Why these weights: a word in the title says what the document is about; in the summary
    // nearly so; in the body only that it is mentioned. Bigrams and sound are safety nets for
    // segmentation errors and homophone typos, so they count less than the word itself.
    private static final float TITLE_WORDS = 4f;
    private static final float TITLE_BIGRAMS = 3f;
    private static final float TOPIC_WORDS = 2f;
    private static final float BODY_BIGRAMS = 0.7f;
    private static final float SOUND = 0.8f;
    /** The whole question appearing as it is in a title: someone typed the title. */
    private static final float WHOLE_TITLE = 6f;
    private static final float INITIALS_IN_TITLE = 12f;
    /**
     * Each word the letters spell weighs a tenth of the one ranked before it ({@link InitialsWords}):
     * the notices of the word residents ask more come first, the others still after them.
     */
    private static final float NEXT_WORD = 0.1f;
    /** Dismax tie-breaker: the best way a word matched counts, the others only a little. */
    private static final float TIE = 0.1f;

    private final PhraseCache words = new PhraseCache(Schema.words());
    private final PhraseCache bigrams = new PhraseCache(Schema.bigrams());
    /** A word spelled by initials with its synonyms (db: 低保 is titled 最低生活保障). */
    private final java.util.function.Function<String, Set<String>> expand;

    QueryFactory() {
        this.expand = Set::of;
    }

    QueryFactory(Synonyms synonyms) {
        this.expand = synonyms::expand;
    }

    /** Null when the plan has nothing to search for. */
    Query build(QueryPlan plan, List<String> initialsWords, String wholeText) {
        if (plan.initials() != null) {
            return initialsQuery(plan.initials(), initialsWords);
        }
        if (plan.terms().isEmpty()) {
            return null;
        }
        // Everyday words (补贴, 申请, 冬季) rank but never qualify: only the specific words of a
        // question decide which documents answer it, so a question about a subsidy never published
        // finds nothing instead of other subsidies' notices.
        List<QueryPlan.Term> specific = plan.terms().stream().filter(t -> !t.generic()).toList();
        List<QueryPlan.Term> generic = plan.terms().stream().filter(QueryPlan.Term::generic).toList();
        if (specific.isEmpty()) {
            return onlyEverydayWords(generic, plan, wholeText);
        }
        if (subjectUnknown(specific) || UnpublishedKind.asked(wholeText, specific)
                || UnpublishedKind.thingBeforeBenefit(wholeText, plan.terms())) {
            return everySpecificWord(plan, specific, wholeText);
        }
        int n = specific.size();
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        BooleanQuery.Builder inTopic = new BooleanQuery.Builder();
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        for (QueryPlan.Term t : specific) {
            Query any = termQuery(t);
            scoring.add(any, Occur.SHOULD);
            most.add(any, Occur.SHOULD);
            inTopic.add(placeQuery(t.text(), t.alternatives(), Schema.TOPIC, Schema.TOPIC_BI, t.bySound()), Occur.SHOULD);
            inTitle.add(placeQuery(t.text(), t.alternatives(), Schema.TITLE, Schema.TITLE_BI, false), Occur.SHOULD);
        }
        long known = specific.stream().filter(t -> !t.unknown()).count();
        // Words that appear nowhere in any document cannot be matched: half of the others must.
        scoring.setMinimumNumberShouldMatch((int) Math.max(1, (Math.min(n, known == 0 ? n : known) + 1) / 2));
        most.setMinimumNumberShouldMatch(mostOf(n));
        // Which documents qualify: most of the words anywhere with one of them in the title or
        // summary; or, if only half the words match, one of them must be in the title. A stray
        // common word (价格, 充值) in a summary cannot carry an unrelated question. A word the corpus
        // never saw (工资 beside 补贴) needs no clause of its own: a title naming a known word qualifies.
        // With one word, "most" is that word, which the scoring clause already requires, and a
        // title is part of the topic: the topic test alone decides, and nothing is matched twice.
        // Everyday words mentioned in passing (带身份证) qualify only from a title: see onlyInTitle.
        boolean topical = !onlyInTitle(specific);
        Query qualifies = !topical ? inTitle.build() : n == 1 ? inTopic.build() : new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(most.build(), Occur.MUST).add(inTopic.build(), Occur.MUST).build(),
                        Occur.SHOULD)
                .add(inTitle.build(), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
        if (topical && !generic.isEmpty() && n >= 2) {
            qualifies = orMostWithHalfTheSpecificInTopic(plan.terms(), specific, qualifies);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(scoring.build(), Occur.MUST)
                .add(qualifies, Occur.FILTER);
        Query covered = covered(specific);
        if (covered != null) {
            all.add(covered, Occur.FILTER);
        }
        for (QueryPlan.Term t : generic) {
            all.add(termQuery(t), Occur.SHOULD);
        }
        return finish(all, plan, wholeText);
    }

    /**
     * More of the question's specific words appear nowhere in the corpus than appear somewhere
     * (医保 异地 就医 备案; 宅基地 新房 with 农村): what it asks about was probably never published,
     * and the one word it shares with a notice must not carry it: every word must then match. One unknown word beside a known one
     * (公益岗 … 工资) is still given up: the known word names the subject (see {@link #onlyInTitle}).
     */
    static boolean subjectUnknown(List<QueryPlan.Term> specific) {
        long unknown = specific.stream().filter(QueryPlan.Term::unknown).count();
        return unknown > 0 && unknown > specific.size() - unknown;
    }

    /** Share of documents above which an everyday word is one a corpus mentions in passing. */
    static final double PASSING_SHARE = 0.1;

    /**
     * Whether a document must have one of the question's specific words in its title, because
     * none of them names a topic by itself. With a word the corpus does not have (体检), the known
     * words stand for the question only if one is a topic's own word, rare in general Chinese
     * (公益岗 … 工资); everyday ones (免费 … 体检: 免费 is in any notice that gives something away)
     * only from a title (下雨往哪转移: 转移 in 避险转移公告). Without one, the words are all in the
     * corpus: only if each is in a tenth of the documents or more — mentioned in passing, like
     * 身份证 in every 带身份证 or 户口簿 in every list of papers — must one be in the title (换身份证,
     * 户口本丢了 find nothing; 低保 is in the titles of its notices). A topic has a handful of
     * notices (a few percent of a district's documents), so a word in a tenth of them is spread over
     * many topics; 大棚 in one summary still answers 大棚啥时候建.
     * See {@link GeneralFrequency} for why general Chinese.
     */
    static boolean onlyInTitle(List<QueryPlan.Term> specific) {
        boolean anyUnknown = specific.stream().anyMatch(QueryPlan.Term::unknown);
        if (anyUnknown) {
            return specific.stream().noneMatch(t -> !t.unknown() && !GeneralFrequency.common(t.text()));
        }
        // A word in passing that titles documents and is no everyday word (低保 in 最低生活保障
        // titles) is a topic the district publishes on: a summary naming it (春节前低保、特困人员多发
        // 300元) is about it too. 身份证 titles a guide too, but 带身份证 in a summary is not about it.
        // A spoken word a list reads as official words (着火 → 火灾, 起火) was put there as a topic:
        // 着火 in the summary of every fire notice (看见着火打119) is what they are about. Not when no
        // notice has the word as typed: 上户口 read as 户口 is found only in every 户口簿 to bring.
        return specific.stream().allMatch(t -> t.share() >= PASSING_SHARE
                && (!t.titled() || GeneralFrequency.common(t.text())) && !(listedTopic(t) && t.typed()));
    }

    /** A word of the lists with official words beside it, not typed by sound and rare in general Chinese. */
    static boolean listedTopic(QueryPlan.Term t) {
        return t.alternatives().size() > 1 && !t.bySound() && !GeneralFrequency.common(t.text());
    }

    /** Share of a question's weight (by rarity) its matched specific words must carry. */
    static final double COVERAGE = 0.7;
    private static final int MAX_COVERAGE_WORDS = 6;

    /** How specific a word is, by its share of documents: what coverage and the paid route weigh words by. */
    static double rarity(double share) {
        return Math.log(1 / Math.min(1, share)) + 0.1;
    }

    /**
     * The rare words of a question are its subject: the words a document matches must carry most
     * of the question's weight, each word weighing log(1/share of documents holding it). 农村 电费
     * is not answered by a 农村 notice without 电费 (农村 is in a third of them); 医保卡 补办 not by
     * the 医保 notices. Null when the corpus is too small to tell rare from common, or with one word.
     */
    static Query coveredFor(List<QueryPlan.Term> specific, java.util.function.Function<QueryPlan.Term, Query> match) {
        List<QueryPlan.Term> known = specific.stream().filter(t -> !t.unknown()).toList();
        if (known.size() < 2 || known.size() > MAX_COVERAGE_WORDS || known.stream().anyMatch(t -> t.share() <= 0)) {
            return null;
        }
        double[] w = new double[known.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rarity(known.get(i).share());
            total += w[i];
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int full = (1 << w.length) - 1;
        List<Integer> chosen = new ArrayList<>();
        for (int mask = 1; mask <= full; mask++) {
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += (mask >> i & 1) == 1 ? w[i] : 0;
            }
            // Only minimal sets: a superset of one already chosen adds nothing.
            final int m = mask;
            if (sum < COVERAGE * total || chosen.stream().anyMatch(c -> (c & m) == c)) {
                continue;
            }
            chosen.add(mask);
            BooleanQuery.Builder each = new BooleanQuery.Builder();
            for (int i = 0; i < w.length; i++) {
                if ((mask >> i & 1) == 1) {
                    each.add(match.apply(known.get(i)), Occur.MUST);
                }
            }
            any.add(each.build(), Occur.SHOULD);
        }
        return any.build();
    }

    private Query covered(List<QueryPlan.Term> specific) {
        return coveredFor(specific, this::termQuery);
    }

    /**
     * Every specific word must match (an unknown one can only by its sound: 放火 for 防火), one of
     * them in the title or summary: none of them is given up.
     */
    private Query everySpecificWord(QueryPlan plan, List<QueryPlan.Term> specific, String wholeText) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder inTopic = new BooleanQuery.Builder();
        for (QueryPlan.Term t : specific) {
            all.add(termQuery(t), Occur.MUST);
            inTopic.add(placeQuery(t.text(), t.alternatives(), Schema.TOPIC, Schema.TOPIC_BI, t.bySound()), Occur.SHOULD);
        }
        all.add(inTopic.build(), Occur.FILTER);
        for (QueryPlan.Term t : plan.terms()) {
            if (t.generic()) {
                all.add(termQuery(t), Occur.SHOULD);
            }
        }
        return finish(all, plan, wholeText);
    }

    /**
     * The last try when nothing qualified: every specific word must still match, a word the
     * corpus does not have as typed by its characters in order in a title with a few others
     * between (公益岗 in 公益性岗位, 危改 in 危房改造). Null when there is no such word: a question
     * of everyday words or single characters stays unanswered.
     */
    Query fuzzy(QueryPlan plan) {
        if (plan.initials() != null) {
            return null;
        }
        List<QueryPlan.Term> specific = plan.terms().stream().filter(t -> !t.generic()).toList();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder anyFuzzy = new BooleanQuery.Builder();
        int fuzzyWords = 0;
        for (QueryPlan.Term t : specific) {
            Query chars = characters(t.text());
            if (chars == null) {
                all.add(termQuery(t), Occur.MUST);
                continue;
            }
            fuzzyWords++;
            anyFuzzy.add(chars, Occur.SHOULD);
            all.add(new DisjunctionMaxQuery(List.of(termQuery(t), new BoostQuery(chars, TITLE_BIGRAMS)), TIE),
                    Occur.MUST);
        }
        if (fuzzyWords == 0) {
            return null;
        }
        all.add(anyFuzzy.build(), Occur.FILTER);
        for (QueryPlan.Term t : plan.terms()) {
            if (t.generic()) {
                all.add(termQuery(t), Occur.SHOULD);
            }
        }
        return all.build();
    }

    /** The word's characters in order in a title, up to as many others between them as it has characters. */
    private static Query characters(String word) {
        if (word.length() < 2 || word.length() > 6 || !word.chars().allMatch(c -> Text.isCjk((char) c))) {
            return null;
        }
        SpanQuery[] clauses = new SpanQuery[word.length()];
        for (int i = 0; i < word.length(); i++) {
            clauses[i] = new SpanTermQuery(new Term(Schema.TITLE_CHARS, word.substring(i, i + 1)));
        }
        return new SpanNearQuery(clauses, word.length(), true);
    }

    /**
     * A question of several specific words (技校, 上学) and everyday ones (孩子, 补助) is also
     * answered by a document with most of all its words, as long as half of the specific ones are
     * in its title or summary: the everyday words then confirm a topic, they do not make one.
     */
    private Query orMostWithHalfTheSpecificInTopic(List<QueryPlan.Term> all, List<QueryPlan.Term> specific,
            Query qualifies) {
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        for (QueryPlan.Term t : all) {
            most.add(termQuery(t), Occur.SHOULD);
        }
        most.setMinimumNumberShouldMatch(mostOf(all.size()));
        BooleanQuery.Builder half = new BooleanQuery.Builder();
        for (QueryPlan.Term t : specific) {
            half.add(placeQuery(t.text(), t.alternatives(), Schema.TOPIC, Schema.TOPIC_BI, t.bySound()), Occur.SHOULD);
        }
        half.setMinimumNumberShouldMatch((specific.size() + 1) / 2);
        Query confirmed = new BooleanQuery.Builder().add(most.build(), Occur.MUST).add(half.build(), Occur.MUST).build();
        return new BooleanQuery.Builder().add(qualifies, Occur.SHOULD).add(confirmed, Occur.SHOULD).build();
    }

    /**
     * A question of everyday words only (补贴, 冬季补贴): nothing more specific was asked, so a
     * document qualifies only with every one of them in its title (孩子 补贴 in a summary is how
     * a student-aid notice reads, not an answer to 生孩子补贴).
     */
    private Query onlyEverydayWords(List<QueryPlan.Term> generic, QueryPlan plan, String wholeText) {
        if (plan.weak().stream().anyMatch(w -> Text.isCjk(w.charAt(0)))) {
            // 冬天发多少钱: the leftover characters (发, 钱) were the rest of the question, and no
            // title can be checked for a single character: everyday words cannot carry it alone.
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryPlan.Term t : generic) {
            all.add(termQuery(t), Occur.SHOULD);
            all.add(placeQuery(t.text(), t.alternatives(), Schema.TITLE, Schema.TITLE_BI, false), Occur.FILTER);
        }
        return finish(all, plan, wholeText);
    }

    /** Single characters and the whole question typed as a title add to a score. */
    private Query finish(BooleanQuery.Builder all, QueryPlan plan, String wholeText) {
        for (String w : plan.weak()) {
            Query q = words.phrase(Schema.TITLE, w);
            if (q != null) {
                all.add(new BoostQuery(q, 0.3f), Occur.SHOULD);
            }
        }
        Query whole = wholeText.length() >= 4 ? bigrams.phrase(Schema.TITLE_BI, wholeText) : null;
        if (whole != null) {
            all.add(new BoostQuery(whole, WHOLE_TITLE), Occur.SHOULD);
        }
        return all.build();
    }

    /** "Most" of n content words: all of one or two, three in five. */
    static int mostOf(int n) {
        return n <= 2 ? n : (int) Math.ceil(n * 0.6);
    }

    /**
     * One content word, matched any of the ways a person could have meant it; scored by the best.
     * (The body is matched by bigrams only: segmented body words add little once the title and
     * summary are matched by words, and cost a second phrase search over the largest field.)
     */
    Query termQuery(QueryPlan.Term t) {
        List<Query> ways = new ArrayList<>();
        for (String alt : minimal(t.alternatives())) {
            add(ways, words.phrase(Schema.TITLE, alt), TITLE_WORDS);
            add(ways, bigrams.phrase(Schema.TITLE_BI, alt), TITLE_BIGRAMS);
            add(ways, words.phrase(Schema.TOPIC, alt), TOPIC_WORDS);
            add(ways, bigrams.phrase(Schema.BODY_BI, alt), BODY_BIGRAMS);
            // Naming a category (村务公开, 应急管理) asks for the documents filed under it.
            add(ways, new TermQuery(new Term(Schema.CATEGORY, alt)), TOPIC_WORDS);
        }
        if (t.bySound()) {
            add(ways, soundQuery(t.text()), SOUND);
        }
        return new DisjunctionMaxQuery(ways, TIE);
    }

    /** The word (or a synonym) in a document's title or summary. */
    Query topicQuery(QueryPlan.Term t) {
        return placeQuery(t.text(), t.alternatives(), Schema.TOPIC, Schema.TOPIC_BI, t.bySound());
    }

    /** Any of the words anywhere in a document: title, summary or body (a place named in a road plan's table). */
    Query anywhere(Set<String> alternatives) {
        List<Query> ways = new ArrayList<>();
        for (String alt : minimal(alternatives)) {
            add(ways, bigrams.phrase(Schema.TOPIC_BI, alt), 1);
            add(ways, bigrams.phrase(Schema.BODY_BI, alt), 1);
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    /** The word (or a synonym, or, with {@code bySound}, its sound) in one place of the document. */
    private Query placeQuery(String text, Set<String> alternatives, String wordsField, String bigramField,
            boolean bySound) {
        List<Query> ways = new ArrayList<>();
        for (String alt : minimal(alternatives)) {
            add(ways, words.phrase(wordsField, alt), 1);
            add(ways, bigrams.phrase(bigramField, alt), 1);
            add(ways, new TermQuery(new Term(Schema.CATEGORY, alt)), 1);
        }
        if (bySound) {
            add(ways, soundQuery(text), 1);
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    /**
     * The alternatives no other alternative is part of: a text containing 最低生活保障制度
     * contains 最低生活保障, so searching the longer one too finds nothing new and only costs
     * (a long phrase over the body is the dearest clause there is).
     */
    static List<String> minimal(Set<String> alternatives) {
        List<String> out = new ArrayList<>();
        for (String a : alternatives) {
            boolean containsAnother = false;
            for (String b : alternatives) {
                containsAnother |= !a.equals(b) && a.contains(b);
            }
            if (!containsAnother) {
                out.add(a);
            }
        }
        return out;
    }

    /** Every sound bigram of the word, each in any reading (合做 → he_zuo | ge_zuo). */
    static Query soundQuery(String text) {
        List<List<String>> grams = Pinyin.soundBigrams(text);
        if (grams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> alternatives : grams) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            for (String a : alternatives) {
                one.add(new TermQuery(new Term(Schema.SOUND, a)), Occur.SHOULD);
            }
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * Letters from the kiosk's A–Z keyboard: a title whose characters start with those letters
     * in a row (slfh → 森林防火), or any known term spelled by them (nb → 农保).
     */
    private Query initialsQuery(String letters, List<String> knownWords) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Two letters spell some pair in almost every title (db: 年度报告): when they spell a
        // word residents ask for (db: 低保), that word is what was meant.
        if (letters.length() > 2 || knownWords.isEmpty()) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i + 1 < letters.length(); i++) {
                phrase.add(new Term(Schema.INITIALS, letters.substring(i, i + 2)), i);
            }
            any.add(new BoostQuery(phrase.build(), INITIALS_IN_TITLE), Occur.SHOULD);
        }
        float weight = 1;
        for (String w : knownWords) {
            any.add(new BoostQuery(new BooleanQuery.Builder()
                    .add(termQuery(new QueryPlan.Term(w, expand.apply(w), false)), Occur.MUST)
                    .add(letters.length() <= 2
                            ? placeQuery(w, expand.apply(w), Schema.TITLE, Schema.TITLE_BI, false)
                            : placeQuery(w, expand.apply(w), Schema.TOPIC, Schema.TOPIC_BI, false), Occur.FILTER)
                    .build(), weight), Occur.SHOULD);
            weight *= NEXT_WORD;
        }
        return any.build();
    }

    /**
     * Words spelled by initials that no title (two letters) or summary names (fx: 防汛, which the
     * flood notices name in their bodies only), best first as in {@link #initialsQuery}: the notices
     * whose bodies name them, by how much the body says it. Not the summaries: a summary naming the
     * word in passing (a village account's 防汛 spending) is no more about it than a body is. The
     * caller passes only words rare enough for a body to be about them ({@link BodyRoute}'s bar).
     */
    Query initialsInBodies(List<String> knownWords) {
        if (knownWords.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        float weight = 1;
        for (String w : knownWords) {
            any.add(new BoostQuery(inBody(w), weight), Occur.SHOULD);
            weight *= NEXT_WORD;
        }
        return any.build();
    }

    /**
     * Typed words read as {@link #initialsInBodies} reads spelled ones ({@link BodyRoute#untitled}: 防汛
     * tapped on the kiosk's candidate row answers as fx did): each specific word in the body, scored
     * by how much the body says it; everyday words only rank.
     */
    Query typedInBodies(QueryPlan plan) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryPlan.Term t : plan.terms()) {
            all.add(t.generic() ? termQuery(t) : inBody(t.text()), t.generic() ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /** The word or a synonym in the summary or body, by how often. */
    private Query inBody(String word) {
        List<Query> ways = new ArrayList<>();
        for (String alt : minimal(expand.apply(word))) {
            add(ways, bigrams.phrase(Schema.BODY_BI, alt), 1);
        }
        return new DisjunctionMaxQuery(ways, TIE);
    }

    /**
     * The notices naming the word in a title or summary: how much residents meet it. With
     * {@code synonyms} a synonym will do (低保 in 最低生活保障's notices); without, only the word as typed.
     */
    Query named(String word, boolean synonyms) {
        return placeQuery(word, synonyms ? expand.apply(word) : Set.of(word), Schema.TOPIC, Schema.TOPIC_BI, false);
    }

    /** The word as typed in a title (as words or bigrams); null when no title has it. */
    Query inTitle(String word) {
        List<Query> ways = new ArrayList<>();
        add(ways, words.phrase(Schema.TITLE, word), 1);
        add(ways, bigrams.phrase(Schema.TITLE_BI, word), 1);
        return ways.isEmpty() ? null : new DisjunctionMaxQuery(ways, 0);
    }

    private static void add(List<Query> ways, Query q, float boost) {
        if (q != null) {
            ways.add(boost == 1 ? q : new BoostQuery(q, boost));
        }
    }
}
