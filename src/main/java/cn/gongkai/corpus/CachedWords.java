package cn.gongkai.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import cn.gongkai.corpus.QuickSegmenter.Word;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * {@link SmartChineseAnalyzer} with its word segmentation remembered per sentence. Segmenting
 * (smartcn's HMM over its bigram dictionary) is most of what indexing costs, and the same
 * sentences come back: every title is segmented again as the start of its topic, and titles
 * and summaries repeat across a district's notices (每批, 每年). smartcn segments each
 * sentence on its own, so a remembered sentence gives exactly the tokens it gave the first
 * time; the filters after the tokenizer are smartcn's own. One instance per index build, so
 * the memory goes with the build.
 */
final class CachedWords extends Analyzer {
    /** Enough for a province's distinct titles and summaries; past it, sentences are segmented afresh. */
    private static final int MAX_SENTENCES = 200_000;

    private static final QuickSegmenter QUICK = QuickSegmenter.instance();

    private final Map<String, List<Word>> sentences = new ConcurrentHashMap<>();

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new Tokenizer();
        TokenStream result = new PorterStemFilter(source);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, result);
    }

    /** What {@link HMMChineseTokenizer} gives for one sentence, offsets from the sentence's start. */
    private List<Word> segment(String sentence) {
        List<Word> cached = sentences.get(sentence);
        if (cached != null) {
            return cached;
        }
        List<Word> quick = QUICK == null ? null : QUICK.segment(sentence);
        List<Word> words = quick != null ? List.copyOf(quick) : smartcn(sentence);
        if (sentences.size() < MAX_SENTENCES) {
            sentences.put(sentence, words);
        }
        return words;
    }

    /** smartcn's own tokenizer, where {@link QuickSegmenter} cannot follow it. */
    static List<Word> smartcn(String sentence) {
        List<Word> out = new ArrayList<>();
        try (HMMChineseTokenizer t = new HMMChineseTokenizer()) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.setReader(new StringReader(sentence));
            t.reset();
            while (t.incrementToken()) {
                out.add(new Word(java.util.Arrays.copyOf(term.buffer(), term.length()), offset.startOffset(),
                        offset.endOffset()));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** HMMChineseTokenizer's sentence loop, with the segmentation looked up. */
    private final class Tokenizer extends SegmentingTokenizerBase {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private Iterator<Word> words;
        private int sentenceStart;

        Tokenizer() {
            super(BreakIterator.getSentenceInstance(Locale.ROOT));
        }

        @Override
        protected void setNextSentence(int start, int end) {
            sentenceStart = offset + start;
            words = segment(new String(buffer, start, end - start)).iterator();
        }

        @Override
        protected boolean incrementWord() {
            if (words == null || !words.hasNext()) {
                return false;
            }
            Word w = words.next();
            clearAttributes();
            term.copyBuffer(w.text(), 0, w.text().length);
            offsetAtt.setOffset(correctOffset(sentenceStart + w.start()), correctOffset(sentenceStart + w.end()));
            type.setType("word");
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = null;
        }
    }
}
