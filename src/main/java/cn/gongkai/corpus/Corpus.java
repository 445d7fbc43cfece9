package cn.gongkai.corpus;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
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
    private final SearchService search;
    private final Synonyms synonyms;
    private final Villages villages;

    private Corpus(LiveIndex index, Synonyms synonyms, Villages villages, Clock clock) {
        this.index = index;
        this.synonyms = synonyms;
        this.villages = villages;
        this.search = new SearchService(index, synonyms, villages, clock);
    }

    /** Opens the index under the home, first indexing the bundled sample if the home has none. */
    public static Corpus open(Home home) {
        return open(home, Clock.systemDefaultZone());
    }

    public static Corpus open(Home home, Clock clock) {
        ConfigFiles config = new ConfigFiles(home);
        Synonyms synonyms = Synonyms.load(config);
        Villages villages = Villages.load(config);
        IndexStore store = new IndexStore(home.indexDir());
        if (store.current().isEmpty()) {
            indexSample(home.indexDir());
        }
        return new Corpus(new LiveIndex(store), synonyms, villages, clock);
    }

    /** A new home shows a working system at once: index the sample that ships in the jar. */
    static void indexSample(Path indexDir) {
        ImportResult sample = new Importer().readSample();
        sample.problems().forEach(p -> log.warn("sample file skipped: {}", p));
        IndexBuilder.Outcome o = new IndexBuilder(indexDir).build(sample.disclosures(), false);
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
