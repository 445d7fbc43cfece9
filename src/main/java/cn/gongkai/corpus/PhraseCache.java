package cn.gongkai.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Phrase queries for one analyzer, with the analysis of each text remembered. A query names
 * the same few hundred words (synonyms, hot words) over and over, and smartcn's segmentation
 * is the most expensive step of building a query: analysing each once is the difference
 * between a few and a few dozen milliseconds per text.
 */
final class PhraseCache {
    /** Words people ask about are few; past this the cache starts over rather than grow. */
    private static final int MAX_ENTRIES = 50_000;

    private record Token(String term, int position) {}

    private final Analyzer analyzer;
    private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

    PhraseCache(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A term or phrase query for the text in the field; null if the text has no tokens. */
    Query phrase(String field, String text) {
        List<Token> tokens = cache.get(text);
        if (tokens == null) {
            tokens = analyze(text);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(text, tokens);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Token t : tokens) {
            b.add(new Term(field, t.term()), t.position());
        }
        return b.build();
    }

    private List<Token> analyze(String text) {
        List<Token> out = new ArrayList<>();
        // Any field name: the analyzers here do not depend on it.
        try (TokenStream ts = analyzer.tokenStream("", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
