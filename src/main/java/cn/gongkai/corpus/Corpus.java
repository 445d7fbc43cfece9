package cn.gongkai.corpus;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure index of one home, open for reading: every channel searches through it. It
 * picks up a rebuilt index without a restart.
 */
public final class Corpus implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Corpus.class);

    private final LiveIndex index;
    private final Clock clock;
    private final ConfigFiles config;
    // Replaced together when staff add a synonym in the console (see reloadConfig).
    private volatile SearchService search;
    private volatile Synonyms synonyms;
    private volatile Villages villages;
    private final Timer searchTimer;
    private final cn.gongkai.bodies.Bodies bodies;
    /** The folder this process's index lives in: the home's, or a cluster node's own. */
    private Path indexDir;
    /** Synonym lines the database holds (added through any node), merged on every reload. */
    private volatile List<String> sharedSynonyms = List.of();

    private Corpus(LiveIndex index, Synonyms synonyms, Villages villages, Clock clock, ConfigFiles config,
            MeterRegistry meters) {
        this.index = index;
        this.searchTimer = Timer.builder("gongkai.search")
                .description("time to answer one search, any channel")
                .publishPercentileHistogram()
                .minimumExpectedValue(java.time.Duration.ofMillis(1))
                .maximumExpectedValue(java.time.Duration.ofSeconds(10))
                .register(meters);
        this.clock = clock;
        this.config = config;
        this.synonyms = synonyms;
        this.villages = villages;
        this.search = new SearchService(index, synonyms, villages, clock, searchTimer);
        this.bodies = cn.gongkai.bodies.Bodies.load(config);
    }

    /** The platform's disclosing bodies: whose documents are whose, their short names on results. */
    public cn.gongkai.bodies.Bodies bodies() {
        return bodies;
    }

    /**
     * Re-reads synonyms.txt and villages.txt and searches with them from now on: a synonym the
     * console adds works at once. A bad file is reported and the old lists stay in use.
     */
    public void reloadConfig() {
        Synonyms s = Synonyms.load(config, sharedSynonyms);
        Villages v = Villages.load(config);
        SearchService next = new SearchService(index, s, v, clock, searchTimer);
        this.synonyms = s;
        this.villages = v;
        this.search = next;
    }

    /** Opens the index under the home, first indexing the bundled sample if the home has none. */
    public static Corpus open(Home home) {
        return open(home, Clock.systemDefaultZone());
    }

    public static Corpus open(Home home, Clock clock) {
        // An empty composite registry records nothing: only serve publishes metrics.
        return open(home, clock, new CompositeMeterRegistry());
    }

    /** Opens the index and times every search into {@code meters} (serve's /metrics). */
    public static Corpus open(Home home, Clock clock, MeterRegistry meters) {
        return open(home, home.indexDir(), clock, meters);
    }

    /**
     * Opens the index in {@code indexDir} — a cluster node's own folder ({@code serve --node}).
     * An empty node folder starts as a copy of the home's index when there is one (what {@code
     * index --source} built), else as the bundled sample; the database's disclosures follow.
     */
    public static Corpus open(Home home, Path indexDir, Clock clock, MeterRegistry meters) {
        ConfigFiles config = new ConfigFiles(home);
        Synonyms synonyms = Synonyms.load(config);
        Villages villages = Villages.load(config);
        IndexStore store = new IndexStore(indexDir);
        if (store.current().isEmpty()) {
            if (!indexDir.equals(home.indexDir()) && new IndexStore(home.indexDir()).current().isPresent()) {
                seedFrom(home.indexDir(), indexDir);
            } else {
                indexSample(indexDir, cn.gongkai.bodies.Bodies.load(config));
            }
        }
        Corpus c = new Corpus(new LiveIndex(store), synonyms, villages, clock, config, meters);
        c.indexDir = indexDir;
        return c;
    }

    /** A node's first index: a consistent copy of the home's generation in use. */
    private static void seedFrom(Path homeIndex, Path nodeIndex) {
        Path copy = nodeIndex.resolveSibling(nodeIndex.getFileName() + ".seed");
        try {
            IndexStore.deleteTree(copy);
            long n = new IndexBuilder(homeIndex).snapshotTo(copy);
            new IndexBuilder(nodeIndex).restoreFrom(copy, n);
            log.info("node index {} started from the home's index ({} documents)", nodeIndex, n);
            IndexStore.deleteTree(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder this corpus's index lives in (a rebuild for this process writes there). */
    public Path indexDir() {
        return indexDir;
    }

    /**
     * Searches with these database-held synonym lines from now on (with the home's files), as
     * {@link #reloadConfig()} does for the files.
     */
    public void sharedSynonyms(List<String> lines) {
        this.sharedSynonyms = List.copyOf(lines);
        reloadConfig();
    }

    /** A new home shows a working system at once: index the sample that ships in the jar. */
    static void indexSample(Path indexDir, cn.gongkai.bodies.Bodies bodies) {
        ImportResult sample = new Importer().readSample();
        sample.problems().forEach(p -> log.warn("sample file skipped: {}", p));
        IndexBuilder.Outcome o = new IndexBuilder(indexDir, bodies).build(sample.disclosures(), false);
        log.info("indexed {} sample disclosures into {}", o.total(), indexDir);
    }

    public SearchService search() {
        return search;
    }

    public List<Disclosure> all() {
        return search.all();
    }

    public Optional<Disclosure> get(String id) {
        return search.get(id);
    }

    public int size() {
        return search.size();
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    public Villages villages() {
        return villages;
    }

    /** The index generation in use (its folder), for health and metrics. */
    public Path generation() {
        return index.generation();
    }

    /** Looks for a newly published index now rather than within the next half second. */
    public void refresh() {
        index.refresh();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
