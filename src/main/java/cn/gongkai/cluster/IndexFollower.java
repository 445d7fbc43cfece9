package cn.gongkai.cluster;

import cn.gongkai.bodies.Bodies;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.DisclosureIds;
import cn.gongkai.corpus.ImportResult;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;
import cn.gongkai.corpus.IndexStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's own index up with the database: polls the content version (a one-row read)
 * and, when it moved, indexes the disclosures saved since into this node's folder and searches
 * with the database's synonym lines. A disclosure published through another node is found here
 * within one poll and one build. No replication protocol: the database is the one source.
 */
public final class IndexFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final SharedContent content;
    private final Corpus corpus;
    private final Bodies bodies;
    private volatile long seen;
    /** The synonym lines searched with now (null: not read yet). */
    private List<String> synonyms;
    private ScheduledExecutorService executor;

    /**
     * @param seen the version this node's index already holds; -1 applies everything the
     *     database holds once (at start: a node's new folder has none of it)
     */
    public IndexFollower(SharedContent content, Corpus corpus, Bodies bodies, long seen) {
        this.content = content;
        this.corpus = corpus;
        this.bodies = bodies;
        this.seen = seen;
    }

    /** Catches up now, then polls every {@code every}. */
    public IndexFollower start(Duration every) {
        follow();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-follower");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::followQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void followQuietly() {
        try {
            follow();
        } catch (RuntimeException e) {
            // The database or the disk is briefly unavailable: the next poll tries again.
            log.warn("index not brought up to the database's version {}: {}", seen, e.getMessage());
        }
    }

    /** One poll: applies what changed since the last one; returns whether anything did. */
    public boolean follow() {
        long now = content.version();
        if (now == seen) {
            return false;
        }
        List<SharedContent.Saved> saved = content.disclosuresAfter(seen);
        List<Disclosure> docs = parse(saved);
        if (!docs.isEmpty()) {
            new IndexBuilder(corpus.indexDir(), bodies).build(docs, false);
            corpus.refresh();
        }
        List<String> lines = content.synonyms();
        if (!lines.equals(synonyms)) {
            corpus.sharedSynonyms(lines); // a new search service: only when the list changed
            synonyms = lines;
        }
        log.info("index follows content version {} ({} disclosures applied)", now, docs.size());
        seen = now;
        return true;
    }

    public long seen() {
        return seen;
    }

    /** Reads the saved Markdown with the importer, as {@code index --source} would read the files. */
    private List<Disclosure> parse(List<SharedContent.Saved> saved) {
        if (saved.isEmpty()) {
            return List.of();
        }
        Path staging = corpus.indexDir().resolveSibling(corpus.indexDir().getFileName() + ".incoming");
        try {
            IndexStore.deleteTree(staging);
            Files.createDirectories(staging);
            for (SharedContent.Saved s : saved) {
                // An id the console accepted is a valid file name; one that is not is skipped, not fatal.
                var file = DisclosureIds.fileIn(staging, s.id(), ".md");
                if (file.isEmpty()) {
                    log.warn("published disclosure with an unusable id skipped");
                    continue;
                }
                Files.writeString(file.get(), s.markdown(), StandardCharsets.UTF_8);
            }
            ImportResult read = new Importer().read(List.of(staging));
            read.problems().forEach(p -> log.warn("published disclosure not indexed: {}", p.reason()));
            return new ArrayList<>(read.disclosures());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage published disclosures in " + staging, e);
        } finally {
            try {
                IndexStore.deleteTree(staging);
            } catch (IOException e) {
                log.warn("staging folder {} left behind: {}", staging, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
