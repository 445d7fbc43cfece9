package cn.gongkai.corpus;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The sound field's tokens straight from the text: for each two adjacent Chinese characters,
 * every combination of their readings (防火 → fang_huo), each at its own position — what
 * {@link Schema#soundText} gives through a whitespace analyzer. A document has hundreds of
 * them, so readings are looked up in a table by character and each combination is written
 * straight into the term, not built as text and split again.
 */
final class SoundTokens extends TokenStream {
    private static final String[] NONE = new String[0];
    /** Readings by character; null until first asked. Racing writers write the same value. */
    private static final String[][] READINGS = new String[Character.MAX_VALUE + 1][];

    private final String text;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    /** The pair ends at {@code i + 1}; its combinations are emitted first reading by second. */
    private int i;
    private String[] first = NONE;
    private String[] second = NONE;
    private int x;
    private int y;

    SoundTokens(String text) {
        this.text = text;
    }

    /**
     * Each combination is written into the term as it is emitted (reading, '_', reading):
     * cheaper than looking up a made string per pair, and no string per token.
     */
    @Override
    public boolean incrementToken() {
        if (y >= second.length) {
            y = 0;
            x++;
        }
        while (x >= first.length) {
            if (i + 1 >= text.length()) {
                return false;
            }
            first = readings(text.charAt(i));
            second = first.length == 0 ? NONE : readings(text.charAt(i + 1));
            if (second.length == 0) {
                first = NONE;
            }
            x = 0;
            y = 0;
            i++;
        }
        clearAttributes();
        term.setEmpty().append(first[x]).append('_').append(second[y++]);
        pos.setPositionIncrement(1);
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        i = 0;
        first = NONE;
        second = NONE;
        x = 0;
        y = 0;
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
