package cn.gongkai.corpus;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query that matches and scores exactly as the query it wraps, in two steps. First which
 * documents match, worked out with {@link MatchSets} (each phrase's positions checked once over
 * the segment, or remembered from an earlier search). Then the score, from the wrapped query
 * with its non-scoring clauses taken out (the FILTER and MUST_NOT clauses of the required chain:
 * "qualifies", "covered", the category filters), visiting only those documents. Lazily, every
 * candidate advanced every copy of every disjunction of every filter; now each answer is scored
 * once. Same documents, same scores (the scoring clauses are the very same queries), same total.
 */
final class MatchesFirst extends Query {
    /** What scores a match: the wrapped query less the clauses that only decide matching. */
    private final Query scoring;
    /** The query as built: decides which documents match. */
    private final Query matching;
    private final PhraseMatches remembered;

    MatchesFirst(Query q, PhraseMatches remembered) {
        this(scoringPart(q), q, remembered);
    }

    /**
     * The query to search with: matches first when that saves work, i.e. when there are filter
     * clauses to take out of the scoring (a question's words); else the query itself (a kiosk's
     * initials are alternatives, all scoring).
     */
    static Query of(Query q, PhraseMatches remembered) {
        if (!remembered.enabled()) {
            return q;
        }
        Query scoring = scoringPart(q);
        return scoring.equals(q) ? q : new MatchesFirst(scoring, q, remembered);
    }

    private MatchesFirst(Query scoring, Query matching, PhraseMatches remembered) {
        this.scoring = scoring;
        this.matching = matching;
        this.remembered = remembered;
    }

    /**
     * The query without the FILTER and MUST_NOT clauses that every match satisfies anyway: those
     * of the top boolean query and of its MUST clauses, all the way down. (Below a SHOULD clause
     * a filter decides whether that clause adds to the score, so it stays.) A FILTER clause adds
     * nothing to a score, so each match scores as before; a document where nothing scoring is
     * left to match scores 0, as it did.
     */
    static Query scoringPart(Query q) {
        if (q instanceof FunctionScoreQuery f) {
            return new FunctionScoreQuery(scoringPart(f.getWrappedQuery()), f.getSource());
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(scoringPart(b.getQuery()), b.getBoost());
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                switch (c.getOccur()) {
                    case MUST -> out.add(scoringPart(c.getQuery()), Occur.MUST);
                    case SHOULD -> out.add(c.getQuery(), Occur.SHOULD);
                    case FILTER, MUST_NOT -> { }
                }
            }
            return out.build();
        }
        return q;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = scoring.rewrite(searcher);
        return r == scoring ? this : new MatchesFirst(r, matching, remembered);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = scoreMode.needsScores() ? searcher.createWeight(scoring, scoreMode, boost) : null;
        IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
        plain.setQueryCache(null);
        MatchSets sets = new MatchSets(plain, remembered);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                FixedBitSet matches = sets.on(ctx).of(matching);
                int n = matches.cardinality();
                if (n == 0) {
                    return null;
                }
                return new OnlyMatches(this, inner == null ? null : inner.scorer(ctx), new BitSetIterator(matches, n));
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                return inner == null ? Explanation.noMatch("not scored") : inner.explain(ctx, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** The matches, each scored by the scoring part (0 where none of it matches). */
    private static final class OnlyMatches extends Scorer {
        private final Scorer in;
        private final TwoPhaseIterator inTwo;
        private final DocIdSetIterator inIt;
        private final DocIdSetIterator matches;
        private int scoredDoc = -1;
        private float score;

        OnlyMatches(Weight w, Scorer in, DocIdSetIterator matches) {
            super(w);
            this.in = in;
            this.matches = matches;
            this.inTwo = in == null ? null : in.twoPhaseIterator();
            this.inIt = in == null ? null : inTwo == null ? in.iterator() : inTwo.approximation();
        }

        @Override
        public int docID() {
            return matches.docID();
        }

        @Override
        public float score() throws IOException {
            int doc = matches.docID();
            if (doc != scoredDoc) {
                scoredDoc = doc;
                score = 0;
                if (inIt != null) {
                    if (inIt.docID() < doc) {
                        inIt.advance(doc);
                    }
                    // Each document is scored once, in order: matches() is asked once per position.
                    if (inIt.docID() == doc && (inTwo == null || inTwo.matches())) {
                        score = in.score();
                    }
                }
            }
            return score;
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.POSITIVE_INFINITY;
        }

        @Override
        public DocIdSetIterator iterator() {
            return matches;
        }
    }
    @Override
    public void visit(QueryVisitor visitor) {
        scoring.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "MatchesFirst(" + scoring.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && scoring.equals(((MatchesFirst) o).scoring) && matching.equals(((MatchesFirst) o).matching);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), scoring, matching);
    }
}
