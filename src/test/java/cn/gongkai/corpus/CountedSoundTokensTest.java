package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The sound field written counted ({@link CountedSoundTokens}, what the index writer does) holds
 * exactly what it held written one token per occurrence: the same terms, documents, frequencies,
 * field statistics and norms (BM25's length), so every score is the same.
 */
class CountedSoundTokensTest {
    @Test
    void counted_sound_field_indexes_the_same_postings_and_norms() throws Exception {
        List<Disclosure> docs = new ArrayList<>(new Importer().readSample().disclosures());
        docs.addAll(new cn.gongkai.bench.SyntheticCorpus(docs).generate(300, 5));
        String counted = dump(docs, true);
        String plain = dump(docs, false);
        assertThat(counted).contains("fang_huo").isEqualTo(plain);
    }

    @Test
    void an_empty_text_gives_no_term() throws Exception {
        try (CountedSoundTokens t = new CountedSoundTokens("abc。")) {
            t.reset();
            assertThat(t.incrementToken()).isFalse();
            t.end();
        }
    }

    /**
     * One stream reused from text to text, as the index writer reuses it: each text's distinct
     * sound bigrams in the order they first occur, each with its count, none left over from the
     * text before — also past the first table's size (a long text of many distinct pairs).
     */
    @Test
    void a_reused_stream_counts_each_text_on_its_own() throws Exception {
        StringBuilder many = new StringBuilder();
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 3000; i++) {
            many.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
        }
        List<String> texts = new ArrayList<>();
        for (Disclosure d : new Importer().readSample().disclosures()) {
            texts.add(d.title() + "\n" + d.body());
        }
        texts.addAll(List.of("", "防", "防火", "abc。", "重重重重", many.toString(), "森林防火。森林放火", many.substring(0, 40)));
        org.apache.lucene.analysis.TokenStream reused = null;
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                reused = CountedSoundTokens.field(Schema.SOUND, text, Schema.SOUND_TYPE).tokenStream(null, reused);
                assertThat(counted(reused)).as(text).isEqualTo(expected(text));
            }
        }
        assertThat(reused).isInstanceOf(CountedSoundTokens.class);
        assertThat(expected("重重")).containsEntry("zhong_zhong", 1).containsEntry("chong_chong", 1).hasSize(4);
    }

    private static java.util.Map<String, Integer> counted(org.apache.lucene.analysis.TokenStream ts) throws Exception {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        var term = ts.getAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        var freq = ts.getAttribute(org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute.class);
        var inc = ts.getAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            assertThat(inc.getPositionIncrement()).isEqualTo(1);
            assertThat(out.put(term.toString(), freq.getTermFrequency())).isNull();
        }
        ts.end();
        ts.close();
        return out;
    }

    /** What the plain stream gives, counted. */
    private static java.util.Map<String, Integer> expected(String text) throws Exception {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        try (SoundTokens each = new SoundTokens(text)) {
            var term = each.getAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            each.reset();
            while (each.incrementToken()) {
                out.merge(term.toString(), 1, Integer::sum);
            }
            each.end();
        }
        return out;
    }

    /** Every sound term with its documents and frequencies, the field's statistics, every norm. */
    private static String dump(List<Disclosure> docs, boolean counted) throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
                for (Disclosure d : docs) {
                    if (counted) {
                        w.addDocument(Schema.document(d, false));
                    } else {
                        String lead = d.body().length() > 300 ? d.body().substring(0, 300) : d.body();
                        String text = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + lead;
                        Document doc = new Document();
                        doc.add(new Field(Schema.SOUND, new WhitespaceAnalyzer().tokenStream(Schema.SOUND,
                                Schema.soundText(text)), Schema.SOUND_TYPE));
                        w.addDocument(doc);
                    }
                }
                w.forceMerge(1);
            }
            StringBuilder sb = new StringBuilder();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                LeafReader leaf = r.leaves().get(0).reader();
                Terms terms = leaf.terms(Schema.SOUND);
                sb.append(terms.size()).append(' ').append(terms.getSumTotalTermFreq()).append(' ')
                        .append(terms.getSumDocFreq()).append(' ').append(terms.getDocCount()).append('\n');
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                while (te.next() != null) {
                    sb.append(te.term().utf8ToString()).append(' ').append(te.docFreq()).append(' ')
                            .append(te.totalTermFreq()).append(':');
                    pe = te.postings(pe, PostingsEnum.FREQS);
                    while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        sb.append(' ').append(pe.docID()).append('x').append(pe.freq());
                    }
                    sb.append('\n');
                }
                NumericDocValues norms = leaf.getNormValues(Schema.SOUND);
                while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    sb.append(norms.docID()).append('=').append(norms.longValue()).append(' ');
                }
            }
            return sb.toString();
        }
    }
}
