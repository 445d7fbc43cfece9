package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The last try for a question whose subject is a listed spoken word (下河洗澡 → 防溺水): when no
 * title or summary has it, a notice whose body does answers better than nothing (the flood notice's
 * 防溺水 paragraph). Only when every specific word of the question is such a word — listed, with
 * official words, rare in general Chinese ({@link QueryFactory#listedTopic}) — and the corpus has
 * them in under a tenth of its documents: a word in passing (身份证) or one nobody listed never
 * qualifies a document from its body.
 */
final class BodyRoute {
    private BodyRoute() {}

    /**
     * What a body states a payment with: a money word (高中：国家助学金, 寄宿生每生每年补助), as the body
     * field's bigrams; or a sum's 元, which stands alone after its number (初中1250元).
     */
    private static final List<String> PAID = List.of("补贴", "补助", "津贴", "资助", "助学", "奖励");
    /** Bigrams at most between the word and its money: 寄宿生每生每年补助 has five. */
    private static final int PAID_NEAR = 8;
    /** Tokens at most between the word and 元: the number alone (初中1250元). */
    private static final int SUM_NEAR = 2;

    /**
     * Every specific word in the document, anywhere; null unless each is a rare listed topic, or
     * the question asks about money for words only bodies hold ({@link #paid}).
     */
    static Query query(QueryPlan plan, Function<QueryPlan.Term, Query> match) {
        if (plan.initials() != null) {
            return null;
        }
        List<QueryPlan.Term> specific = plan.terms().stream().filter(t -> !t.generic()).toList();
        if (specific.isEmpty() || !specific.stream().allMatch(t -> rareListed(t) || rareTopic(t))) {
            return paid(plan, specific, match);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryPlan.Term t : plan.terms()) {
            all.add(match.apply(t), t.generic() ? Occur.SHOULD : Occur.MUST);
        }
        return all.build();
    }

    /**
     * A word of government business as typed, rare in general Chinese and in the corpus (化粪池 in the
     * toilet notice's body, 无人机 in the fire notice's): nobody needs to list it to mean it. A thing,
     * not a doing: a body that mentions 补办 in passing (补办 of some card) is not about the card the
     * question lost; the thesaurus files such words as activities ({@link SpokenClasses#doing}).
     */
    static boolean rareTopic(QueryPlan.Term t) {
        return Anchors.topicWord(t) && t.share() > 0 && !SpokenClasses.doing(t.text());
    }

    /**
     * A money question (初中寄宿生补助, 孩子念高中给补助不) whose words include some that no title names
     * and few bodies hold (初中, 高中 in the student-aid notice's list of what each school stage gets):
     * a notice whose body names one of those words with a payment right after it pays for it, and
     * answers. Each such word must be in the body; the question's other words only rank (贫困户 is how
     * the asker describes the family; the notice says 家庭经济困难). Common words of general Chinese
     * count here, unlike in {@link #query}'s own rule: a body that merely mentions 高中 seldom puts a
     * sum right after it. Null when the question asks about no money or has no such word.
     */
    static Query paid(QueryPlan plan, List<QueryPlan.Term> specific, Function<QueryPlan.Term, Query> match) {
        String text = plan.text();
        if (!HeadSubject.asksBenefit(text) && !AmountAsked.asked(text)) {
            return null;
        }
        List<QueryPlan.Term> bodyOnly = specific.stream().filter(t -> bodyOnly(t) && !SpokenClasses.doing(t.text()))
                .toList();
        // Not with a word the corpus lacks (收购价: what was asked was never published), nor when the
        // body-only words are the lesser part of the question (苞米 in 苞米遭灾了保险能赔多少钱: the
        // subject is the insurance), weighed by rarity as QueryFactory#coveredFor weighs words.
        // Who is asking (儿子, 闺女: a person or a place, AskerWords) says nothing of what: neither blocks nor weighs.
        List<QueryPlan.Term> asked = specific.stream()
                .filter(t -> !(t.unknown() && (AskerWords.person(t.text()) || AskerWords.place(t.text())))).toList();
        if (asked.stream().anyMatch(QueryPlan.Term::unknown) || weight(bodyOnly) < PAID_PART * weight(asked)) {
            return null;
        }
        BooleanQuery.Builder named = new BooleanQuery.Builder();
        for (QueryPlan.Term t : bodyOnly) {
            Query q = paidIn(t.alternatives());
            if (q != null) {
                named.add(q, Occur.SHOULD);
            }
        }
        BooleanQuery paidFor = named.build();
        if (paidFor.clauses().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(paidFor, Occur.FILTER);
        for (QueryPlan.Term t : plan.terms()) {
            all.add(match.apply(t), bodyOnly.contains(t) ? Occur.MUST : Occur.SHOULD);
        }
        return all.build();
    }

    /** Share of a question's weight its body-only words must carry for {@link #paid}. */
    private static final double PAID_PART = 0.5;

    private static double weight(List<QueryPlan.Term> terms) {
        return terms.stream().mapToDouble(t -> t.share() <= 0 ? 1 : QueryFactory.rarity(t.share())).sum();
    }

    /** Known, in no title and in under a tenth of the documents: a thing bodies name in their details. */
    static boolean bodyOnly(QueryPlan.Term t) {
        return !t.generic() && !t.unknown() && !t.bySound() && !t.titled() && t.text().length() >= 2
                && rare(t.share());
    }

    /** In some documents but under a tenth of them: few enough for a body naming it to be about it. */
    static boolean rare(double share) {
        return share > 0 && share < QueryFactory.PASSING_SHARE;
    }

    /**
     * One of the words in a body with a payment right after it (寄宿生每生每年补助, 初中1250元); null
     * when none of them is a word of Chinese characters.
     */
    static Query paidIn(Collection<String> words) {
        List<SpanQuery> named = new ArrayList<>();
        for (String w : QueryFactory.minimal(new java.util.LinkedHashSet<>(words))) {
            SpanQuery q = bigrams(w);
            if (q != null) {
                named.add(q);
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        SpanQuery word = new SpanOrQuery(named.toArray(SpanQuery[]::new));
        SpanQuery money = new SpanOrQuery(PAID.stream().map(m -> new SpanTermQuery(new Term(Schema.BODY_BI, m)))
                .toArray(SpanQuery[]::new));
        // A sum right after the word (初中1250元), not one further on: a village's accounts list what was
        // spent with sums (冬季清雪和取暖用煤24,500元), and that pays for nothing the question asks.
        SpanQuery sum = new SpanTermQuery(new Term(Schema.BODY_BI, "元"));
        return new SpanOrQuery(new SpanNearQuery(new SpanQuery[] {word, money}, PAID_NEAR, true),
                new SpanNearQuery(new SpanQuery[] {word, sum}, SUM_NEAR, true));
    }

    /** The word as the body field's bigrams in a row; null unless it is two or more Chinese characters. */
    private static SpanQuery bigrams(String word) {
        if (word.length() < 2 || !word.chars().allMatch(c -> Text.isCjk((char) c))) {
            return null;
        }
        if (word.length() == 2) {
            return new SpanTermQuery(new Term(Schema.BODY_BI, word));
        }
        SpanQuery[] pairs = new SpanQuery[word.length() - 1];
        for (int i = 0; i + 2 <= word.length(); i++) {
            pairs[i] = new SpanTermQuery(new Term(Schema.BODY_BI, word.substring(i, i + 2)));
        }
        return new SpanNearQuery(pairs, 0, true);
    }

    /**
     * The typed words as the letters that spell them are read ({@link QueryFactory#initialsInBodies}):
     * every specific word of the question is a listed word, rare, that no title names (防汛: the
     * flood notices say it in their bodies; one village's accounts name it in a summary, in
     * passing). A summary is then no more about the word than a body is, so when a summary is all
     * that named it, the notices whose bodies say it answer, by how much they say it — as tapping
     * the word on the kiosk's candidate row must answer as the letters did (fx). When nothing named
     * it, the later routes (a title's characters first) decide as before.
     */
    static boolean untitled(QueryPlan plan, Synonyms synonyms) {
        if (plan.initials() != null) {
            return false;
        }
        List<QueryPlan.Term> specific = plan.terms().stream().filter(t -> !t.generic()).toList();
        return !specific.isEmpty()
                && specific.stream().allMatch(t -> synonyms.expand(t.text()).size() > 1 && bodyOnly(t));
    }

    static boolean rareListed(QueryPlan.Term t) {
        return !t.unknown() && QueryFactory.listedTopic(t) && rare(t.share());
    }
}
