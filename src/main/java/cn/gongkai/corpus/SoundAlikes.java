package cn.gongkai.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Words of the index's titles and of the synonym list, by sound. A typed word that appears
 * nowhere (低包, 该造) but sounds exactly like a known word (低保, 改造) is taken to mean it:
 * that is what a pinyin input method or a voice dictation gets wrong.
 */
final class SoundAlikes implements QueryPlanner.Vocabulary {
    private final Map<String, Set<String>> bySound = new HashMap<>();
    private final IndexReader reader;

    SoundAlikes(IndexReader reader, Synonyms synonyms) {
        this.reader = reader;
        for (String term : synonyms.termsLongestFirst()) {
            add(term);
        }
        try {
            Terms titles = MultiTerms.getTerms(reader, Schema.TITLE);
            if (titles != null) {
                TermsEnum e = titles.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    add(t.utf8ToString());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void add(String word) {
        if (word.length() < 2 || word.length() > 8 || !word.chars().allMatch(c -> Text.isCjk((char) c))) {
            return;
        }
        for (String key : keys(word)) {
            bySound.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(word);
        }
    }

    /** Known words that sound like {@code word}, when {@code word} itself is not in the index. */
    @Override
    public Set<String> soundAlikes(String word) {
        if (word.length() < 2 || appearsAsTyped(word)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String key : keys(word)) {
            out.addAll(bySound.getOrDefault(key, Set.of()));
        }
        out.remove(word);
        return out;
    }

    /**
     * Every character pair of the word occurs somewhere (a body, a summary or a title), or the
     * word names a category: it was probably typed right.
     */
    @Override
    public boolean appearsAsTyped(String word) {
        try {
            if (reader.docFreq(new Term(Schema.CATEGORY, word)) > 0) {
                return true;
            }
            for (int i = 0; i + 1 < word.length(); i++) {
                String pair = word.substring(i, i + 2);
                if (reader.docFreq(new Term(Schema.BODY_BI, pair)) == 0
                        && reader.docFreq(new Term(Schema.TITLE_BI, pair)) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The share of documents holding the word's rarest character pair: an upper bound on the
     * word's own share, read from term statistics alone (no search), so it costs nothing at scale.
     */
    @Override
    public double share(String word) {
        int docs = reader.numDocs();
        if (word.length() < 2 || docs < GenericWords.MIN_DOCS_FOR_SHARE) {
            return 0;
        }
        try {
            int least = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.length(); i++) {
                least = Math.min(least, reader.docFreq(new Term(Schema.BODY_BI, word.substring(i, i + 2))));
            }
            return (double) least / docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every character pair of the word is in some title: an upper bound on the word being in a
     * title (低保's 最低生活保障 is; 户口簿, 身份证 are in none), read from term statistics alone.
     */
    @Override
    public boolean titled(String word) {
        if (word.length() < 2) {
            return false;
        }
        try {
            for (int i = 0; i + 1 < word.length(); i++) {
                if (reader.docFreq(new Term(Schema.TITLE_BI, word.substring(i, i + 2))) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The word's spellings in toneless pinyin, one per reading combination (a few at most). */
    private static List<String> keys(String word) {
        return Pinyin.spellings(word, 8);
    }
}
