package cn.gongkai.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * {@link SoundTokens} counted: each distinct sound bigram of a document once, with how often it
 * occurs as its term frequency. The sound field keeps no positions, so this indexes exactly the
 * same frequencies and the same length (the norm counts every occurrence, none at a shared
 * position) — but Lucene looks each term up once per document instead of once per occurrence,
 * and that look-up (a cache miss into its postings pool) is what a token costs it. A third of a
 * document's tokens are sound bigrams, and the same ones repeat (政策, 申请) through title,
 * summary and lead. Not for a field with positions: Lucene refuses custom frequencies there.
 */
final class CountedSoundTokens extends TokenStream {
    private final String text;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
    private final List<String> terms = new ArrayList<>();
    private final List<int[]> counts = new ArrayList<>();
    private int next;

    CountedSoundTokens(String text) {
        this.text = text;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms.clear();
        counts.clear();
        next = 0;
        Map<String, int[]> seen = new HashMap<>();
        try (SoundTokens each = new SoundTokens(text)) {
            CharTermAttribute t = each.getAttribute(CharTermAttribute.class);
            each.reset();
            while (each.incrementToken()) {
                String s = t.toString();
                int[] n = seen.get(s);
                if (n == null) {
                    n = new int[1];
                    seen.put(s, n);
                    terms.add(s);
                    counts.add(n);
                }
                n[0]++;
            }
            each.end();
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next));
        freq.setTermFrequency(counts.get(next)[0]);
        pos.setPositionIncrement(1);
        next++;
        return true;
    }
}
