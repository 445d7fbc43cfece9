package cn.gongkai.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents of a segment each phrase (a synonym over a bigram field, 城乡居民基本医疗保险
 * as nine bigrams in a row) matches, remembered across searches. Checking a phrase's positions
 * in every document that has its words is what a question's query mostly costs, and the same
 * phrases come back in every question about the topic: a district's synonym groups expand each
 * colloquial word to the same official terms. Match sets only, never results or scores: a
 * question never asked before is answered afresh from them. A segment's sets go when the
 * segment closes (a rebuilt index is new segments); past the budget the memory starts over.
 */
final class PhraseMatches {
    /** Budget in MB ({@code gongkai.search.matchcache}); 0 turns this, and matching first, off. */
    static final long BUDGET_BYTES = Long.getLong("gongkai.search.matchcache", 32) << 20;

    private record Entry(FixedBitSet dense, int[] sparse, int maxDoc) {
        long bytes() {
            return dense != null ? dense.getBits().length * 8L : sparse.length * 4L + 32;
        }
    }

    private final Map<Object, Map<Query, Entry>> bySegment = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget;

    PhraseMatches(long budget) {
        this.budget = budget;
    }

    boolean enabled() {
        return budget > 0;
    }

    /** The set remembered for this segment and query (not to be modified), or null. */
    FixedBitSet get(LeafReaderContext ctx, Query q) {
        Map<Query, Entry> m = segment(ctx, false);
        Entry e = m == null ? null : m.get(q);
        if (e == null) {
            return null;
        }
        if (e.dense() != null) {
            return e.dense();
        }
        FixedBitSet out = new FixedBitSet(e.maxDoc());
        for (int d : e.sparse()) {
            out.set(d);
        }
        return out;
    }

    void put(LeafReaderContext ctx, Query q, FixedBitSet set) {
        if (!enabled()) {
            return;
        }
        Map<Query, Entry> m = segment(ctx, true);
        if (m == null) {
            return;
        }
        int n = set.cardinality();
        // A list of documents when it is smaller than the bit set (one bit per document).
        Entry e;
        if (n * 32L < set.length()) {
            int[] docs = new int[n];
            int i = 0;
            for (int d = n == 0 ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                    d = d + 1 < set.length() ? set.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                docs[i++] = d;
            }
            e = new Entry(null, docs, set.length());
        } else {
            e = new Entry(set, null, set.length());
        }
        if (bytes.addAndGet(e.bytes()) > budget) {
            bySegment.values().forEach(Map::clear);
            bytes.set(e.bytes());
        }
        m.put(q, e);
    }

    private Map<Query, Entry> segment(LeafReaderContext ctx, boolean create) {
        IndexReader.CacheHelper helper = ctx.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        Object key = helper.getKey();
        Map<Query, Entry> m = bySegment.get(key);
        if (m == null && create) {
            m = bySegment.computeIfAbsent(key, k -> {
                helper.addClosedListener(closed -> {
                    Map<Query, Entry> gone = bySegment.remove(closed);
                    if (gone != null) {
                        gone.values().forEach(e -> bytes.addAndGet(-e.bytes()));
                    }
                });
                return new ConcurrentHashMap<>();
            });
        }
        return m;
    }
}
