package cn.gongkai.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * {@link SoundTokens} counted: each distinct sound bigram of a document once, with how often it
 * occurs as its term frequency, in the order each first occurs. The sound field keeps no
 * positions, so this indexes exactly the same frequencies and the same length (the norm counts
 * every occurrence, none at a shared position) — but Lucene looks each term up once per
 * document instead of once per occurrence, and that look-up (a cache miss into its postings
 * pool) is what a token costs it. A third of a document's tokens are sound bigrams, and the
 * same ones repeat (政策, 申请) through title, summary and lead. Not for a field with positions:
 * Lucene refuses custom frequencies there.
 *
 * <p>Counting is by numbers, not text: each reading has a small id, a pair of readings is one
 * int, and the pairs are counted in an open-addressed table stamped per document (nothing to
 * clear); the term's text is copied from the readings' letters only when it is emitted. The
 * index writer reuses one stream per field and thread ({@link #field}), so a document costs no
 * new stream, map or string.
 */
final class CountedSoundTokens extends TokenStream {
    /** A character's readings: their ids (for counting) and letters (for the term). Final fields: safe to share. */
    private record Sounds(int[] ids, char[][] letters) {}

    private static final Sounds NONE = new Sounds(new int[0], new char[0][]);
    /** Readings by character; null until first asked. Racing writers store equal values. */
    private static final Sounds[] BY_CHAR = new Sounds[Character.MAX_VALUE + 1];
    /** Reading → id; guarded by itself, used only the first time a character is seen. */
    private static final Map<String, Integer> IDS = new HashMap<>();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
    private String text;

    /** The distinct pairs in the order met: the two readings' letters and the count. */
    private char[][] first = new char[64][];
    private char[][] second = new char[64][];
    private int[] counts = new int[64];
    private int distinct;
    private int next;

    /** Open addressing over pair keys: a slot is taken when its stamp is this document's. */
    private int[] slotKey = new int[128];
    private int[] slotPair = new int[128];
    private int[] slotStamp = new int[128];
    private int stamp;

    CountedSoundTokens(String text) {
        this.text = text;
    }

    /**
     * The sound field of a document: the index writer hands back the stream it used for this
     * field before, and it is reused for the new text.
     */
    static Field field(String name, String text, FieldType type) {
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                if (reuse instanceof CountedSoundTokens counted) {
                    counted.text = stringValue();
                    return counted;
                }
                return new CountedSoundTokens(stringValue());
            }
        };
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
        distinct = 0;
        if (++stamp == 0) {
            // After 2^32 documents the stamps wrap: start the table afresh.
            Arrays.fill(slotStamp, 0);
            stamp = 1;
        }
        String s = text;
        Sounds a = s.isEmpty() ? NONE : sounds(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            Sounds b = sounds(s.charAt(i));
            if (a.ids.length != 0 && b.ids.length != 0) {
                for (int x = 0; x < a.ids.length; x++) {
                    for (int y = 0; y < b.ids.length; y++) {
                        count(a.ids[x] << 16 | b.ids[y], a.letters[x], b.letters[y]);
                    }
                }
            }
            a = b;
        }
    }

    private void count(int key, char[] x, char[] y) {
        int mask = slotKey.length - 1;
        int i = (key * 0x9E3779B9 >>> 16) & mask;
        while (slotStamp[i] == stamp) {
            if (slotKey[i] == key) {
                counts[slotPair[i]]++;
                return;
            }
            i = (i + 1) & mask;
        }
        if (distinct == counts.length) {
            first = Arrays.copyOf(first, distinct * 2);
            second = Arrays.copyOf(second, distinct * 2);
            counts = Arrays.copyOf(counts, distinct * 2);
        }
        first[distinct] = x;
        second[distinct] = y;
        counts[distinct] = 1;
        slotStamp[i] = stamp;
        slotKey[i] = key;
        slotPair[i] = distinct++;
        if (distinct * 2 > slotKey.length) {
            grow();
        }
    }

    /** Twice the slots, the pairs so far placed again. */
    private void grow() {
        int[] keys = slotKey;
        int[] pairs = slotPair;
        int[] stamps = slotStamp;
        slotKey = new int[keys.length * 2];
        slotPair = new int[keys.length * 2];
        slotStamp = new int[keys.length * 2];
        int mask = slotKey.length - 1;
        for (int j = 0; j < keys.length; j++) {
            if (stamps[j] == stamp) {
                int i = (keys[j] * 0x9E3779B9 >>> 16) & mask;
                while (slotStamp[i] == stamp) {
                    i = (i + 1) & mask;
                }
                slotStamp[i] = stamp;
                slotKey[i] = keys[j];
                slotPair[i] = pairs[j];
            }
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= distinct) {
            return false;
        }
        clearAttributes();
        char[] x = first[next];
        char[] y = second[next];
        char[] buf = term.resizeBuffer(x.length + 1 + y.length);
        System.arraycopy(x, 0, buf, 0, x.length);
        buf[x.length] = '_';
        System.arraycopy(y, 0, buf, x.length + 1, y.length);
        term.setLength(x.length + 1 + y.length);
        freq.setTermFrequency(counts[next]);
        pos.setPositionIncrement(1);
        next++;
        return true;
    }

    private static Sounds sounds(char c) {
        Sounds s = BY_CHAR[c];
        if (s == null) {
            s = lookUp(c);
            BY_CHAR[c] = s;
        }
        return s;
    }

    private static Sounds lookUp(char c) {
        List<String> readings = Pinyin.readings(c);
        if (readings.isEmpty()) {
            return NONE;
        }
        int[] ids = new int[readings.size()];
        char[][] letters = new char[readings.size()][];
        synchronized (IDS) {
            for (int k = 0; k < ids.length; k++) {
                ids[k] = IDS.computeIfAbsent(readings.get(k), r -> IDS.size() + 1);
                letters[k] = readings.get(k).toCharArray();
            }
            if (IDS.size() > Character.MAX_VALUE) {
                throw new IllegalStateException("more readings than a pair key holds");
            }
        }
        return new Sounds(ids, letters);
    }
}
