package cn.gongkai.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The k best matches of a query and the exact number of matches, the same as Lucene's
 * top-score collector counting every hit gives (same documents, order, float scores, total), with
 * far fewer documents scored. A question about a common topic (修路: 9,000 of 100,000 documents)
 * matched every answer against ~60 phrases to score it, to show ten. Here {@link MatchSets} tells
 * which documents match and which of the query's phrases and words each one holds; a document's
 * score cannot exceed the sum (or, for "best way", the max) of the highest scores those clauses
 * reach in its block of postings (Lucene's impacts), times its ranking factor. Only documents
 * whose bound reaches the tenth best exact score found so far (first among the best-bounded) are
 * scored, with the very same scorer as before.
 */
final class BoundedTop {
    /** Rounding room: Lucene sums in double and rounds to float at each level; bounds must stay above. */
    private static final double ROOM = 1 + 1e-5;
    private static final Class<?> MULTIPLIED = FunctionScoreQuery
            .boostByValue(new MatchAllDocsQuery(), DoubleValuesSource.constant(1)).getSource().getClass();
    private static final int MAX_REMEMBERED = 200_000;
    /** Weights hold every segment's term states: fewer of them are kept. */
    private static final int MAX_WEIGHTS = 20_000;
    /** Up to this many matches per result wanted, scoring them all costs less than bounding them. */
    private static final int FEW = 100;

    private final PhraseMatches remembered;
    /** Each clause's highest score per segment, for the index generation in use. */
    private volatile Maxima maxima = new Maxima(null);

    private record Maxima(Object reader, Map<Object, Float> byClause, Map<WeightKey, Weight> weights) {
        Maxima(Object reader) {
            this(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private record WeightKey(Query clause, float boost) {}

    private record ClauseKey(Object segment, Query clause, float boost) {}

    private final int few;

    BoundedTop(PhraseMatches remembered) {
        this(remembered, FEW);
    }

    /** {@code few}: up to this many matches per result wanted, all are scored (0: always bound). */
    BoundedTop(PhraseMatches remembered, int few) {
        this.remembered = remembered;
        this.few = few;
    }

    TopDocs search(IndexSearcher s, Query q, int k) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Weight exact = s.createWeight(s.rewrite(MatchesFirst.scoringPart(q)), ScoreMode.COMPLETE, 1f);
        IndexSearcher plain = new IndexSearcher(s.getIndexReader());
        plain.setQueryCache(null);
        MatchSets sets = new MatchSets(plain, remembered);
        Object readerKey = s.getIndexReader().getReaderCacheHelper() == null ? s.getIndexReader()
                : s.getIndexReader().getReaderCacheHelper().getKey();
        Maxima m = maxima;
        if (m.reader() != readerKey || m.byClause().size() > MAX_REMEMBERED || m.weights().size() > MAX_WEIGHTS) {
            m = new Maxima(readerKey);
            maxima = m;
        }
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int total = 0;
        int[][] docs = new int[leaves.size()][];
        double[][] bounds = new double[leaves.size()][];
        MatchSets.Segment[] segs = new MatchSets.Segment[leaves.size()];
        for (LeafReaderContext ctx : leaves) {
            segs[ctx.ord] = sets.on(ctx);
            FixedBitSet matches = segs[ctx.ord].of(q);
            Bits live = ctx.reader().getLiveDocs();
            int[] d = new int[matches.cardinality()];
            int n = 0;
            int max = ctx.reader().maxDoc();
            for (int doc = d.length == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.nextSetBit(0);
                    doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < max ? matches.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (live == null || live.get(doc)) {
                    d[n++] = doc;
                }
            }
            docs[ctx.ord] = Arrays.copyOf(d, n);
            total += n;
        }
        // Few matches: scoring them all costs less than bounding them and a second set of scorers.
        boolean few = total <= k || total <= (long) this.few * k;
        for (LeafReaderContext ctx : leaves) {
            int[] d = docs[ctx.ord];
            double[] b = new double[d.length];
            if (!few && d.length > 0) {
                node(q, 1f, segs[ctx.ord], ctx, s, m).bounds(new Candidates(d, ctx.reader().maxDoc()),
                        (j, v) -> b[j] = v * ROOM);
            }
            bounds[ctx.ord] = b;
        }
        // First the k best bounded, scored exactly: the k-th of their scores is a floor no answer
        // of the true top k is below. Then every other document whose bound reaches that floor.
        // Both passes skip a document whose bound is below the k-th best score found so far.
        double firstCut = few ? Double.NEGATIVE_INFINITY : kthLargest(bounds, k);
        List<ScoreDoc> scored = new ArrayList<>();
        Floor floor = few ? null : new Floor(k);
        score(exact, leaves, docs, bounds, firstCut, null, floor, scored);
        if (firstCut != Double.NEGATIVE_INFINITY) {
            score(exact, leaves, docs, bounds, Double.NEGATIVE_INFINITY, firstCut, floor, scored);
        }
        scored.sort(BoundedTop::better);
        ScoreDoc[] top = scored.subList(0, Math.min(k, scored.size())).toArray(new ScoreDoc[0]);
        return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top);
    }

    /** The k-th largest of the values (there are more than k): a min-heap of the k largest so far. */
    static double kthLargest(double[][] values, int k) {
        double[] heap = new double[k];
        int n = 0;
        for (double[] vs : values) {
            for (double v : vs) {
                if (n < k) {
                    heap[n] = v;
                    for (int i = n++; i > 0 && heap[(i - 1) / 2] > heap[i]; i = (i - 1) / 2) {
                        double t = heap[i];
                        heap[i] = heap[(i - 1) / 2];
                        heap[(i - 1) / 2] = t;
                    }
                } else if (v > heap[0]) {
                    heap[0] = v;
                    for (int i = 0;;) {
                        int c = 2 * i + 1;
                        if (c >= k) {
                            break;
                        }
                        if (c + 1 < k && heap[c + 1] < heap[c]) {
                            c++;
                        }
                        if (heap[i] <= heap[c]) {
                            break;
                        }
                        double t = heap[i];
                        heap[i] = heap[c];
                        heap[c] = t;
                        i = c;
                    }
                }
            }
        }
        return heap[0];
    }

    /** The collector's order: higher score first, then the lower document. */
    private static int better(ScoreDoc a, ScoreDoc b) {
        int c = Float.compare(b.score, a.score);
        return c != 0 ? c : Integer.compare(a.doc, b.doc);
    }

    /**
     * Scores, with a fresh scorer per segment in document order, the documents whose bound is at
     * least {@code from} and below {@code below} (null: no limit), and (with a floor) reaches the
     * k-th best score given so far: a bound below it cannot make the first k.
     */
    private static void score(Weight exact, List<LeafReaderContext> leaves, int[][] docs, double[][] bounds,
            double from, Double below, Floor floor, List<ScoreDoc> out) throws IOException {
        for (LeafReaderContext ctx : leaves) {
            int[] d = docs[ctx.ord];
            double[] b = bounds[ctx.ord];
            Scorer scorer = null;
            DocIdSetIterator it = null;
            TwoPhaseIterator two = null;
            boolean started = false;
            for (int j = 0; j < d.length; j++) {
                if (b[j] < from || below != null && b[j] >= below || floor != null && b[j] < floor.value()) {
                    continue;
                }
                if (!started) {
                    started = true;
                    scorer = exact.scorer(ctx);
                    two = scorer == null ? null : scorer.twoPhaseIterator();
                    it = scorer == null ? null : two == null ? scorer.iterator() : two.approximation();
                }
                int doc = d[j];
                float score = 0;
                if (it != null) {
                    if (it.docID() < doc) {
                        it.advance(doc);
                    }
                    // As the collector saw it: a match the scoring part misses scores 0.
                    if (it.docID() == doc && (two == null || two.matches())) {
                        score = scorer.score();
                    }
                }
                if (floor != null) {
                    floor.offer(score);
                }
                out.add(new ScoreDoc(ctx.docBase + doc, score));
            }
        }
    }

    /** The k-th best of the scores offered (negative infinity until there are k): a min-heap. */
    static final class Floor {
        private final float[] heap;
        private int n;

        Floor(int k) {
            heap = new float[k];
        }

        double value() {
            return n < heap.length ? Double.NEGATIVE_INFINITY : heap[0];
        }

        void offer(float v) {
            if (n < heap.length) {
                heap[n] = v;
                for (int i = n++; i > 0 && heap[(i - 1) / 2] > heap[i]; i = (i - 1) / 2) {
                    float t = heap[i];
                    heap[i] = heap[(i - 1) / 2];
                    heap[(i - 1) / 2] = t;
                }
                return;
            }
            if (v <= heap[0]) {
                return;
            }
            heap[0] = v;
            for (int i = 0;;) {
                int c = 2 * i + 1;
                if (c >= n) {
                    return;
                }
                if (c + 1 < n && heap[c + 1] < heap[c]) {
                    c++;
                }
                if (heap[i] <= heap[c]) {
                    return;
                }
                float t = heap[i];
                heap[i] = heap[c];
                heap[c] = t;
                i = c;
            }
        }
    }

    /**
     * The matches of one segment whose bounds are worked out: their documents in order and each
     * one's place in that order. Bounds are worked out a clause at a time over all of them (a
     * clause's own matches visited in order, {@link #at} finding their place): document by
     * document, each one looked up every clause's set in turn, and at a million documents those
     * scattered lookups were most of a search.
     */
    static final class Candidates {
        final int[] docs;
        private final int[] at;

        Candidates(int[] docs, int maxDoc) {
            this.docs = docs;
            this.at = new int[maxDoc];
            Arrays.fill(at, -1);
            for (int j = 0; j < docs.length; j++) {
                at[docs[j]] = j;
            }
        }

        /** The place of a document among the candidates, or -1. */
        int at(int doc) {
            return at[doc];
        }
    }

    /** Receives a clause's bound for candidates, in increasing order of place. */
    private interface Sink {
        void bound(int j, double v) throws IOException;
    }

    /** A document's highest possible score under a clause: 0 where the clause does not match. */
    private abstract static class Node {
        /** Null: not worked out (a clause that only adds to a score); its parts bound it. */
        final FixedBitSet matches;

        Node(FixedBitSet matches) {
            this.matches = matches;
        }

        /** Each candidate's bound under this clause, for those it may match (the others: 0, not given). */
        abstract void bounds(Candidates c, Sink out) throws IOException;

        /** Whether the clause may match the candidate at place j. */
        final boolean gate(Candidates c, int j) {
            return matches == null || matches.get(c.docs[j]);
        }

        /** The sum of the parts' bounds per candidate. */
        static double[] sum(Node[] parts, Candidates c) throws IOException {
            double[] acc = new double[c.docs.length];
            for (Node n : parts) {
                n.bounds(c, (j, v) -> acc[j] += v);
            }
            return acc;
        }
    }

    /** A word's, phrase's or filter's bound: one value per document, given for its own matches in order. */
    private abstract static class Leaf extends Node {
        Leaf(FixedBitSet matches) {
            super(matches);
        }

        abstract double at(int doc) throws IOException;

        @Override
        final void bounds(Candidates c, Sink out) throws IOException {
            if (matches == null) {
                for (int j = 0; j < c.docs.length; j++) {
                    out.bound(j, at(c.docs[j]));
                }
                return;
            }
            int max = matches.length();
            for (int doc = matches.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < max ? matches.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int j = c.at(doc);
                if (j >= 0) {
                    out.bound(j, at(doc));
                }
            }
        }
    }

    private static Node node(Query q, float boost, MatchSets.Segment seg, LeafReaderContext ctx, IndexSearcher s,
            Maxima m) throws IOException {
        FixedBitSet matches = gate(q, seg);
        if (q instanceof BoostQuery b) {
            return node(b.getQuery(), boost * b.getBoost(), seg, ctx, s, m);
        }
        if (q instanceof BooleanQuery b) {
            List<Node> kids = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.SHOULD) {
                    kids.add(node(c.getQuery(), boost, seg, ctx, s, m));
                }
            }
            Node[] k = kids.toArray(new Node[0]);
            return new Node(matches) {
                @Override
                void bounds(Candidates c, Sink out) throws IOException {
                    double[] acc = sum(k, c);
                    for (int j = 0; j < acc.length; j++) {
                        if (gate(c, j)) {
                            out.bound(j, acc[j]);
                        }
                    }
                }
            };
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Node> kids = new ArrayList<>();
            for (Query sub : d.getDisjuncts()) {
                kids.add(node(sub, boost, seg, ctx, s, m));
            }
            Node[] k = kids.toArray(new Node[0]);
            double tie = d.getTieBreakerMultiplier();
            // The best way plus a share of the others: grows with each, so the bounds bound it.
            return new Node(matches) {
                @Override
                void bounds(Candidates c, Sink out) throws IOException {
                    double[] max = new double[c.docs.length];
                    double[] sum = new double[c.docs.length];
                    for (Node n : k) {
                        n.bounds(c, (j, v) -> {
                            max[j] = Math.max(max[j], v);
                            sum[j] += v;
                        });
                    }
                    for (int j = 0; j < max.length; j++) {
                        if (gate(c, j)) {
                            out.bound(j, (1 - tie) * max[j] + tie * sum[j]);
                        }
                    }
                }
            };
        }
        if (q instanceof FunctionScoreQuery f && f.getSource().getClass() == MULTIPLIED) {
            Node[] in = {node(f.getWrappedQuery(), 1f, seg, ctx, s, m)};
            DoubleValues factor = f.getSource().getValues(ctx, ONE);
            return new Node(matches) {
                @Override
                void bounds(Candidates c, Sink out) throws IOException {
                    double[] inner = sum(in, c);
                    for (int j = 0; j < inner.length; j++) {
                        if (!gate(c, j)) {
                            continue;
                        }
                        double v = factor.advanceExact(c.docs[j]) ? factor.doubleValue() : 1;
                        // A negative or missing factor scores 0; anything unexpected is never pruned.
                        out.bound(j, v >= 0 ? inner[j] * v * boost : Double.isNaN(v) ? Double.POSITIVE_INFINITY : 0);
                    }
                }
            };
        }
        float max = q instanceof ConstantScoreQuery || q instanceof MatchAllDocsQuery ? boost
                : q instanceof FunctionScoreQuery ? Float.POSITIVE_INFINITY : highest(q, boost, ctx, s, m);
        if (max == 0 || max == Float.POSITIVE_INFINITY || q instanceof ConstantScoreQuery || q instanceof MatchAllDocsQuery) {
            return new Leaf(matches) {
                @Override
                double at(int doc) {
                    return max;
                }
            };
        }
        return new BlockMax(matches, weight(q, boost, s, m).scorer(ctx), max);
    }

    /**
     * A word's or phrase's bound per block of documents (Lucene's impacts: the best frequency
     * and length pairs of each block of postings, the same bounds its own top-k search skips
     * by): a phrase's segment maximum comes from the one document that repeats it most, and
     * bounded by it nearly every match of a common phrase had to be scored.
     */
    private static final class BlockMax extends Leaf {
        private final Scorer scorer;
        private final float segmentMax;
        private int upTo = -1;
        private float blockMax;

        BlockMax(FixedBitSet matches, Scorer scorer, float segmentMax) {
            super(matches);
            this.scorer = scorer;
            this.segmentMax = segmentMax;
        }

        /** Documents are asked in increasing order, once per search. */
        @Override
        double at(int doc) throws IOException {
            if (scorer == null) {
                return segmentMax;
            }
            if (doc > upTo) {
                upTo = scorer.advanceShallow(doc);
                blockMax = Math.min(segmentMax, scorer.getMaxScore(upTo));
            }
            return blockMax;
        }
    }

    /** The clause's weight for bounds (top scores: impacts read), remembered for this index generation. */
    private static Weight weight(Query q, float boost, IndexSearcher s, Maxima m) throws IOException {
        WeightKey key = new WeightKey(q, boost);
        Weight w = m.weights().get(key);
        if (w == null) {
            w = s.createWeight(s.rewrite(q), ScoreMode.TOP_SCORES, boost);
            m.weights().put(key, w);
        }
        return w;
    }

    /**
     * Where a clause can score: its match set when matching worked it out (the clauses that
     * decide matching) or it is cheap (a word); for a phrase that only adds to a score, the
     * documents with all its words (a superset: no position is checked); else null.
     */
    private static FixedBitSet gate(Query q, MatchSets.Segment seg) throws IOException {
        FixedBitSet known = seg.known(q);
        if (known != null || q instanceof TermQuery) {
            return known != null ? known : seg.of(q);
        }
        if (q instanceof PhraseQuery p) {
            FixedBitSet all = null;
            for (Term t : p.getTerms()) {
                FixedBitSet one = seg.of(new TermQuery(t));
                if (all == null) {
                    all = one.clone();
                } else {
                    all.and(one);
                }
            }
            return all;
        }
        return q instanceof BooleanQuery || q instanceof DisjunctionMaxQuery || q instanceof BoostQuery ? null : seg.of(q);
    }

    /** The clause's highest score in the segment, from Lucene's own bounds (its impacts), remembered. */
    private static float highest(Query q, float boost, LeafReaderContext ctx, IndexSearcher s, Maxima m)
            throws IOException {
        Object segment = ctx.reader().getCoreCacheHelper() == null ? ctx.reader() : ctx.reader().getCoreCacheHelper().getKey();
        ClauseKey key = new ClauseKey(segment, q, boost);
        Float known = m.byClause().get(key);
        if (known != null) {
            return known;
        }
        Scorer sc = weight(q, boost, s, m).scorer(ctx);
        float max = 0;
        if (sc != null) {
            sc.advanceShallow(0);
            max = sc.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        }
        m.byClause().put(key, max);
        return max;
    }

    private static final DoubleValues ONE = new DoubleValues() {
        @Override
        public double doubleValue() {
            return 1;
        }

        @Override
        public boolean advanceExact(int doc) {
            return true;
        }
    };
}
