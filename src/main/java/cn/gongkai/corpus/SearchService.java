package cn.gongkai.corpus;

import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The one search every channel uses. Takes a person's words (never query syntax) and returns
 * records; the kiosk, SMS, voice and console each render them their own way.
 */
public final class SearchService {
    private static final Sort NEWEST_FIRST = new Sort(new SortField(Schema.PUBLISHED, SortField.Type.LONG, true));
    private final LiveIndex index;
    private final QueryPlanner planner;
    private final QueryFactory queries;
    private final HeadSubject heads;
    private final Clock clock;
    /** Initials spelling → known words (nb → 农保): lets A–Z letters reach colloquial terms. */
    private final Map<String, List<String>> byInitials = new HashMap<>();
    private final Synonyms synonyms;
    private volatile Cached cached;
    /** Set {@code gongkai.search.cache=0} to measure searches without it (the benchmarks print both). */
    private final ResultCache results = new ResultCache(Integer.getInteger("gongkai.search.cache", 2000));
    /**
     * Phrase match sets kept between searches, for {@link MatchesFirst}. Set
     * {@code gongkai.search.matchcache=0} to search the plain Lucene way (same results, slower).
     */
    private final PhraseMatches phraseMatches = new PhraseMatches(PhraseMatches.BUDGET_BYTES);
    /**
     * Ranks by scoring only the matches that could be among the best (same results). Set
     * {@code gongkai.search.bounded=0} to score every match, as {@link MatchesFirst} alone does.
     */
    private final BoundedTop bounded = "0".equals(System.getProperty("gongkai.search.bounded")) ? null
            : new BoundedTop(phraseMatches);
    /** Search latency for /metrics; a timer of an empty registry (no-op) outside {@code serve}. */
    private final Timer timer;

    SearchService(LiveIndex index, Synonyms synonyms, Villages villages, Clock clock, Timer timer) {
        this.index = index;
        this.timer = timer;
        this.planner = new QueryPlanner(synonyms, villages);
        this.queries = new QueryFactory(synonyms);
        this.heads = new HeadSubject(synonyms);
        this.clock = clock;
        this.synonyms = synonyms;
        for (String term : synonyms.termsLongestFirst()) {
            for (String spelling : Pinyin.initialSpellings(term)) {
                byInitials.computeIfAbsent(spelling, k -> new ArrayList<>()).add(term);
            }
        }
        byInitials.replaceAll((spelling, terms) -> InitialsWords.preferDistrict(terms, synonyms));
    }

    /**
     * Words whose pinyin initials begin with the letters tapped so far (d → 低保, 电表 …), for
     * the kiosk to offer above its keyboard so a tap finishes the word. Ranked as the search ranks
     * the words the letters spell ({@link InitialsWords}): the given words first (the hot words,
     * most asked first), then the district's own terms before the dialect lexicon's, shorter
     * spellings before longer, then the words more and newer notices name. Letters that begin no
     * word offer the words one slip away (ylhj → 雨露计划), as the search answers them.
     */
    public List<String> suggest(String letters, List<String> asked, int max) {
        String typed = letters == null ? "" : letters.strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.isEmpty() || !typed.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        Map<String, Integer> spelling = new HashMap<>();
        for (String w : asked) {
            for (String sp : Pinyin.initialSpellings(w)) {
                if (sp.startsWith(typed)) {
                    spelling.merge(w, sp.length(), Math::min);
                }
            }
        }
        for (Map.Entry<String, List<String>> e : byInitials.entrySet()) {
            if (e.getKey().startsWith(typed)) {
                for (String w : e.getValue()) {
                    if (w.chars().allMatch(c -> Text.isCjk((char) c))) {
                        spelling.merge(w, e.getKey().length(), Math::min);
                    }
                }
            }
        }
        try (LiveIndex.Lease lease = index.acquire()) {
            InitialsWords ranking = ranking(lease);
            if (spelling.isEmpty()) {
                return slips(typed, ranking).stream().limit(max).toList();
            }
            return ranking.first(spelling.keySet(), asked, spelling::get, max);
        }
    }

    /**
     * Known words one slip from letters that spell nothing, best first (the district's before the
     * lexicon's, then by use): all of them, since the best may be named by no notice.
     */
    private List<String> slips(String letters, InitialsWords ranking) {
        return ranking.rank(InitialSlips.near(letters, byInitials), List.of());
    }

