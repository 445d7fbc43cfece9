package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The benefit a question asks about is named by the word written right before its money word:
 * 报废 in 农机报废补贴, 丧葬 in 特困人员丧葬补助, 清雪 in 冬季清雪补贴. That word is the head subject,
 * and a document answers only if it names it in its title or summary, or in its body with a payment
 * right after it ({@link BodyRoute#paidIn}: 寄宿生每生每年补助) — as typed, or by the
 * district's own synonyms (synonyms.txt). A word the corpus has as typed must be found as typed
 * there: when the district writes 清雪 only in a village's accounts, the shipped lexicon's reading
 * of it (清雪 → 公益岗) cannot make the 公益岗 notices an answer about a 清雪 subsidy. Only a word the
 * corpus never uses (老人钱, a homophone typo) may reach documents by the lexicon or by sound: how
 * else could a spoken word find anything.
 *
 * <p>Without it the other words carry the question (农机, 补贴, 申请 all match the 农机购置 notice)
 * and a subsidy the district never published is answered with the nearest one's notice.
 * A word the corpus and the general dictionary both lack (a spoken fragment) heads nothing; nor
 * does an everyday word (冬季补贴: everyday words never qualify) nor a word about the asker.
 */
final class HeadSubject {
    /**
     * The words that end a benefit's name. Not the single characters 钱, 费, 金 of {@link UnpublishedKind}:
     * they end things too (烧纸钱 is paper to burn, not money paid for burning).
     */
    private static final List<String> MONEY = List.of("补贴", "补助", "津贴", "保险", "奖励");

    /** The question names a benefit (补贴, 补助, 津贴, 保险, 奖励). */
    static boolean asksBenefit(String text) {
        return text != null && MONEY.stream().anyMatch(text::contains);
    }

    /** Aspect particles: 种了, 交过, 拿着. */
    static final String ASPECT = "了过着";

    private final PhraseCache words = new PhraseCache(Schema.words());
    private final PhraseCache bigrams = new PhraseCache(Schema.bigrams());
    private final Synonyms synonyms;

    HeadSubject(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * The head subject with the content words written right before it (生猪 养殖 in 生猪养殖补贴): the
     * benefit's whole name, each word of which a document must name. Empty without a head.
     */
    static List<QueryPlan.Term> all(QueryPlan plan) {
        String text = plan.text();
        for (QueryPlan.Term t : plan.terms()) {
            if (!names(t)) {
                continue;
            }
            for (int at = text.indexOf(t.text()); at >= 0; at = text.indexOf(t.text(), at + 1)) {
                int end = at + t.text().length();
                // One word of no content may stand between (报废给补贴, 养牛有补贴): a question word, not a subject.
                for (int gap = 0; gap <= 1 && end + gap <= text.length(); gap++) {
                    String after = text.substring(end + gap);
                    if (MONEY.stream().anyMatch(after::startsWith) && (gap == 0 || free(plan, text, end))) {
                        return withModifiers(plan, t, at);
                    }
                }
                // A unit between (饲料每吨补贴, 玉米每亩补助) says how the money is counted, not what for.
                String rest = text.substring(end);
                if (rest.length() > 2 && rest.charAt(0) == '每' && Text.isCjk(rest.charAt(1))
                        && MONEY.stream().anyMatch(m -> rest.startsWith(m, 2))) {
                    return withModifiers(plan, t, at);
                }
            }
        }
        return List.of();
    }

    private static List<QueryPlan.Term> withModifiers(QueryPlan plan, QueryPlan.Term head, int at) {
        List<QueryPlan.Term> out = new ArrayList<>(List.of(head));
        String text = plan.text();
        for (boolean more = true; more; ) {
            more = false;
            for (QueryPlan.Term u : plan.terms()) {
                int start = at - u.text().length();
                if (!out.contains(u) && names(u) && start >= 0 && text.startsWith(u.text(), start)) {
                    out.add(u);
                    at = start;
                    more = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The word written right before a listed benefit's name (职工 in 职工养老保险, 清洁 in 清洁取暖补贴)
     * that no title of the corpus has: it names a kind of that benefit (the employees' pension, not
     * the residents'), and a notice of the benefit that never names it is about another kind. A word
     * some title has (农村, 冬季, 困难群众) is how the district's own notices name their benefit; a word
     * about the asker, a person or a time (今年, 每月) says who asks or when, not which benefit; one
     * sharing a character with an official name of the benefit (农民 … 新型农村社会养老保险, 居民 …
     * 城乡居民养老保险) is a way of saying that name.
     */
    static List<QueryPlan.Term> beforeListedBenefit(QueryPlan plan) {
        List<QueryPlan.Term> out = new ArrayList<>();
        for (QueryPlan.Term head : plan.terms()) {
            if (head.unknown() || head.alternatives().size() < 2
                    || MONEY.stream().noneMatch(m -> head.text().endsWith(m) && head.text().length() > m.length())) {
                continue;
            }
            for (QueryPlan.Term q : plan.terms()) {
                if (q != head && !q.unknown() && !q.titled() && q.share() > 0 && q.text().length() >= 2
                        && plan.text().contains(q.text() + head.text()) && !AskerWords.about(q)
                        && !AskerWords.person(q.text())
                        && head.alternatives().stream().noneMatch(a -> shares(q.text(), a))
                        && q.text().chars().noneMatch(c -> TIME.indexOf(c) >= 0 || Character.isDigit(c))
                        && !out.contains(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** Characters of words that say when (今年, 每月, 冬天): no kind of a benefit. */
    private static final String TIME = "年月日天季时";

    /** A word that can name a benefit: no everyday word, no word about the asker, no fragment. */
    private static boolean names(QueryPlan.Term t) {
        // A fragment neither the corpus nor the dictionary knows (招人) names nothing.
        // A cost the corpus never names (路费补贴, 药费补助) is what the money pays for; a money word it
        // has (取暖费, 护理费) is the benefit's own name.
        return !t.generic() && t.text().length() >= 2 && !AskerWords.about(t)
                && (!UnpublishedKind.namesMoney(t.text()) || t.unknown())
                && !(t.unknown() && GeneralFrequency.of(t.text()) == 0);
    }

    /** The character at {@code at} is part of no content word and no single character the plan kept. */
    private static boolean free(QueryPlan plan, String text, int at) {
        String c = text.substring(at, at + 1);
        // An aspect particle ends a clause (地包给别人种了，补贴归谁): what was done is no benefit's name.
        if (plan.weak().contains(c) || !Text.isCjk(c.charAt(0)) || ASPECT.indexOf(c.charAt(0)) >= 0) {
            return false;
        }
        for (QueryPlan.Term t : plan.terms()) {
            for (int i = text.indexOf(t.text()); i >= 0; i = text.indexOf(t.text(), i + 1)) {
                if (i <= at && at < i + t.text().length()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The query with the head subject required in a document's title or summary; unchanged without one. */
    Query hold(Query content, QueryPlan plan, QueryPlanner.Vocabulary vocabulary) {
        List<QueryPlan.Term> heads = new ArrayList<>(content == null ? List.<QueryPlan.Term>of() : all(plan));
        // A word the corpus lacks naming a kind of a district word (农村宅基地) is held the same way,
        // and so is a word no title has, right before a listed benefit's name (职工养老保险).
        List<QueryPlan.Term> kinds = new ArrayList<>();
        if (content != null) {
            kinds.addAll(KindOf.all(plan, vocabulary));
            kinds.addAll(beforeListedBenefit(plan));
        }
        for (QueryPlan.Term kind : kinds) {
            if (!heads.contains(kind)) {
                heads.add(kind);
            }
        }
        if (heads.isEmpty()) {
            return content;
        }
        BooleanQuery.Builder held = new BooleanQuery.Builder().add(content, Occur.MUST);
        for (QueryPlan.Term head : heads) {
            held.add(named(head, !vocabulary.appearsAsTyped(head.text())), Occur.FILTER);
        }
        return held.build();
    }

    /** The head in the title or summary, by the ways allowed (see the class comment). */
    Query named(QueryPlan.Term head, boolean absent) {
        Set<String> ways = new LinkedHashSet<>();
        ways.add(head.text());
        for (String alt : head.alternatives()) {
            // A reading that keeps part of the word (困难户 → 困难群众) is a way of saying it; one that
            // shares nothing with it (清雪 → 公益岗) names something else it goes with.
            if (absent || synonyms.districtTerm(head.text()) && synonyms.districtTerm(alt) || shares(head.text(), alt)) {
                ways.add(alt);
            }
        }
        List<Query> any = new ArrayList<>();
        for (String w : QueryFactory.minimal(ways)) {
            add(any, words.phrase(Schema.TOPIC, w));
            add(any, bigrams.phrase(Schema.TOPIC_BI, w));
        }
        if (head.bySound()) {
            add(any, QueryFactory.soundQuery(head.text()));
        }
        // A body that pays for it names it too (寄宿生每生每年补助 in the student-aid notice's list).
        add(any, BodyRoute.paidIn(ways));
        return new DisjunctionMaxQuery(any, 0);
    }

    static boolean shares(String word, String other) {
        return word.chars().anyMatch(c -> Text.isCjk((char) c) && other.indexOf(c) >= 0);
    }

    private static void add(List<Query> ways, Query q) {
        if (q != null) {
            ways.add(q);
        }
    }
}
