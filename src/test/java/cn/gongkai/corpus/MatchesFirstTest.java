package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.bench.BenchCommand;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MatchesFirst} must give exactly what the plain Lucene search gives: the same total, the
 * same documents in the same order, the same float scores; cold and with phrase sets remembered.
 * Over the sample disclosures in several segments with deleted documents, every judged query and
 * the benchmark's mix, and hand-made shapes of boolean logic the factory may build.
 */
class MatchesFirstTest {
    @TempDir Path dir;

    @Test
    void same_answers_as_plain_lucene_for_every_judged_and_benchmark_query() throws IOException {
        List<Disclosure> sample = new Importer().readSample().disclosures();
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"))) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
                // Three segments, and deleted documents the match sets still hold.
                for (int copy = 0; copy < 3; copy++) {
                    for (Disclosure x : sample) {
                        w.addDocument(Schema.document(x));
                    }
                    w.commit();
                }
                w.deleteDocuments(new Term(Schema.ID, sample.get(3).id()), new Term(Schema.ID, sample.get(10).id()));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(reader.hasDeletions()).isTrue();
                IndexSearcher searcher = new IndexSearcher(reader);
                ConfigFiles config = new ConfigFiles(new Home(dir.resolve("home")));
                Synonyms synonyms = Synonyms.load(config);
                QueryPlanner planner = new QueryPlanner(synonyms, Villages.load(config));
                QueryFactory factory = new QueryFactory(synonyms);
                SoundAlikes alikes = new SoundAlikes(reader, synonyms);
                PhraseMatches remembered = new PhraseMatches(8 << 20);
                int compared = 0;
                int found = 0;
                for (List<String> q : questions(sample)) {
                    QueryPlan plan = planner.plan(q.get(0), alikes);
                    List<String> spelled = plan.initials() == null ? List.of() : synonyms.termsLongestFirst().stream()
                            .filter(t -> Pinyin.initialSpellings(t).contains(plan.initials())).toList();
                    Query content = factory.build(plan, spelled, plan.text());
                    Query fuzzy = factory.fuzzy(plan);
                    for (Query c : Stream.of(content, fuzzy).filter(x -> x != null).toList()) {
                        String village = q.get(1).isEmpty() ? plan.village() : q.get(1);
                        Query ranked = FunctionScoreQuery.boostByValue(c, new RankBoost(TestHomes.TODAY, village));
                        found += sameAnswers(searcher, ranked, remembered, q.get(0)) > 0 ? 1 : 0;
                        compared++;
                    }
                }
                assertThat(compared).isGreaterThan(400);
                assertThat(found).isGreaterThan(200);
            }
        }
    }

    @Test
    void same_answers_for_each_shape_of_boolean_logic() throws IOException {
        List<Disclosure> sample = new Importer().readSample().disclosures();
        try (FSDirectory d = FSDirectory.open(dir.resolve("shapes"))) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Schema.analyzer()))) {
                for (Disclosure x : sample) {
                    w.addDocument(Schema.document(x));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher s = new IndexSearcher(reader);
                Query dibao = new TermQuery(new Term(Schema.TITLE_BI, "低保"));
                Query butie = new TermQuery(new Term(Schema.BODY_BI, "补贴"));
                Query shenqing = new TermQuery(new Term(Schema.BODY_BI, "申请"));
                Query phrase = new PhraseQuery(Schema.BODY_BI, "申请", "请材", "材料");
                Query none = new TermQuery(new Term(Schema.BODY_BI, "比特"));
                List<Query> shapes = List.of(
                        // only SHOULD: at least one; with a minimum: that many
                        bool(Occur.SHOULD, dibao, Occur.SHOULD, butie),
                        new BooleanQuery.Builder().add(dibao, Occur.SHOULD).add(butie, Occur.SHOULD)
                                .add(phrase, Occur.SHOULD).setMinimumNumberShouldMatch(2).build(),
                        // FILTER with SHOULD only: the SHOULD clauses only score (a match may score 0)
                        bool(Occur.FILTER, butie, Occur.SHOULD, dibao),
                        // MUST with FILTER, MUST_NOT, nested filters under SHOULD (those stay)
                        bool(Occur.MUST, butie, Occur.FILTER, shenqing, Occur.MUST_NOT, dibao),
                        bool(Occur.MUST, butie, Occur.SHOULD, bool(Occur.MUST, phrase, Occur.FILTER, dibao)),
                        // a minimum larger than the SHOULD clauses: nothing
                        new BooleanQuery.Builder().add(butie, Occur.MUST).add(dibao, Occur.SHOULD)
                                .setMinimumNumberShouldMatch(2).build(),
                        new DisjunctionMaxQuery(List.of(new BoostQuery(dibao, 3), phrase, none), 0.1f),
                        bool(Occur.MUST, new MatchAllDocsQuery(), Occur.FILTER, phrase),
                        bool(Occur.MUST_NOT, dibao, Occur.MUST_NOT, butie),
                        bool(Occur.MUST, none, Occur.SHOULD, dibao));
                assertThat(s.count(new MatchesFirst(shapes.get(1), new PhraseMatches(0)))).isEqualTo(s.count(shapes.get(1)));
                PhraseMatches remembered = new PhraseMatches(8 << 20);
                for (Query q : shapes) {
                    sameAnswers(s, FunctionScoreQuery.boostByValue(q, new RankBoost(TestHomes.TODAY, null)), remembered,
                            q.toString());
                }
            }
        }
    }

    @Test
    void kth_largest_bound_is_what_sorting_gives() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            int k = 1 + r.nextInt(12);
            double[][] values = new double[1 + r.nextInt(3)][];
            List<Double> every = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                values[i] = new double[r.nextInt(30)];
                for (int j = 0; j < values[i].length; j++) {
                    values[i][j] = r.nextInt(8) + (r.nextBoolean() ? 0.5 : 0);
                    every.add(values[i][j]);
                }
            }
            if (every.size() <= k) {
                continue;
            }
            every.sort(java.util.Comparator.reverseOrder());
            assertThat(BoundedTop.kthLargest(values, k)).as(every + " k " + k).isEqualTo(every.get(k - 1));
        }
    }

    @Test
    void running_floor_is_the_kth_best_offered_so_far() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            int k = 1 + r.nextInt(12);
            BoundedTop.Floor floor = new BoundedTop.Floor(k);
            List<Float> offered = new ArrayList<>();
            for (int i = 0; i < r.nextInt(40); i++) {
                float v = r.nextInt(8) + (r.nextBoolean() ? 0.5f : 0);
                floor.offer(v);
                offered.add(v);
                List<Float> best = new ArrayList<>(offered);
                best.sort(java.util.Comparator.reverseOrder());
                double expected = best.size() < k ? Double.NEGATIVE_INFINITY : best.get(k - 1);
                assertThat(floor.value()).as(offered + " k " + k).isEqualTo(expected);
            }
        }
    }

    private static Query bool(Object... occurAndQuery) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < occurAndQuery.length; i += 2) {
            b.add((Query) occurAndQuery[i + 1], (Occur) occurAndQuery[i]);
        }
        return b.build();
    }

    /** Compares plain, cold and warm; returns the total. */
    private static long sameAnswers(IndexSearcher s, Query q, PhraseMatches remembered, String what) throws IOException {
        TopDocs plain = s.search(q, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
        // Cold (phrases not seen before are worked out), then warm (remembered).
        for (PhraseMatches memory : List.of(remembered, remembered)) {
            TopDocs first = s.search(new MatchesFirst(q, memory), new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
            assertThat(first.totalHits.value).as(what).isEqualTo(plain.totalHits.value);
            assertThat(first.scoreDocs.length).as(what).isEqualTo(plain.scoreDocs.length);
            for (int i = 0; i < plain.scoreDocs.length; i++) {
                assertThat(first.scoreDocs[i].doc).as(what + " #" + i).isEqualTo(plain.scoreDocs[i].doc);
                assertThat(first.scoreDocs[i].score).as(what + " #" + i).isEqualTo(plain.scoreDocs[i].score);
            }
            // Scoring only the matches whose bound reaches the best found: still the same, for
            // the first page, a short one and a year's window.
            for (int k : new int[] {20, 3, 1, -20, -3, -1}) {
                // Negative: the default, which scores few matches without bounds.
                TopDocs bounded = (k > 0 ? new BoundedTop(memory, 0) : new BoundedTop(memory)).search(s, q, Math.abs(k));
                k = Math.abs(k);
                assertThat(bounded.totalHits.value).as(what).isEqualTo(plain.totalHits.value);
                assertThat(bounded.scoreDocs.length).as(what).isEqualTo(Math.min(k, plain.scoreDocs.length));
                for (int i = 0; i < bounded.scoreDocs.length; i++) {
                    assertThat(bounded.scoreDocs[i].doc).as(what + " k" + k + " #" + i).isEqualTo(plain.scoreDocs[i].doc);
                    assertThat(bounded.scoreDocs[i].score).as(what + " k" + k + " #" + i).isEqualTo(plain.scoreDocs[i].score);
                }
            }
        }
        return plain.totalHits.value;
    }

    /** Every judged query (with its village) and the benchmark's mix. */
    private static Set<List<String>> questions(List<Disclosure> sample) throws IOException {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String q : BenchCommand.queryMix(sample, new Random(7))) {
            out.add(List.of(q, ""));
        }
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestHomes.resource("/eval"))) {
            files.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(sets::add);
        }
        for (Path tsv : sets) {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2 && !line.startsWith("kind\t") && !line.startsWith("#")) {
                    out.add(List.of(f[1], f.length >= 4 ? f[3] : ""));
                }
            }
        }
        return out;
    }
}