    /** The ranking of words by what residents ask, with the uses counted on this generation of the index. */
    private InitialsWords ranking(LiveIndex.Lease lease) {
        IndexSearcher searcher = lease.searcher();
        LocalDate today = LocalDate.now(clock);
        Uses u = uses;
        if (u == null || u.reader() != searcher.getIndexReader() || !u.day().equals(today)) {
            u = new Uses(searcher.getIndexReader(), today, new java.util.concurrent.ConcurrentHashMap<>());
            uses = u;
        }
        Map<String, Double> counted = u.byWord();
        return new InitialsWords(synonyms, w -> counted.computeIfAbsent(w, x -> use(searcher, today, x)));
    }

    /**
     * The notices naming the word or a synonym in a title or summary, each by its recency and force
     * ({@link RankBoost}); those naming the word as typed count twice (森林防火 before 山林防火).
     */
    private double use(IndexSearcher searcher, LocalDate today, String word) {
        return use(searcher, today, queries.named(word, true)) + use(searcher, today, queries.named(word, false));
    }

    private static double use(IndexSearcher searcher, LocalDate today, Query named) {
        Query q = FunctionScoreQuery.boostByValue(new org.apache.lucene.search.ConstantScoreQuery(named),
                new RankBoost(today, null));
        return ScoreSum.of(searcher, q);
    }

    /** Each word's use, counted once per index generation and day (recency changes with the day). */
    private record Uses(org.apache.lucene.index.IndexReader reader, LocalDate day, Map<String, Double> byWord) {}

    private volatile Uses uses;

    public SearchResult search(SearchRequest request) {
        Timer.Sample sample = Timer.start();
        try {
            return searchNow(request);
        } finally {
            sample.stop(timer);
        }
    }

    private SearchResult searchNow(SearchRequest request) {
        try (LiveIndex.Lease lease = index.acquire()) {
            Object generation = lease.searcher().getIndexReader().getReaderCacheHelper().getKey();
            LocalDate today = LocalDate.now(clock);
            SearchResult cachedResult = results.get(generation, today, request);
            if (cachedResult != null) {
                return cachedResult;
            }
            SearchResult result = searchUncached(lease, request, today);
            results.put(generation, today, request, result);
            return result;
        }
    }

    private SearchResult searchUncached(LiveIndex.Lease lease, SearchRequest request, LocalDate today) {
        SoundAlikes alikes = soundAlikes(lease);
        QueryPlan plan = planner.plan(request.text(), alikes);
        String village = PlaceRoute.asker(plan, plan.village() != null ? plan.village() : blankToNull(request.village()));
        // A benefit the question names (X in X补贴) must be named by the document: see HeadSubject.
        Query content = PlaceRoute.between(held(queries.build(plan, spelled(lease, plan), plan.text()), plan, alikes,
                village), plan, queries);
        // A village named in the question (or the asker's): its own documents on the question's topic first.
        Query own = VillageOwn.query(plan, village, queries::termQuery, queries::topicQuery);
        if (content == null && own == null) {
            // Words that could not carry the question alone (冬天发多少钱) say nothing, village or not.
            if (!plan.terms().isEmpty()) {
                return fuzzy(lease, request, today, plan, village, alikes);
            }
            if (plan.village() == null && !hasFilter(request)) {
                return SearchResult.empty(plan.words());
            }
            // Only a village or a category was named: its documents, newest first.
            BooleanQuery.Builder browse = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            if (plan.village() != null) {
                browse.add(new TermQuery(new Term(Schema.VILLAGE, plan.village())), Occur.FILTER);
            }
            return run(lease, filtered(browse, request).build(), true, request, village, plan);
        }
        Query ranked = content == null ? null : FunctionScoreQuery.boostByValue(content, new RankBoost(today, village));
        // Added after the ranking: among the village's own documents the content score decides, not recency.
        ranked = own == null ? ranked : VillageOwn.first(ranked, own);
        SearchResult found = run(lease, filtered(new BooleanQuery.Builder().add(ranked, Occur.MUST), request).build(),
                false, request, village, plan);
        if (own != null && content != null && request.offset() == 0
                && VillageOwn.fillsFirstScreen(found, village, request.limit())) {
            SearchResult district = run(lease, filtered(new BooleanQuery.Builder().add(FunctionScoreQuery.boostByValue(
                    VillageOwn.district(content), new RankBoost(today, village)), Occur.MUST), request).build(), false,
                    request.page(0, 1), village, plan);
            found = VillageOwn.withDistrict(found, district.hits().isEmpty() ? null : district.hits().get(0), village,
                    request.limit());
        }
        if (found.total() > 0 && own == null && BodyRoute.untitled(plan, synonyms)) {
            // A rare listed word no title names, found where a summary mentions it (防汛 in a village's
            // accounts): read from bodies as its initials are (fx), so a tapped candidate answers alike.
            return runRanked(lease, heads.hold(queries.typedInBodies(plan), plan, alikes), request, today, village, plan);
        }
        return found.total() > 0 ? found : fuzzy(lease, request, today, plan, village, alikes);
    }

