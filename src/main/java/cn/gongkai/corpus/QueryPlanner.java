package cn.gongkai.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns what a person typed or said into a {@link QueryPlan}: finds a village, the colloquial
 * terms the synonym list knows, and the content words of a whole question, dropping the
 * question words and particles that would otherwise drown them (今年冬天烧炕取暖要注意些什么 →
 * 冬天 烧炕 取暖).
 */
final class QueryPlanner {
    /** Longest input we look at: a question, not a document. */
    static final int MAX_QUERY_CHARS = 100;
    private static final Pattern INITIALS = Pattern.compile("[a-z]{2,12}");

    /**
     * Question words, particles, pronouns and filler of spoken Mandarin. They carry no topic:
     * matching on them would rank documents by how chatty they are.
     */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "什么", "怎么", "怎么样", "怎样", "如何", "哪里", "哪儿", "哪些", "哪个", "多少", "几", "吗", "呢", "吧",
            "啊", "呀", "嘛", "哦", "的", "了", "地", "得", "是", "不是", "我", "我们", "你", "你们", "您", "他", "她",
            "它", "他们", "咱", "咱们", "俺", "有", "没有", "没", "要", "想", "请问", "问", "问问", "一下", "能", "能不能",
            "可以", "可不可以", "需要", "注意", "些", "这", "那", "这个", "那个", "个", "和", "与", "在", "给", "对",
            "都", "还", "就", "也", "么", "今年", "现在", "最近", "目前", "去年", "明年", "时候", "时间", "事", "事情",
            "情况", "问题", "相关", "关于", "方面", "一些", "家", "家里", "俺家", "老家", "请", "谢谢", "你好", "知道",
            "告诉", "想要", "打听", "查", "查询", "看看", "了解", "办", "咋", "咋办", "为什么", "会", "吗?", "该", "应该",
            "可", "不", "谁", "多", "里", "上", "下", "年", "月", "号", "日", "等", "及", "或", "还是", "又", "被", "让",
            "哪", "往", "去", "到", "从", "把", "国家", "上面", "咋样", "啥", "干啥", "为啥");
    /** Spoken filler of Northeast questions (俺们, 咋整, 给不给): see spoken-filler.txt. */
    private static final List<String> FILLER = Resources.lines("/search/spoken-filler.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private static final Set<String> FILLER_SET = Set.copyOf(FILLER);

    private final Synonyms synonyms;
    private final Villages villages;
    private final Analyzer words = Schema.words();

    QueryPlanner(Synonyms synonyms, Villages villages) {
        this.synonyms = synonyms;
        this.villages = villages;
    }

    /** What the index knows about words, for telling a typo from a rare word. */
    interface Vocabulary {
        /** Known words that sound like this one (which itself appears nowhere). */
        Set<String> soundAlikes(String word);

        boolean appearsAsTyped(String word);

        /** The share of documents the word occurs in (0 when the corpus is too small to tell). */
        default double share(String word) {
            return 0;
        }

        /** Whether the word may stand in some document's title (false when it cannot tell). */
        default boolean titled(String word) {
            return false;
        }
    }

    /** Plans with the index's vocabulary, which tells typos (低包) from words it has (低保). */
    QueryPlan plan(String raw, Vocabulary vocabulary) {
        String q = Text.query(raw, MAX_QUERY_CHARS).toLowerCase(Locale.ROOT);
        String compact = q.replace(" ", "");
        if (INITIALS.matcher(compact).matches()) {
            return new QueryPlan(List.of(), List.of(), null, compact, "");
        }
        String village = null;
        List<QueryPlan.Term> placeTerms = new ArrayList<>();
        var route = villages.routeIn(q);
        var mention = villages.findIn(q);
        if (route.isPresent()) {
            // A way between two villages (柳河屯到马家营): both ends are what the answer must name,
            // and neither village's own affairs are asked about.
            // 之间, 中间 only say that it is a way: the ends are the question's words.
            q = q.replaceAll("之间|中间", " ");
            for (Villages.Mention end : route.get()) {
                q = q.replace(end.words(), " ");
                Set<String> namings = new java.util.LinkedHashSet<>(villages.namings(end.village()));
                placeTerms.add(new QueryPlan.Term(end.village(), namings, false, false, false,
                        share(namings, vocabulary), titled(namings, vocabulary)));
            }
        } else if (mention.isPresent()) {
            village = mention.get().village();
            q = q.replace(mention.get().words(), " ");
        }
        String content = q.replaceAll("[\\p{P}\\p{S}\\s]", "");
        // An age (八十多岁) asks about the allowances by age, whatever else the question says.
        q = SpokenForms.soonAs(SpokenForms.quantities(SpokenForms.measures(
                SpokenForms.ages(SpokenForms.bareAges(SpokenForms.aNotA(q))))));
        q = MoneyNames.read(q, synonyms::knows, vocabulary::appearsAsTyped);
        List<QueryPlan.Term> terms = new ArrayList<>(placeTerms);
        // Before any known term is cut out: 折子 cut from 粮补折子 would hide that 粮补 names it.
        String asked = q;
        boolean setAside = false;
        // Known colloquial and official terms first, longest first, so 城乡居民基本养老保险 is one
        // term and not four words, and 农保 keeps its meaning.
        for (String known : synonyms.termsLongestFirst()) {
            if (q.contains(known) && !straddles(q, known)) {
                if (namesACard(asked, known) && !cardIsAWord(asked, known)) {
                    // 粮补折子, 医保卡丢了: the card is the subject, not what is paid onto it.
                    q = q.replace(known, " ");
                    setAside = true;
                    continue;
                }
                terms.add(new QueryPlan.Term(known, synonyms.expand(known), false, false,
                        generic(known, vocabulary) || everydayMeaning(known), share(synonyms.expand(known), vocabulary),
                        titled(synonyms.expand(known), vocabulary), vocabulary.appearsAsTyped(known)));
                // A Northeast noun suffix goes with the word (苞米杆子, 道儿): left alone it would
                // join the next character into a word nobody said (子罚).
                q = q.replaceAll(Pattern.quote(known) + "[子儿]?", " ");
            }
        }
        for (String filler : FILLER) {
            if (filler.length() >= 2 && q.contains(filler)) {
                q = q.replace(filler, " ");
            }
        }
        List<String> weak = new ArrayList<>();
        for (String typed : segment(q)) {
            String chunk = reread(typed, vocabulary);
            if (isWeak(chunk)) {
                weak.add(chunk);
            } else if (terms.stream().noneMatch(t -> t.text().equals(chunk))) {
                Set<String> alternatives = new java.util.LinkedHashSet<>(synonyms.expand(chunk));
                boolean typo = !vocabulary.appearsAsTyped(chunk);
                Set<String> alikes = typo ? vocabulary.soundAlikes(chunk) : Set.of();
                for (String alike : alikes) {
                    alternatives.addAll(synonyms.expand(alike));
                }
                boolean unknown = typo && alikes.isEmpty() && !synonyms.knows(chunk);
                // A listed everyday word (领钱) stays everyday even where the corpus never uses it.
                // A typo of an everyday word (补帖 for 补贴) is everyday too.
                boolean everyday = GenericWords.listed(chunk) || !alikes.isEmpty() && alikes.stream().allMatch(GenericWords::listed)
                        || !unknown && generic(chunk, vocabulary);
                // A thing of general Chinese the corpus never names (地膜, 余额, 鸡舍) is no typo: by sound it
                // would only match across two words of a text (地|没有 for 地膜).
                boolean bySound = typo && !(unknown && UnpublishedKind.thing(chunk));
                terms.add(new QueryPlan.Term(chunk, alternatives, bySound, unknown, everyday,
                        unknown ? 0 : share(alternatives, vocabulary), !unknown && titled(alternatives, vocabulary),
                        !typo));
            }
        }
        if (terms.isEmpty() && weak.size() == 1 && village == null && !setAside) {
            // A one-character question (火) is all we have: let it decide after all. Not the 证 of
            // 低保证: the question was about that booklet, which no word here names.
            terms.add(new QueryPlan.Term(weak.get(0), Set.of(weak.get(0)), false));
            weak = List.of();
        }
        terms = DutyWords.apply(terms, vocabulary::appearsAsTyped);
        // After the anchors: beside 医保 the 账户 of 个人账户余额 would be a mere circumstance.
        terms = UnpublishedKind.ownersOfThings(content, Anchors.apply(SpokenPredicates.apply(terms), synonyms, asked));
        return new QueryPlan(EitherOr.apply(terms, asked), weak, village, null, content,
                route.map(r -> r.stream().map(Villages.Mention::village).toList()).orElse(List.of()));
    }

    /**
     * Whether every place the term is found in the question cuts two of its words in halves: 地补
     * (a lexicon word for the farmland subsidy) inside 征地补偿 starts in 征地 and ends in 补偿 —
     * the question never said it. A term that starts or ends where a word does is kept (茅楼 in
     * 茅楼子, 吃低保), since the segmenter often splits colloquial words oddly.
     */
    boolean straddles(String text, String term) {
        List<int[]> words = new ArrayList<>();
        try (TokenStream ts = this.words.tokenStream("q", new StringReader(text))) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (offset.endOffset() - offset.startOffset() >= 2) {
                    words.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            int start = at;
            int end = at + term.length();
            boolean cutsStart = words.stream().anyMatch(w -> w[0] < start && start < w[1]);
            boolean cutsEnd = words.stream().anyMatch(w -> w[0] < end && end < w[1]);
            if (!cutsStart || !cutsEnd) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word neither the corpus nor the lists know, read the way Northeast speech means it when
     * that reading is known (扫道 → 扫路, 烧柴钱 → 烧柴, 扫大道 → 扫道; see {@link SpokenForms}); else as typed.
     */
    private String reread(String word, Vocabulary vocabulary) {
        if (word.length() < 2 || vocabulary.appearsAsTyped(word) || synonyms.knows(word)) {
            return word;
        }
        for (String other : new String[] {SpokenForms.roadWord(word), SpokenForms.moneyFor(word)}) {
            if (other != null && (vocabulary.appearsAsTyped(other) || synonyms.knows(other))) {
                return other;
            }
        }
        // Without the size only to a listed word: two characters of the corpus's are too easily found.
        String smaller = SpokenForms.withoutSize(word);
        return smaller != null && synonyms.knows(smaller) ? smaller : word;
    }

    /**
     * The term is only ever followed by 卡, 证, 本 or 折 (a passbook): the question is about the card
     * or the booklet (医保卡丢了, 低保证, 粮补折子), a thing of its own, not about the term's topic
     * (医保 payments); the term is then left out.
     */
    static boolean namesACard(String text, String term) {
        int at = text.indexOf(term);
        if (at < 0) {
            return false;
        }
        for (; at >= 0; at = text.indexOf(term, at + 1)) {
            int next = at + term.length();
            if (next >= text.length() || "卡证本折".indexOf(text.charAt(next)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 本 after 村上的账 is the end of 账本 (a listed word of its own), not a booklet of the
     * term's: the term's last character and the next make a known word.
     */
    boolean cardIsAWord(String text, String term) {
        int at = text.indexOf(term) + term.length();
        return at > 0 && at < text.length() && synonyms.knows(text.substring(at - 1, at + 1));
    }

    /** A group of words matches as often as its commonest member. */
    private static double share(Set<String> alternatives, Vocabulary vocabulary) {
        double most = 0;
        for (String a : alternatives) {
            most = Math.max(most, vocabulary.share(a));
        }
        return most;
    }

    /** One of the words may stand in a title. */
    private static boolean titled(Set<String> alternatives, Vocabulary vocabulary) {
        return alternatives.stream().anyMatch(vocabulary::titled);
    }

    /** Listed as an everyday word, or found in so many documents that it tells none apart. */
    private static boolean generic(String word, Vocabulary vocabulary) {
        return GenericWords.listed(word) || vocabulary.share(word) > GenericWords.CORPUS_SHARE;
    }

    /**
     * A spoken word that only means everyday words (娃 → 孩子, 小孩) is as everyday as they are: left
     * specific, it would make the question's real subject (幼儿园 in 娃上幼儿园) the lesser part.
     */
    private boolean everydayMeaning(String known) {
        Set<String> meant = synonyms.expand(known);
        return meant.size() > 1 && meant.stream().filter(w -> !w.equals(known)).allMatch(GenericWords::listed);
    }

    private static boolean isWeak(String chunk) {
        return chunk.length() < 2 || chunk.chars().allMatch(Character::isDigit);
    }

    /**
     * Smartcn words minus question words; neighbouring single characters are joined again
     * (合做 from 合 + 做), because a typo often splits a word into characters that only make
     * sense together.
     */
    List<String> segment(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = words.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            StringBuilder run = new StringBuilder();
            int runEnd = -1;
            while (ts.incrementToken()) {
                String t = term.toString();
                if (QUESTION_WORDS.contains(t) || FILLER_SET.contains(t)) {
                    flush(run, out);
                    continue;
                }
                boolean single = t.length() == 1 && Text.isCjk(t.charAt(0));
                if (single && (run.length() == 0 || offset.startOffset() == runEnd)) {
                    run.append(t);
                    runEnd = offset.endOffset();
                    continue;
                }
                flush(run, out);
                if (single) {
                    run.append(t);
                    runEnd = offset.endOffset();
                } else {
                    out.add(t);
                }
            }
            flush(run, out);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
