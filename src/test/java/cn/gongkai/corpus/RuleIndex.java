package cn.gongkai.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * A real Lucene index of a few documents written by the test, searched by the real planner, query
 * factory and ranking: a corpus small enough that the test knows which rule alone can find what.
 */
final class RuleIndex implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** A document nobody should find: every corpus has one, so "found nothing" is not trivial. */
    static final Disclosure NOISE = doc("noise", "道路养护工作安排", "公路巡查", "本月安排道路养护。");

    /** One hit: the id and its final score (text score times the ranking multiplier). */
    record Hit(String id, float score) {}

    final Synonyms synonyms;
    final Villages villages;
    final QueryPlanner planner;
    final QueryFactory factory;
    private final FSDirectory dir;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final SoundAlikes alikes;

    RuleIndex(Path folder, String synonymLines, String villageLines, List<Disclosure> docs) throws IOException {
        this.synonyms = Synonyms.parse("synonyms.txt", synonymLines);
        this.villages = Villages.parse("villages.txt", villageLines);
        this.planner = new QueryPlanner(synonyms, villages);
        this.factory = new QueryFactory(synonyms);
        this.dir = FSDirectory.open(folder);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
            for (Disclosure d : docs) {
                w.addDocument(Schema.document(d));
            }
        }
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.alikes = new SoundAlikes(reader, synonyms);
    }

    RuleIndex(Path folder, List<Disclosure> docs) throws IOException {
        this(folder, "", "", docs);
    }

    /** Enough documents (≥ 50) for shares to count, none of them about the words under test. */
    static List<Disclosure> filler(int n) {
        List<Disclosure> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(doc("f" + i, "第" + i + "批道路养护安排", "养护", "本月安排养护。"));
        }
        return docs;
    }

    static Disclosure doc(String id, String title, String summary, String body) {
        return new Disclosure(id, title, null, null, "管委会", null, "通知", TODAY, null, List.of(), summary, body, "test");
    }

    static Disclosure doc(String id, String title, String category, LocalDate published, LocalDate repealed,
            List<String> villages) {
        return new Disclosure(id, title, null, null, "管委会", category, "通知", published, repealed, villages, null,
                "正文", "test");
    }

    QueryPlan plan(String q) {
        return planner.plan(q, alikes);
    }

    List<Hit> hits(String q, String village) throws IOException {
        QueryPlan plan = plan(q);
        // As the search service does: the known terms these initials spell (nb → 农保).
        List<String> spelled = plan.initials() == null ? List.of() : synonyms.termsLongestFirst().stream()
                .filter(t -> Pinyin.initialSpellings(t).contains(plan.initials())).toList();
        Query content = factory.build(plan, spelled, plan.text());
        // As the search service does: a village named in the question puts its own documents first.
        Query own = VillageOwn.query(plan, factory::termQuery);
        RankBoost boost = new RankBoost(TODAY, plan.village() != null ? plan.village() : village);
        Query ranked = content == null ? null : FunctionScoreQuery.boostByValue(content, boost);
        ranked = own == null ? ranked : VillageOwn.first(ranked, own);
        List<Hit> found = ranked == null ? List.of() : hits(ranked);
        if (!found.isEmpty() || plan.terms().isEmpty()) {
            return found;
        }
        // As the search service does when nothing qualified: the thesaurus, then the character-level last try.
        QueryPlan wider = ThesaurusRoute.widen(plan, alikes);
        Query widened = wider == null ? null : factory.build(wider, List.of(), wider.text());
        List<Hit> kin = widened == null ? List.of() : hits(FunctionScoreQuery.boostByValue(widened, boost));
        if (!kin.isEmpty()) {
            return kin;
        }
        Query fuzzy = factory.fuzzy(plan);
        return fuzzy == null ? List.of() : hits(FunctionScoreQuery.boostByValue(fuzzy, boost));
    }

    List<Hit> hits(Query q) throws IOException {
        List<Hit> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, 20).scoreDocs) {
            out.add(new Hit(Schema.record(stored.document(sd.doc)).id(), sd.score));
        }
        return out;
    }

    List<String> ids(String q) throws IOException {
        return hits(q, null).stream().map(Hit::id).toList();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }

    /**
     * A planner vocabulary that knows every word as typed, has no sound-alikes, says {@code titled}
     * words title a document and gives each word the share {@code share} names (for rules tested
     * without an index).
     */
    static QueryPlanner.Vocabulary everyWord(java.util.Set<String> titled,
            java.util.function.ToDoubleFunction<String> share) {
        return new QueryPlanner.Vocabulary() {
            @Override
            public java.util.Set<String> soundAlikes(String word) {
                return java.util.Set.of();
            }

            @Override
            public boolean appearsAsTyped(String word) {
                return true;
            }

            @Override
            public double share(String word) {
                return share.applyAsDouble(word);
            }

            @Override
            public boolean titled(String word) {
                return titled.contains(word);
            }
        };
    }
}
