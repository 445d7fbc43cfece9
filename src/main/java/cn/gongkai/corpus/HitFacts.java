package cn.gongkai.corpus;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;

/**
 * What the index decided about each hit of a window when it wrote the document — whether it
 * states a sum ({@link AmountAsked}), the seasons its title names ({@link SeasonAsked}) — read
 * from doc values instead of parsing every hit's record again for every question that asks. A
 * document written before these fields (an older generation served as it is, or carried over
 * into a new one) has no value: its record decides, as it always did, so the answers are the
 * same and only slower until {@code index --rebuild}.
 */
final class HitFacts {
    /** No value: the document predates the field. */
    private static final long NONE = -1;
    private final long[] sums;
    private final long[] seasons;

    private HitFacts(long[] sums, long[] seasons) {
        this.sums = sums;
        this.seasons = seasons;
    }

    /** The facts of each hit, looked up in document order (doc values only go forward). */
    static HitFacts of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        int n = hits.length;
        long[] sums = new long[n];
        long[] seasons = new long[n];
        long[] byDoc = new long[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = (long) hits[i].doc << 32 | i;
        }
        Arrays.sort(byDoc);
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        NumericDocValues sum = null;
        NumericDocValues season = null;
        for (long key : byDoc) {
            int doc = (int) (key >>> 32);
            int i = (int) key;
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                LeafReader r = leaves.get(l).reader();
                sum = r.getNumericDocValues(Schema.STATES_SUM);
                season = r.getNumericDocValues(Schema.TITLE_SEASONS);
            }
            int local = doc - leaves.get(l).docBase;
            sums[i] = value(sum, local);
            seasons[i] = value(season, local);
        }
        return new HitFacts(sums, seasons);
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : NONE;
    }

    /**
     * Hit {@code i} answers a question asking these seasons ({@link SeasonAsked#bits}, 0 when none)
     * and, with {@code amount}, a sum; {@code record} gives a hit's record where the index has no value.
     */
    boolean keeps(int i, int asked, boolean amount, IntFunction<Disclosure> record) {
        if (asked != 0) {
            int titled = seasons[i] == NONE ? SeasonAsked.bits(SeasonAsked.titled(record.apply(i).title()))
                    : (int) seasons[i];
            if (!SeasonAsked.answers(titled, asked)) {
                return false;
            }
        }
        return !amount || (sums[i] == NONE ? AmountAsked.states(record.apply(i)) : sums[i] == 1);
    }
}
