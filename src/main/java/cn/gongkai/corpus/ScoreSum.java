package cn.gongkai.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** The sum of a query's scores over every match: how much a word is used, each notice weighed by its score. */
final class ScoreSum extends SimpleCollector {
    private Scorable scorer;
    private double sum;

    static double of(IndexSearcher searcher, Query q) {
        ScoreSum s = new ScoreSum();
        try {
            searcher.search(q, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.sum;
    }

    @Override
    public void setScorer(Scorable s) {
        scorer = s;
    }

    @Override
    public void collect(int doc) throws IOException {
        sum += scorer.score();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }
}