    /**
     * Nothing qualified: the question once more with its specific words widened by the general
     * thesaurus ({@link ThesaurusRoute}), then the character-level last try; both still say
     * nothing when they find nothing specific.
     */
    private SearchResult fuzzy(LiveIndex.Lease lease, SearchRequest request, LocalDate today, QueryPlan plan,
            String village, SoundAlikes alikes) {
        if (plan.initials() != null) {
            List<String> spelled = spelled(lease, plan);
            if (spelled.isEmpty()) {
                // Letters that spell nothing: the words one slip away (ggxgw → 公益性岗位), best first, else nothing.
                List<String> near = slips(plan.initials(), ranking(lease));
                return near.isEmpty() ? SearchResult.empty(plan.words())
                        : runRanked(lease, queries.build(plan, near, plan.text()), request, today, village, plan);
            }
            // Words no title (two letters) or summary names (fx: 防汛, in the flood notices' bodies):
            // the notices whose bodies name them, where a word is rare enough for such a body to be
            // about it (BodyRoute's bar); else nothing. Not for slip words: two guesses in a row.
            Query bodies = queries.initialsInBodies(spelled.stream().filter(w -> rare(w, alikes)).toList());
            return bodies == null ? SearchResult.empty(plan.words())
                    : runRanked(lease, bodies, request, today, village, plan);
        }
        QueryPlan wider = ThesaurusRoute.widen(plan, alikes);
        Query widened = wider == null ? null : held(queries.build(wider, List.of(), wider.text()), plan, alikes, village);
        if (widened != null) {
            SearchResult found = run(lease, filtered(new BooleanQuery.Builder().add(
                    FunctionScoreQuery.boostByValue(widened, new RankBoost(today, village)), Occur.MUST), request).build(),
                    false, request, village, wider);
            if (found.total() > 0) {
                return found;
            }
        }
        // By characters in titles; then, if that finds nothing, by a listed subject in bodies (BodyRoute).
        SearchResult found = SearchResult.empty(plan.words());
        Query chars = held(queries.fuzzy(plan), plan, alikes, village);
        if (chars != null) {
            found = runRanked(lease, chars, request, today, village, plan);
        }
        Query body = found.total() > 0 ? null : held(BodyRoute.query(plan, queries::termQuery), plan, alikes, village);
        if (body != null) {
            found = runRanked(lease, body, request, today, village, plan);
        }
        // A titled topic beside spoken words no notice uses (厕所 … 补修): those words only rank.
        QueryPlan relaxed = found.total() > 0 ? null : AskerRoute.relax(plan);
        Query asker = relaxed == null ? null : held(queries.build(relaxed, List.of(), relaxed.text()), plan, alikes, village);
        if (asker != null) {
            found = runRanked(lease, asker, request, today, village, plan);
        }
        return found;
    }

    /**
     * The query with the benefit's head held ({@link HeadSubject}) and, for a benefit asked with no
     * village named or registered, without villages' own documents: a village's project or list pays
     * that village (马家营村's greenhouses are its collective's), and a question about a subsidy for
     * anyone (个人建大棚补贴) asks for a district scheme. A villager who names the village still gets
     * them ({@link VillageOwn}).
     */
    private Query held(Query q, QueryPlan plan, SoundAlikes alikes, String village) {
        // An annual report on disclosure work answers questions about that work or its own body (WorkReport).
        Query held = WorkReport.without(heads.hold(q, plan, alikes), plan, queries::inTitle);
        if (held == null || village != null || !HeadSubject.asksBenefit(plan.text())) {
            return held;
        }
        return new BooleanQuery.Builder().add(held, Occur.MUST)
                .add(new org.apache.lucene.search.FieldExistsQuery(Schema.VILLAGE), Occur.MUST_NOT).build();
    }

    /** The known words the initials spell exactly, best first; none for a question in characters. */
    private List<String> spelled(LiveIndex.Lease lease, QueryPlan plan) {
        List<String> words = plan.initials() == null ? List.of() : byInitials.getOrDefault(plan.initials(), List.of());
        return words.size() < 2 ? words : ranking(lease).rank(words, List.of());
    }

    /** In some notices but under a tenth of them, counting its synonyms ({@link BodyRoute#rare}). */
    private boolean rare(String word, SoundAlikes alikes) {
        return BodyRoute.rare(synonyms.expand(word).stream().mapToDouble(alikes::share).max().orElse(0));
    }

