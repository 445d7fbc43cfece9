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
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Upper bounds of a query's score for each matching document of a segment, for {@link BoundedTop}:
 * a boolean query's bound is the sum of its scoring clauses' bounds, a "best way" query's the max
 * plus the tie share of the others, the ranking factor multiplies, and a word's or phrase's bound
 * is the highest score Lucene's impacts allow in the document's block of postings (0 where the
 * clause cannot match). Bounds only decide which documents get scored: any bound at least the
 * true score gives the same results.
 */
final class ClauseBounds {
    private static final Class<?> MULTIPLIED = FunctionScoreQuery
            .boostByValue(new MatchAllDocsQuery(), DoubleValuesSource.constant(1)).getSource().getClass();
    private static final int MAX_REMEMBERED = 200_000;
    /** Weights hold every segment's term states: fewer of them are kept. */
    private static final int MAX_WEIGHTS = 20_000;

    /** Each clause's highest score per segment and its weight, for the index generation in use. */
    record Maxima(Object reader, Map<Object, Float> byClause, Map<WeightKey, Weight> weights) {
        Maxima(Object reader) {
            this(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        /** Made for another index generation, or grown past what is kept. */
        boolean stale(Object readerKey) {
            return reader != readerKey || byClause.size() > MAX_REMEMBERED || weights.size() > MAX_WEIGHTS;
        }
    }

    private record WeightKey(Query clause, float boost) {}

    private record ClauseKey(Object segment, Query clause, float boost) {}

    private ClauseBounds() {}

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
    interface Sink {
        void bound(int j, double v) throws IOException;
    }

    /** A document's highest possible score under a clause: 0 where the clause does not match. */
    abstract static class Node {
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

    static Node node(Query q, float boost, MatchSets.Segment seg, LeafReaderContext ctx, IndexSearcher s,
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
