package cn.gongkai.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
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
    /** Up to this many matches per result wanted, scoring them all costs less than bounding them. */
    private static final int FEW = 100;

    private final PhraseMatches remembered;
    /** Each clause's highest score per segment, for the index generation in use. */
    private volatile ClauseBounds.Maxima maxima = new ClauseBounds.Maxima(null);

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
        ClauseBounds.Maxima m = maxima;
        if (m.stale(readerKey)) {
            m = new ClauseBounds.Maxima(readerKey);
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
                ClauseBounds.node(q, 1f, segs[ctx.ord], ctx, s, m).bounds(new ClauseBounds.Candidates(d, ctx.reader().maxDoc()),
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

    /** The k-th largest of the values (there are more than k): the same min-heap as the running floor. */
    static double kthLargest(double[][] values, int k) {
        Floor heap = new Floor(k);
        for (double[] vs : values) {
            for (double v : vs) {
                heap.offer(v);
            }
        }
        return heap.value();
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
        private final double[] heap;
        private int n;

        Floor(int k) {
            heap = new double[k];
        }

        double value() {
            return n < heap.length ? Double.NEGATIVE_INFINITY : heap[0];
        }

        void offer(double v) {
            if (n < heap.length) {
                heap[n] = v;
                for (int i = n++; i > 0 && heap[(i - 1) / 2] > heap[i]; i = (i - 1) / 2) {
                    double t = heap[i];
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
                double t = heap[i];
                heap[i] = heap[c];
                heap[c] = t;
                i = c;
            }
        }
    }
}
