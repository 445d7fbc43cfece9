package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a document states a sum and the seasons its title names are decided when it is indexed
 * ({@link Schema#STATES_SUM}, {@link Schema#TITLE_SEASONS}) and read per hit ({@link HitFacts});
 * an index written before those fields answers the same from the records.
 */
class HitFactsTest {
    @TempDir Path home;

    private static final Disclosure PAYS = doc("A", "关于发放2026—2027年冬春困难群众取暖救助金的公告", "每户发放800元。");
    private static final Disclosure AUTUMN = doc("B", "关于做好2025年秋季学期雨露计划补助申报工作的通知", "按时申报。");
    private static final Disclosure TABLE = doc("C", "2025年第二季度低保公示", "| 户主 | 月保障金额（元） |");
    private static final Disclosure NEITHER = doc("D", "关于做好2026年汛期安全防范工作的通知", "2025年元旦前完成排查。");
    private static final List<Disclosure> DOCS = List.of(PAYS, AUTUMN, TABLE, NEITHER);

    @Test
    void seasons_are_bits_and_a_title_with_none_answers_every_season() {
        assertThat(SeasonAsked.bits("")).isZero();
        assertThat(SeasonAsked.bits("春")).isEqualTo(1);
        assertThat(SeasonAsked.bits("冬春")).isEqualTo(9);
        assertThat(SeasonAsked.bits("秋冬")).isEqualTo(12);
        assertThat(SeasonAsked.answers(0, SeasonAsked.bits("夏"))).isTrue();
        assertThat(SeasonAsked.answers(SeasonAsked.bits("秋冬"), SeasonAsked.bits("冬"))).isTrue();
        assertThat(SeasonAsked.answers(SeasonAsked.bits("秋"), SeasonAsked.bits("春"))).isFalse();
    }

    @Test
    void the_index_decides_the_facts_and_a_search_reads_no_record_for_them() throws IOException {
        new IndexBuilder(new Home(home).indexDir()).build(DOCS, true);
        IntFunction<Disclosure> noRecord = i -> {
            throw new AssertionError("record " + i + " read: the index has the facts");
        };
        try (Hits h = hits()) {
            assertThat(h.docs).containsExactlyElementsOf(DOCS);
            // A sum asked: the grant and the table state one.
            assertThat(kept(h.facts, 0, true, noRecord)).containsExactly("A", "C");
            // Winter asked: the winter-spring grant and the titles with no season.
            assertThat(kept(h.facts, SeasonAsked.bits("冬"), false, noRecord)).containsExactly("A", "C", "D");
            assertThat(kept(h.facts, SeasonAsked.bits("秋"), true, noRecord)).containsExactly("C");
            assertThat(kept(h.facts, 0, false, noRecord)).containsExactly("A", "B", "C", "D");
        }
    }

    @Test
    void an_index_written_before_the_facts_answers_from_the_records() throws IOException {
        Path indexDir = new Home(home).indexDir();
        writeOldIndex(indexDir, DOCS.subList(0, 2));
        // Carried over into a new generation: two documents have no facts, two have them.
        new IndexBuilder(indexDir).build(DOCS.subList(2, 4), false);
        List<Integer> read = new ArrayList<>();
        try (Hits h = hits()) {
            IntFunction<Disclosure> record = i -> {
                read.add(i);
                return h.docs.get(i);
            };
            assertThat(h.docs).containsExactlyElementsOf(DOCS);
            assertThat(kept(h.facts, 0, true, record)).containsExactly("A", "C");
            assertThat(kept(h.facts, SeasonAsked.bits("冬"), false, record)).containsExactly("A", "C", "D");
            assertThat(kept(h.facts, SeasonAsked.bits("春"), false, record)).containsExactly("A", "C", "D");
            assertThat(kept(h.facts, SeasonAsked.bits("秋"), true, record)).containsExactly("C");
        }
        // Only the carried-over documents were read.
        assertThat(read).isNotEmpty().allMatch(i -> i < 2);
    }

    /**
     * The sample half written by an older build and carried over, half by this one: money and
     * season questions get what a fresh index gives, in the same order, with the same totals.
     */
    @Test
    void over_the_sample_a_carried_over_index_answers_as_a_fresh_one() throws IOException {
        List<Disclosure> sample = new Importer().readSample().disclosures();
        int half = sample.size() / 2;
        Path fresh = home.resolve("fresh");
        Path carried = home.resolve("carried");
        new IndexBuilder(new Home(fresh).indexDir()).build(sample, true);
        writeOldIndex(new Home(carried).indexDir(), sample.subList(0, half));
        new IndexBuilder(new Home(carried).indexDir()).build(sample.subList(half, sample.size()), false);
        List<String> questions = List.of("冬天烧炕注意什么", "春季防火期从几月开始", "雨露计划秋季学期补助什么时候申报",
                "耕地地力补贴每亩多少钱", "高龄津贴一个月给多少钱", "困难残疾人生活补贴多少钱", "低保户取暖补贴给多少",
                "汛期转移安置每人补多少钱", "2026年冬季取暖补贴多少钱", "医保交多少", "敬老院住一个月多少钱");
        try (Corpus a = Corpus.open(new Home(fresh), TestHomes.CLOCK);
                Corpus b = Corpus.open(new Home(carried), TestHomes.CLOCK)) {
            int answered = 0;
            for (String q : questions) {
                answered += a.search().search(SearchRequest.of(q)).hits().isEmpty() ? 0 : 1;
                for (int offset : new int[] {0, 2}) {
                    SearchRequest r = SearchRequest.of(q).page(offset, 5);
                    SearchResult x = a.search().search(r);
                    SearchResult y = b.search().search(r);
                    assertThat(ids(y)).as(q).isEqualTo(ids(x));
                    assertThat(y.total()).as(q).isEqualTo(x.total());
                }
            }
            // Some questions are answered and some are left with nothing by the checks.
            assertThat(answered).isBetween(1, questions.size() - 1);
        }
    }

    @Test
    void hits_in_score_order_read_the_facts_of_each_and_only_older_documents_read_their_record() throws IOException {
        // One segment where only some documents have the facts: their values can only be read going
        // forward, while a search hands the hits over best first.
        IndexStore store = new IndexStore(new Home(home).indexDir());
        Path gen = store.newGeneration();
        try (FSDirectory d = FSDirectory.open(gen);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
            for (Disclosure x : DOCS) {
                Document doc = Schema.document(x);
                if (x == PAYS || x == TABLE) {
                    doc.removeFields(Schema.STATES_SUM);
                    doc.removeFields(Schema.TITLE_SEASONS);
                }
                w.addDocument(doc);
            }
        }
        store.publish(gen);
        try (FSDirectory d = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(reader.leaves()).hasSize(1);
            IndexSearcher s = new IndexSearcher(reader);
            List<ScoreDoc> best = new ArrayList<>(List.of(s.search(new MatchAllDocsQuery(), 10).scoreDocs));
            java.util.Collections.reverse(best);
            List<Disclosure> docs = best.stream().map(sd -> record(s, sd)).toList();
            assertThat(docs).extracting(Disclosure::id).containsExactly("D", "C", "B", "A");
            HitFacts facts = HitFacts.of(reader, best.toArray(ScoreDoc[]::new));
            List<String> read = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (facts.keeps(i, SeasonAsked.bits("秋"), true, j -> {
                    read.add(docs.get(j).id());
                    return docs.get(j);
                })) {
                    kept.add(docs.get(i).id());
                }
            }
            assertThat(kept).containsExactly("C");
            assertThat(read).containsOnly("C", "A");
        }
    }

    /** As a build before the facts wrote it: the same documents without their two fields. */
    private static void writeOldIndex(Path indexDir, List<Disclosure> docs) throws IOException {
        IndexStore store = new IndexStore(indexDir);
        Path gen = store.newGeneration();
        try (FSDirectory d = FSDirectory.open(gen);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
            for (Disclosure x : docs) {
                Document doc = Schema.document(x);
                doc.removeFields(Schema.STATES_SUM);
                doc.removeFields(Schema.TITLE_SEASONS);
                w.addDocument(doc);
            }
        }
        store.publish(gen);
    }

    /** Every document of the current generation, in id order, with its facts. */
    private final class Hits implements AutoCloseable {
        final FSDirectory dir;
        final DirectoryReader reader;
        final List<Disclosure> docs = new ArrayList<>();
        final HitFacts facts;

        Hits() throws IOException {
            dir = FSDirectory.open(new IndexBuilder(new Home(home).indexDir()).currentGeneration().orElseThrow());
            reader = DirectoryReader.open(dir);
            IndexSearcher s = new IndexSearcher(reader);
            List<ScoreDoc> byId = new ArrayList<>(List.of(s.search(new MatchAllDocsQuery(), 10).scoreDocs));
            byId.sort(java.util.Comparator.comparing(sd -> record(s, sd).id()));
            for (ScoreDoc sd : byId) {
                docs.add(record(s, sd));
            }
            facts = HitFacts.of(reader, byId.toArray(ScoreDoc[]::new));
        }

        @Override
        public void close() throws IOException {
            reader.close();
            dir.close();
        }
    }

    private Hits hits() throws IOException {
        return new Hits();
    }

    private static Disclosure record(IndexSearcher s, ScoreDoc sd) {
        try {
            return Schema.record(s.storedFields().document(sd.doc));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> kept(HitFacts facts, int seasons, boolean amount, IntFunction<Disclosure> record) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < DOCS.size(); i++) {
            if (facts.keeps(i, seasons, amount, record)) {
                out.add(DOCS.get(i).id());
            }
        }
        return out;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.disclosure().id()).toList();
    }

    private static Disclosure doc(String id, String title, String body) {
        return new Disclosure(id, title, null, null, "民政局", "社会救助", "通知", LocalDate.of(2025, 9, 1), null,
                List.of(), null, body, null);
    }
}