    private SearchResult runRanked(LiveIndex.Lease lease, Query q, SearchRequest request, LocalDate today,
            String village, QueryPlan plan) {
        Query ranked = FunctionScoreQuery.boostByValue(q, new RankBoost(today, village));
        return run(lease, filtered(new BooleanQuery.Builder().add(ranked, Occur.MUST), request).build(), false,
                request, village, plan);
    }

    /**
     * The words as the search takes them: each word that appears nowhere but sounds like a known
     * one replaced by it (农宝 → 农保), the same recovery a text gets. The voice line says this back
     * when it must confirm what it heard.
     */
    public String heardAs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try (LiveIndex.Lease lease = index.acquire()) {
            SoundAlikes alikes = soundAlikes(lease);
            String out = text;
            for (QueryPlan.Term t : planner.plan(text, alikes).terms()) {
                if (t.bySound()) {
                    var known = alikes.soundAlikes(t.text());
                    if (!known.isEmpty() && out.contains(t.text())) {
                        out = out.replace(t.text(), known.iterator().next());
                    }
                }
            }
            return out;
        }
    }

    /** Built once per index generation: the vocabulary changes only when the index does. */
    private SoundAlikes soundAlikes(LiveIndex.Lease lease) {
        var reader = lease.searcher().getIndexReader();
        Cached c = cached;
        if (c == null || c.reader() != reader) {
            c = new Cached(reader, new SoundAlikes(reader, synonyms));
            cached = c;
        }
        return c.alikes();
    }

    private record Cached(org.apache.lucene.index.IndexReader reader, SoundAlikes alikes) {}

    /** The newest disclosures, optionally of one village (with district-wide ones) or one category. */
    public SearchResult latest(String village, String category, int limit) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        if (village != null) {
            // A villager's latest: their village's notices and the district's, not other villages'.
            BooleanQuery.Builder mineOrAll = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.VILLAGE, village)), Occur.SHOULD)
                    .add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(new org.apache.lucene.search.FieldExistsQuery(Schema.VILLAGE), Occur.MUST_NOT)
                            .build(), Occur.SHOULD);
            q.add(mineOrAll.build(), Occur.FILTER);
        }
        SearchRequest r = new SearchRequest("", village, category, null, null, null, 0, limit);
        try (LiveIndex.Lease lease = index.acquire()) {
            return run(lease, filtered(q, r).build(), true, r, village, new QueryPlan(List.of(), List.of(), null, null, ""));
        }
    }

    public Optional<Disclosure> get(String id) {
        try (LiveIndex.Lease lease = index.acquire()) {
            IndexSearcher s = lease.searcher();
            TopDocs top = s.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(Schema.record(s.storedFields().document(top.scoreDocs[0].doc)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every disclosure, for counting (the annual report) and listing (the console). */
    public List<Disclosure> all() {
        try (LiveIndex.Lease lease = index.acquire()) {
            IndexSearcher s = lease.searcher();
            List<Disclosure> out = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().numDocs())).scoreDocs) {
                out.add(Schema.record(stored.document(sd.doc)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents a body's annual report counts: those stored under {@code bodyId}; with
     * {@code everyOwned} (a single-body home) every document not marked as of no body, so an
     * index built before bodies existed still counts whole.
     */
    public List<Disclosure> ofBody(String bodyId, boolean everyOwned) {
        Query q = everyOwned
                ? new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(new TermQuery(new Term(Schema.BODY, Schema.NO_BODY)), Occur.MUST_NOT).build()
                : new TermQuery(new Term(Schema.BODY, bodyId));
        try (LiveIndex.Lease lease = index.acquire()) {
            IndexSearcher s = lease.searcher();
            List<Disclosure> out = new ArrayList<>();
            var stored = s.storedFields();
            int n = Math.max(1, s.count(q));
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                out.add(Schema.record(stored.document(sd.doc)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents each body has in the index (key {@code "-"}: of no body). */
    public Map<String, Integer> countByBody() {
        try (LiveIndex.Lease lease = index.acquire()) {
            Map<String, Integer> out = new java.util.TreeMap<>();
            var reader = lease.searcher().getIndexReader();
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(Schema.BODY);
                if (terms == null) {
                    continue;
                }
                var it = terms.iterator();
                for (var t = it.next(); t != null; t = it.next()) {
                    out.merge(t.utf8ToString(), it.docFreq(), Integer::sum);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        try (LiveIndex.Lease lease = index.acquire()) {
            return lease.searcher().getIndexReader().numDocs();
        }
    }

    private SearchResult run(LiveIndex.Lease lease, Query query, boolean newestFirst, SearchRequest request,
            String village, QueryPlan plan) {
        try {
            IndexSearcher s = lease.searcher();
            Integer year = newestFirst ? null : YearAsked.in(plan.text());
            // A season or a sum of money asked is checked on the hits like a year (SeasonAsked, AmountAsked).
            String season = newestFirst ? "" : SeasonAsked.in(plan.text());
            boolean amount = !newestFirst && AmountAsked.asked(plan.text());
            // A market price (多少钱一斤) is answered by a price stated, not by a sum paid (PriceAsked).
            boolean price = !newestFirst && PriceAsked.asked(plan.text());
            boolean checked = year != null || !season.isEmpty() || amount || price;
            int wanted = request.offset() + request.limit();
            int window = !checked ? wanted : Math.max(wanted, YearAsked.WINDOW);
            // Count every match in the same pass: a second pass just to count costs more.
            TopDocs top = newestFirst
                    ? s.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE))
                    : bounded != null && phraseMatches.enabled() ? bounded.search(s, query, window)
                    : s.search(MatchesFirst.of(query, phraseMatches),
                            new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
            int total = (int) top.totalHits.value;
            LocalDate today = LocalDate.now(clock);
            ScoreDoc[] best = top.scoreDocs;
            // Records are read where needed: the page shown, a year's check, facts an older index lacks.
            var stored = s.storedFields();
            Disclosure[] docs = new Disclosure[best.length];
            IntFunction<Disclosure> record = i -> record(stored, best, docs, i);
            List<Integer> picked = new ArrayList<>();
            if (!checked) {
                for (int i = request.offset(); i < best.length; i++) {
                    picked.add(i);
                }
            } else {
                // A year, season or sum asked is checked on every hit of the window, then paged.
                List<Integer> kept = new ArrayList<>();
                if (year != null) {
                    List<Disclosure> all = new ArrayList<>();
                    for (int i = 0; i < best.length; i++) {
                        all.add(record.apply(i));
                    }
                    for (Disclosure d : YearAsked.keep(all, year, YearAsked.period(plan.text()),
                            YearAsked.span(plan.text()))) {
                        kept.add(all.indexOf(d));
                    }
                } else {
                    for (int i = 0; i < best.length; i++) {
                        kept.add(i);
                    }
                }
                if (!season.isEmpty() || amount) {
                    // Stored at indexing (HitFacts): no record is read for these checks.
                    HitFacts facts = HitFacts.of(s.getIndexReader(), best);
                    int asked = SeasonAsked.bits(season);
                    kept.removeIf(i -> !facts.keeps(i, asked, amount, record));
                }
                if (price) {
                    // Rare questions: the records of the window are read for a price stated.
                    kept.removeIf(i -> !PriceAsked.states(record.apply(i)));
                }
                total = kept.size();
                picked = kept.subList(Math.min(request.offset(), kept.size()), Math.min(wanted, kept.size()));
            }
            List<SearchHit> hits = new ArrayList<>();
            for (int i : picked) {
                Disclosure d = record.apply(i);
                float score = best[i].score;
                Snippets.Snippet snip = Snippets.make(d, plan.terms());
                hits.add(new SearchHit(d, Float.isNaN(score) ? 0 : score, d.inForceOn(today), snip.text(),
                        snip.highlights()));
            }
            return new SearchResult(total, hits, village, plan.words());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hit {@code i}'s record, read from the index once. */
    private static Disclosure record(StoredFields stored, ScoreDoc[] best, Disclosure[] docs, int i) {
        if (docs[i] == null) {
            try {
                docs[i] = Schema.record(stored.document(best[i].doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs[i];
    }

    private static BooleanQuery.Builder filtered(BooleanQuery.Builder b, SearchRequest r) {
        if (!Text.isBlank(r.category())) {
            b.add(new TermQuery(new Term(Schema.CATEGORY, r.category().strip())), Occur.FILTER);
        }
        if (!Text.isBlank(r.type())) {
            b.add(new TermQuery(new Term(Schema.TYPE, r.type().strip())), Occur.FILTER);
        }
        if (!Text.isBlank(r.body())) {
            b.add(new TermQuery(new Term(Schema.BODY, r.body().strip())), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER);
        }
        return b;
    }

    private static boolean hasFilter(SearchRequest r) {
        return !Text.isBlank(r.category()) || !Text.isBlank(r.type()) || r.from() != null || r.to() != null
                || !Text.isBlank(r.body());
    }

    private static String blankToNull(String s) {
        return Text.isBlank(s) ? null : s.strip();
    }
}
