package cn.gongkai.corpus;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The index writer's bigram and character fields in one pass, for text written only in common
 * Han characters, ASCII letters and digits, spaces and punctuation that never joins two tokens
 * (which is what notices are written in). The filter chains of {@link Schema#bigrams()} and
 * {@link Schema#characters()} (StandardTokenizer, width folding, lower case, bigrams) give
 * exactly these tokens for such text — each Han character a token, each run of letters and
 * digits one lower-cased token, adjacent Han characters paired — but pay for every token at
 * each of four stages, and the bigram filter copies its state for every lone character. Any
 * other text (full-width letters, rare ideographs, kana, a full stop between digits …) goes
 * through the chain itself, so the index never differs ({@code PlainCjkTokensTest}).
 */
final class PlainCjkTokens extends Tokenizer {
    /** Longer runs are split by StandardTokenizer at its maximum token length: leave them to it. */
    private static final int MAX_RUN = 255;

    private final boolean pairs;
    private final Analyzer chain;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private char[] text = new char[1024];
    private int length;
    private int at;
    /** Start of the run of Han characters being paired, or -1. */
    private int han = -1;
    /** The chain's stream when the text is not plain; null otherwise. */
    private TokenStream fallback;
    private CharTermAttribute fbTerm;
    private OffsetAttribute fbOffset;
    private PositionIncrementAttribute fbPosInc;
    private TypeAttribute fbType;

    /** {@code pairs}: bigrams (as {@link Schema#bigrams()}), else characters ({@link Schema#characters()}). */
    PlainCjkTokens(boolean pairs) {
        this.pairs = pairs;
        this.chain = pairs ? Schema.bigrams() : Schema.characters();
    }

    /** An analyzer whose every field goes through this tokenizer. */
    static Analyzer analyzer(boolean pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new PlainCjkTokens(pairs));
            }
        };
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        if (fallback != null) {
            fallback.close();
        }
        length = 0;
        int n;
        while ((n = input.read(text, length, text.length - length)) > 0) {
            length += n;
            if (length == text.length) {
                text = java.util.Arrays.copyOf(text, text.length * 2);
            }
        }
        at = 0;
        han = -1;
        fallback = null;
        if (!plain(text, length)) {
            fallback = chain.tokenStream("", new String(text, 0, length));
            fbTerm = fallback.getAttribute(CharTermAttribute.class);
            fbOffset = fallback.getAttribute(OffsetAttribute.class);
            fbPosInc = fallback.getAttribute(PositionIncrementAttribute.class);
            fbType = fallback.getAttribute(TypeAttribute.class);
            fallback.reset();
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (fallback != null) {
            if (!fallback.incrementToken()) {
                return false;
            }
            term.copyBuffer(fbTerm.buffer(), 0, fbTerm.length());
            offset.setOffset(correctOffset(fbOffset.startOffset()), correctOffset(fbOffset.endOffset()));
            posInc.setPositionIncrement(fbPosInc.getPositionIncrement());
            type.setType(fbType.type());
            return true;
        }
        while (at < length) {
            char c = text[at];
            if (isHan(c)) {
                if (!pairs) {
                    emit(at, at + 1, "<IDEOGRAPHIC>");
                    at++;
                    return true;
                }
                if (han < 0) {
                    han = at;
                }
                at++;
                if (at < length && isHan(text[at])) {
                    emit(at - 1, at + 1, "<DOUBLE>");
                    return true;
                }
                // The run ends here: a lone character is a token of its own.
                boolean lone = han == at - 1;
                han = -1;
                if (lone) {
                    emit(at - 1, at, "<SINGLE>");
                    return true;
                }
            } else if (isAlnum(c)) {
                int start = at;
                boolean letters = false;
                while (at < length && (isAlnum(text[at]) || joins(text, at, length))) {
                    letters |= text[at] > '9' && isAlnum(text[at]);
                    at++;
                }
                emit(start, at, letters ? "<ALPHANUM>" : "<NUM>");
                char[] t = term.buffer();
                for (int i = 0; i < at - start; i++) {
                    char x = t[i];
                    if (x >= 'A' && x <= 'Z') {
                        t[i] = (char) (x + ('a' - 'A'));
                    } else if (x >= '\uFF01' && x <= '\uFF5E') {
                        t[i] = (char) (x - 0xFEE0); // CJKWidthFilter folds full-width marks to ASCII
                    }
                }
                return true;
            } else {
                at++;
            }
        }
        return false;
    }

    private void emit(int start, int end, String kind) {
        term.copyBuffer(text, start, end - start);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(kind);
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (fallback != null) {
            fallback.end();
            offset.setOffset(correctOffset(fbOffset.startOffset()), correctOffset(fbOffset.endOffset()));
            posInc.setPositionIncrement(fbPosInc.getPositionIncrement());
        } else {
            int end = correctOffset(length);
            offset.setOffset(end, end);
        }
    }

    @Override
    public void close() throws IOException {
        if (fallback != null) {
            fallback.close();
            fallback = null;
        }
        super.close();
    }

    /** Han ideographs of the first CJK block, all assigned since Unicode 1.1: StandardTokenizer's IDEOGRAPHIC. */
    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FA5';
    }

    static boolean isAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether StandardTokenizer splits this text as {@link #incrementToken} does: only Han
     * characters, ASCII letters and digits, marks that belong to no token, and marks that join
     * letters or digits (the full stop in 1.5, the comma in 3,000, the colon in a:b) by
     * Unicode's word-break rules, which {@link #joins} follows.
     */
    static boolean plain(char[] text, int length) {
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (isAlnum(c) || run > 0 && joins(text, i, length)) {
                if (++run > MAX_RUN) {
                    return false;
                }
                continue;
            }
            run = 0;
            if (!isHan(c) && !separator(c) && joiner(c) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the mark at {@code i} joins the letters or digits on either side into one token:
     * a MidLetter between letters, a MidNum between digits, a MidNumLet between either (UAX #29,
     * rules WB6, WB7, WB11, WB12).
     */
    static boolean joins(char[] text, int i, int length) {
        int kind = joiner(text[i]);
        if (kind == 0 || i == 0 || i + 1 >= length) {
            return false;
        }
        char before = text[i - 1];
        char after = text[i + 1];
        boolean letters = isLetter(before) && isLetter(after);
        boolean digits = isDigit(before) && isDigit(after);
        return kind == MID_LETTER ? letters : kind == MID_NUM ? digits : letters || digits;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spaces and punctuation outside every token, whatever stands beside them. */
    private static boolean separator(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\r', '!', '"', '#', '$', '%', '&', '(', ')', '*', '+', '-', '/', '<', '=', '>', '?', '@',
                    '[', '\\', ']', '^', '`', '{', '|', '}', '~',
                    '\u3000', '\u3001', '\u3002', '\u3008', '\u3009', '\u300A', '\u300B', '\u300C', '\u300D', '\u300E',
                    '\u300F', '\u3010', '\u3011', '\u3014', '\u3015', '\u2014', '\u2026', '\u201C', '\u201D',
                    '\uFF01', '\uFF08', '\uFF09', '\uFF1F', '\uFF05', '\uFF0B', '\uFF0D', '\uFF0F', '\uFF1C', '\uFF1E' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static final int MID_LETTER = 1;
    private static final int MID_NUM = 2;
    private static final int MID_NUM_LET = 3;

    /** The word-break class of a mark that can join letters or digits, 0 for any other character. */
    private static int joiner(char c) {
        switch (c) {
            case ':', '\u00B7', '\uFF1A' -> {
                return MID_LETTER;
            }
            case ',', ';', '\uFF0C', '\uFF1B' -> {
                return MID_NUM;
            }
            case '.', '\'', '\u2018', '\u2019', '\uFF0E', '\uFF07' -> {
                return MID_NUM_LET;
            }
            default -> {
                return 0;
            }
        }
    }
}
