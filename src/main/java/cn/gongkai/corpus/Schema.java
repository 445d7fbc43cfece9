package cn.gongkai.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields: how each is analysed and why. One place, so the writer and the searcher
 * can never disagree.
 */
final class Schema {
    /** Exact id: the key {@code updateDocument} replaces by, so re-importing never duplicates. */
    static final String ID = "id";
    /** The title through smartcn word segmentation: precise, words not characters. */
    static final String TITLE = "title";
    /**
     * Title and body as CJK bigrams: smartcn splits new words wrongly (新冠 → 新 冠), bigrams
     * keep recall when it does. The body is only indexed this way: a bigram phrase finds any
     * word in it, and a second, segmented copy of the largest field cost more than it gave.
     */
    static final String TITLE_BI = "title_bi";
    static final String BODY_BI = "body_bi";
    /** The title one character a position: the fuzzy route's last try (公益岗 in 公益性岗位). */
    static final String TITLE_CHARS = "title_chars";
    /**
     * Title and summary together: what the document is about. A match must touch these (or
     * the sound of them), so a word mentioned in passing deep in a body cannot carry a result.
     */
    static final String TOPIC = "topic";
    static final String TOPIC_BI = "topic_bi";
    /** Sound bigrams (fang_huo) of title, summary and lead: forgives homophone typos. */
    static final String SOUND = "sound";
    /** Pinyin initials of the title, as letter pairs (sl lf fh): the kiosk's A–Z keyboard. */
    static final String INITIALS = "initials";
    /** Filters: exact values, indexed not analysed. A district-wide document has no village. */
    static final String VILLAGE = "village";
    static final String CATEGORY = "category";
    static final String TYPE = "type";
    /** Publication day (epoch day) as a point for ranges and as doc values for ranking. */
    static final String PUBLISHED = "published";
    /** Repeal day (epoch day), doc values only: ranking pushes repealed documents down. */
    static final String REPEALED = "repealed";
    /**
     * The disclosing body (公开主体) a document belongs to, stored and indexed: a body's report
     * and the search's body filter read only its documents. {@link #NO_BODY} marks one that
     * belongs to no body (searchable, counted in no report); an index built before bodies has
     * no value at all, and a single-body home counts such documents as its own.
     */
    static final String BODY = "body";
    static final String NO_BODY = "-";
    /** The whole record as JSON: what a hit returns, without a second lookup. */
    static final String RECORD = "record";
    /**
     * Whether the document states a sum of money ({@link AmountAsked#states}), 1 or 0, doc values
     * only: a money question reads it for each hit of its window instead of running a pattern over
     * each body again. An index built before the field has no value: {@link HitFacts} then asks the
     * record.
     */
    static final String STATES_SUM = "states_sum";
    /**
     * The seasons the title names ({@link SeasonAsked#titled}) as bits ({@link SeasonAsked#bits}),
     * doc values only, for the same reason; absent in an index built before the field.
     */
    static final String TITLE_SEASONS = "title_seasons";

    /**
     * The sound field as searched: single terms only (a word's sound bigrams, each required),
     * never a phrase, so it keeps frequencies and lengths for scoring but no positions — it is
     * the largest field after the body's bigrams, and positions were a fifth of its cost.
     */
    static final FieldType SOUND_TYPE = soundType(IndexOptions.DOCS_AND_FREQS);
    /** As indexes written before kept it: a carried-over generation keeps its field's options. */
    static final FieldType SOUND_TYPE_WITH_POSITIONS = soundType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private static FieldType soundType(IndexOptions options) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    /** Sound bigrams cover this much of the body after title and summary. */
    private static final int SOUND_BODY_CHARS = 300;

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Schema() {}

