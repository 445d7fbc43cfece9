package cn.gongkai.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents of one segment a query matches, as a bit set, worked out clause by clause:
 * each word's postings read once from start to end, then combined with AND, OR and
 * at-least-k. A question's query names each word in many places (a word in the scoring clause,
 * again in "most of the words", again in "covered", in the title test …), each of them a
 * disjunction over fields and synonyms; matched lazily, every candidate document advances every
 * copy of every disjunction, and that heap work, not reading postings, was most of a slow search.
 * Equal sub-queries are worked out once per segment. Matching only: scores are not touched.
 */
final class MatchSets {
    private final IndexSearcher plain;
    private final Map<Query, Weight> weights = new HashMap<>();
    private final PhraseMatches remembered;

    /**
     * {@code plain}: a searcher without a query cache, for the query types read through a scorer;
     * {@code remembered}: their match sets from earlier searches of the same index.
     */
    MatchSets(IndexSearcher plain, PhraseMatches remembered) {
        this.plain = plain;
        this.remembered = remembered;
    }

    /** One segment's evaluation; equal sub-queries share one set. */
    Segment on(LeafReaderContext ctx) {
        return new Segment(ctx);
    }

    final class Segment {
        private final LeafReaderContext ctx;
        private final int maxDoc;
        private final Map<Query, FixedBitSet> memo = new HashMap<>();

        private Segment(LeafReaderContext ctx) {
            this.ctx = ctx;
            this.maxDoc = ctx.reader().maxDoc();
        }

        /** The documents (deleted ones included; the searcher skips those) the query matches. */
        FixedBitSet of(Query q) throws IOException {
            FixedBitSet known = memo.get(q);
            if (known == null) {
                known = compute(q);
                memo.put(q, known);
            }
            return known;
        }

        /** The set if this evaluation or an earlier search already worked it out, else null. */
        FixedBitSet known(Query q) {
            FixedBitSet m = memo.get(q);
            return m != null ? m : remembered.get(ctx, q);
        }

        private FixedBitSet compute(Query q) throws IOException {
            if (q instanceof BoostQuery b) {
                return of(b.getQuery());
            }
            if (q instanceof ConstantScoreQuery c) {
                return of(c.getQuery());
            }
            if (q instanceof FunctionScoreQuery f) {
                // A function changes the score of a match, never whether it matches.
                return of(f.getWrappedQuery());
            }
            if (q instanceof TermQuery t) {
                return term(t);
            }
            if (q instanceof DisjunctionMaxQuery d) {
                FixedBitSet out = new FixedBitSet(maxDoc);
                for (Query sub : d.getDisjuncts()) {
                    out.or(of(sub));
                }
                return out;
            }
            if (q instanceof BooleanQuery b) {
                return bool(b);
            }
            if (q instanceof MatchAllDocsQuery) {
                FixedBitSet out = new FixedBitSet(maxDoc);
                out.set(0, maxDoc);
                return out;
            }
            if (q instanceof MatchNoDocsQuery) {
                return new FixedBitSet(maxDoc);
            }
            return scored(q);
        }

        private FixedBitSet term(TermQuery t) throws IOException {
            FixedBitSet out = new FixedBitSet(maxDoc);
            Terms terms = ctx.reader().terms(t.getTerm().field());
            if (terms == null) {
                return out;
            }
            TermsEnum e = terms.iterator();
            if (e.seekExact(t.getTerm().bytes())) {
                PostingsEnum p = e.postings(null, PostingsEnum.NONE);
                out.or(p);
            }
            return out;
        }

        /**
         * Lucene's rules: required clauses (MUST, FILTER) all match; with required clauses and no
         * minimum the SHOULD clauses only score; without required clauses at least one SHOULD
         * (or the minimum) must match; a MUST_NOT match excludes; nothing but MUST_NOT matches nothing.
         */
        private FixedBitSet bool(BooleanQuery b) throws IOException {
            List<Query> required = new ArrayList<>();
            List<Query> optional = new ArrayList<>();
            List<Query> prohibited = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                switch (c.getOccur()) {
                    case MUST, FILTER -> required.add(c.getQuery());
                    case SHOULD -> optional.add(c.getQuery());
                    case MUST_NOT -> prohibited.add(c.getQuery());
                }
            }
            int min = b.getMinimumNumberShouldMatch();
            if (required.isEmpty() && min == 0) {
                min = 1;
            }
            FixedBitSet out = null;
            for (Query r : required) {
                if (out == null) {
                    out = of(r).clone();
                } else {
                    out.and(of(r));
                }
            }
            if (min > optional.size()) {
                return new FixedBitSet(maxDoc);
            }
            if (min > 0) {
                FixedBitSet enough = atLeast(optional, min);
                if (out == null) {
                    out = enough;
                } else {
                    out.and(enough);
                }
            }
            if (out == null) {
                return new FixedBitSet(maxDoc);
            }
            for (Query p : prohibited) {
                out.andNot(of(p));
            }
            return out;
        }

        private FixedBitSet atLeast(List<Query> clauses, int min) throws IOException {
            if (min == 1) {
                FixedBitSet out = new FixedBitSet(maxDoc);
                for (Query c : clauses) {
                    out.or(of(c));
                }
                return out;
            }
            int[] counts = new int[maxDoc];
            for (Query c : clauses) {
                FixedBitSet s = of(c);
                for (int d = s.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                        d = d + 1 < maxDoc ? s.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    counts[d]++;
                }
            }
            FixedBitSet out = new FixedBitSet(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                if (counts[d] >= min) {
                    out.set(d);
                }
            }
            return out;
        }

        /** Phrases, spans, ranges …: Lucene's own matcher, run once over the whole segment. */
        private FixedBitSet scored(Query q) throws IOException {
            FixedBitSet known = remembered.get(ctx, q);
            if (known != null) {
                return known;
            }
            FixedBitSet out = matched(q);
            remembered.put(ctx, q, out);
            return out;
        }

        private FixedBitSet matched(Query q) throws IOException {
            FixedBitSet out = new FixedBitSet(maxDoc);
            Weight w = weights.get(q);
            if (w == null) {
                w = plain.createWeight(plain.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
                weights.put(q, w);
            }
            Scorer s = w.scorer(ctx);
            if (s == null) {
                return out;
            }
            TwoPhaseIterator two = s.twoPhaseIterator();
            if (two == null) {
                out.or(s.iterator());
                return out;
            }
            DocIdSetIterator approx = two.approximation();
            for (int d = approx.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = approx.nextDoc()) {
                if (two.matches()) {
                    out.set(d);
                }
            }
            return out;
        }
    }
}
