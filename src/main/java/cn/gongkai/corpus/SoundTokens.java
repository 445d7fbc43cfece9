package cn.gongkai.corpus;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The sound field's tokens straight from the text: for each two adjacent Chinese characters,
 * every combination of their readings (防火 → fang_huo), each at its own position — what
 * {@link Schema#soundText} gives through a whitespace analyzer. A document has hundreds of
 * them, so readings are looked up in a table by character and each pair's combinations are
 * made once, not built as text and split again.
 */
final class SoundTokens extends TokenStream {
    private static final String[] NONE = new String[0];
    /** Readings by character; null until first asked. Racing writers write the same value. */
    private static final String[][] READINGS = new String[Character.MAX_VALUE + 1][];
    private static final ConcurrentHashMap<Integer, String[]> PAIRS = new ConcurrentHashMap<>();

    private final String text;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private int i;
    private String[] combos = NONE;
    private int next;

    SoundTokens(String text) {
        this.text = text;
    }

    @Override
    public boolean incrementToken() {
        while (next >= combos.length) {
            if (i + 1 >= text.length()) {
                return false;
            }
            combos = pair(text.charAt(i), text.charAt(i + 1));
            next = 0;
            i++;
        }
        clearAttributes();
        term.setEmpty().append(combos[next++]);
        pos.setPositionIncrement(1);
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        i = 0;
        combos = NONE;
        next = 0;
    }

    private static String[] pair(char a, char b) {
        String[] ra = readings(a);
        String[] rb = readings(b);
        if (ra.length == 0 || rb.length == 0) {
            return NONE;
        }
        return PAIRS.computeIfAbsent((a << 16) | b, k -> {
            String[] out = new String[ra.length * rb.length];
            int n = 0;
            for (String x : ra) {
                for (String y : rb) {
                    out[n++] = x + "_" + y;
                }
            }
            return out;
        });
    }

    private static String[] readings(char c) {
        String[] r = READINGS[c];
        if (r == null) {
            List<String> list = Pinyin.readings(c);
            r = list.isEmpty() ? NONE : list.toArray(new String[0]);
            READINGS[c] = r;
        }
        return r;
    }
}