    /** Smartcn with its default stopwords, which are punctuation only (smartcn emits punctuation as tokens). */
    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source))));
            }
        };
    }

    /** StandardTokenizer emits every Chinese character as its own token. */
    static Analyzer characters() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
            }
        };
    }

    /**
     * The index writer's analyzer. Its word segmentation remembers sentences ({@link CachedWords}),
     * giving the same tokens as {@link #words()} at a fraction of the cost: make one per build.
     */
    static Analyzer analyzer() {
        Analyzer words = new CachedWords();
        // The same tokens as bigrams() and characters() in one pass (PlainCjkTokens).
        Analyzer bigrams = PlainCjkTokens.analyzer(true);
        return new PerFieldAnalyzerWrapper(words, Map.of(
                TITLE_BI, bigrams,
                TOPIC_BI, bigrams,
                BODY_BI, bigrams,
                TITLE_CHARS, PlainCjkTokens.analyzer(false),
                SOUND, new WhitespaceAnalyzer()));
    }

    static Document document(Disclosure d) {
        return document(d, false);
    }

    /** With {@code resolved}, the document's body was decided from bodies.yaml: none is {@link #NO_BODY}. */
    static Document document(Disclosure d, boolean resolved) {
        return document(d, resolved, SOUND_TYPE);
    }

    /** With the sound field's type of the index the document joins ({@link #SOUND_TYPE} for a new one). */
    static Document document(Disclosure d, boolean resolved, FieldType soundType) {
        Document doc = new Document();
        if (d.bodyId() != null || resolved) {
            doc.add(new StringField(BODY, d.bodyId() == null ? NO_BODY : d.bodyId(), Field.Store.YES));
        }
        doc.add(new StringField(ID, d.id(), Field.Store.NO));
        String summaryAndBody = (d.summary() == null ? "" : d.summary() + "\n") + d.body();
        doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_BI, d.title(), Field.Store.NO));
        doc.add(new TextField(TITLE_CHARS, d.title(), Field.Store.NO));
        String topic = d.title() + "\n" + (d.summary() == null ? "" : d.summary());
        doc.add(new TextField(TOPIC, topic, Field.Store.NO));
        doc.add(new TextField(TOPIC_BI, topic, Field.Store.NO));
        doc.add(new TextField(BODY_BI, summaryAndBody, Field.Store.NO));
        String lead = d.body().length() > SOUND_BODY_CHARS ? d.body().substring(0, SOUND_BODY_CHARS) : d.body();
        String sounded = d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + lead;
        doc.add(soundType.indexOptions() == IndexOptions.DOCS_AND_FREQS
                ? CountedSoundTokens.field(SOUND, sounded, soundType) : new Field(SOUND, new SoundTokens(sounded), soundType));
        doc.add(new Field(INITIALS, new ListTokenStream(initialTokens(d.title())), TextField.TYPE_NOT_STORED));
        for (String v : d.villages()) {
            doc.add(new StringField(VILLAGE, v, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(VILLAGE, new BytesRef(v)));
        }
        if (d.category() != null) {
            doc.add(new StringField(CATEGORY, d.category(), Field.Store.NO));
        }
        if (d.type() != null) {
            doc.add(new StringField(TYPE, d.type(), Field.Store.NO));
        }
        long day = d.published() == null ? 0 : d.published().toEpochDay();
        doc.add(new LongPoint(PUBLISHED, day));
        doc.add(new NumericDocValuesField(PUBLISHED, day));
        doc.add(new NumericDocValuesField(REPEALED, d.repealed() == null ? 0 : d.repealed().toEpochDay()));
        doc.add(new NumericDocValuesField(STATES_SUM, AmountAsked.states(d) ? 1 : 0));
        doc.add(new NumericDocValuesField(TITLE_SEASONS, SeasonAsked.bits(SeasonAsked.titled(d.title()))));
        try {
            // As UTF-8 bytes, the form Jackson writes and reads fastest: a string value would be
            // written as UTF-16 and re-encoded by the index, then decoded again for each hit read.
            doc.add(new StoredField(RECORD, new BytesRef(JSON.writeValueAsBytes(d))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    /** The stored record: bytes since 2026-12-01, a string in indexes written before. */
    static Disclosure record(Document doc) {
        try {
            BytesRef bytes = doc.getBinaryValue(RECORD);
            return bytes != null
                    ? JSON.readValue(bytes.bytes, bytes.offset, bytes.length, Disclosure.class)
                    : JSON.readValue(doc.get(RECORD), Disclosure.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("index record unreadable", e);
        }
    }

    /** Space-separated sound bigrams, each run of Chinese text on its own. */
    static String soundText(String text) {
        StringBuilder sb = new StringBuilder();
        for (List<String> alternatives : Pinyin.soundBigrams(text)) {
            for (String a : alternatives) {
                sb.append(a).append(' ');
            }
        }
        return sb.toString();
    }

    /**
     * Pinyin initials of the title as letter pairs, one position per character: 森林防火 →
     * sl lf fh. Pairs rather than single letters, because a single letter is in nearly every
     * title and a phrase over such common tokens is slow; every reading of a 多音字 gives its
     * pairs at the same position.
     */
    /** Initials by character, made once: every title asks for them again. */
    @SuppressWarnings("unchecked")
    private static final Set<String>[] INITIALS_OF = new Set[Character.MAX_VALUE + 1];

    private static Set<String> initials(char c) {
        Set<String> ini = INITIALS_OF[c];
        if (ini == null) {
            ini = java.util.Collections.unmodifiableSet(Pinyin.initials(c));
            INITIALS_OF[c] = ini;
        }
        return ini;
    }

    static List<ListTokenStream.Token> initialTokens(String title) {
        List<ListTokenStream.Token> out = new ArrayList<>();
        Set<String> previous = Set.of();
        int gap = 0;
        for (char c : title.toCharArray()) {
            Set<String> ini = initials(c);
            if (ini.isEmpty()) {
                // Not Chinese: the run of initials breaks here.
                previous = Set.of();
                gap++;
                continue;
            }
            int inc = 1 + gap;
            gap = 0;
            for (String a : previous) {
                for (String b : ini) {
                    out.add(new ListTokenStream.Token(a + b, inc));
                    inc = 0;
                }
            }
            if (inc != 0) {
                gap = inc; // nothing emitted for a first character: carry its position
            }
            previous = ini;
        }
        return out;
    }
}
