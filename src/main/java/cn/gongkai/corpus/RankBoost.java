package cn.gongkai.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * A multiplier on each match's text score: newer above older (the same topic is republished
 * every year and last year's amounts are wrong now), in force above repealed, and the asker's
 * own village above the district and above other villages.
 */
final class RankBoost extends DoubleValuesSource {
    /** A year-old notice weighs 1/(1+0.4) ≈ 0.7 of today's, two years 0.55. */
    private static final double AGE_PER_YEAR = 0.4;
    private static final double REPEALED = 0.35;
    private static final double OWN_VILLAGE = 2.0;
    private static final double OTHER_VILLAGE = 0.6;
    /** Asker's village unknown: one village's notice concerns fewer people than the district's. */
    private static final double SOME_VILLAGE = 0.8;

    private final long today;
    private final String village;

    RankBoost(LocalDate today, String village) {
        this.today = today.toEpochDay();
        this.village = village;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), Schema.PUBLISHED);
        NumericDocValues repealed = DocValues.getNumeric(ctx.reader(), Schema.REPEALED);
        SortedSetDocValues villages = DocValues.getSortedSet(ctx.reader(), Schema.VILLAGE);
        long villageOrd = village == null ? -1 : villages.lookupTerm(new BytesRef(village));
        return new DoubleValues() {
            double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double v = 1;
                if (published.advanceExact(doc) && published.longValue() > 0) {
                    double years = Math.max(0, today - published.longValue()) / 365.0;
                    v /= 1 + AGE_PER_YEAR * years;
                }
                if (repealed.advanceExact(doc) && repealed.longValue() > 0 && repealed.longValue() <= today) {
                    v *= REPEALED;
                }
                if (villages.advanceExact(doc)) {
                    boolean own = false;
                    for (int i = 0; i < villages.docValueCount(); i++) {
                        own |= villages.nextOrd() == villageOrd;
                    }
                    v *= village == null ? SOME_VILLAGE : own ? OWN_VILLAGE : OTHER_VILLAGE;
                }
                value = v;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Objects.hash(today, village);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankBoost r && r.today == today && Objects.equals(r.village, village);
    }

    @Override
    public String toString() {
        return "RankBoost(" + village + ")";
    }
}
