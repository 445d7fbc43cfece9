package cn.gongkai.corpus;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Tokens we computed ourselves (pinyin, initials), with positions: alternatives for one
 * character (the readings of a 多音字) share a position so a phrase over any reading matches.
 */
final class ListTokenStream extends TokenStream {
    /** A token and its position increment (0 = same position as the previous token). */
    record Token(String term, int posInc) {}

    private final List<Token> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private int next;

    ListTokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.term());
        pos.setPositionIncrement(t.posInc());
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
