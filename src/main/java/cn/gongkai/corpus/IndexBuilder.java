package cn.gongkai.corpus;

import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/** Writes imported disclosures into a new index generation and publishes it atomically. */
public final class IndexBuilder {
    private final IndexStore store;

    public IndexBuilder(Path indexDir) {
        this.store = new IndexStore(indexDir);
    }

    /** What a build did: how many documents the new index holds and how many this run wrote. */
    public record Outcome(int written, int total, boolean published) {}

    /**
     * Builds the next generation from {@code docs}. Without {@code rebuild} the current
     * generation's documents are carried over and a document with the same id is replaced;
     * with it, the new index holds exactly {@code docs}.
     */
    public Outcome build(List<Disclosure> docs, boolean rebuild) {
        try (FileLock lock = store.lockForBuild()) {
            Optional<Path> current = store.current();
            if (docs.isEmpty() && (current.isPresent() || rebuild)) {
                // Nothing readable: keep serving what we have rather than an empty index.
                return new Outcome(0, -1, false);
            }
            Path gen = store.newGeneration();
            int total;
            try {
                total = write(gen, current.filter(c -> !rebuild), docs);
            } catch (IOException | RuntimeException e) {
                IndexStore.deleteTree(gen);
                throw e;
            }
            store.publish(gen);
            return new Outcome(docs.size(), total, true);
        } catch (IOException e) {
            throw new UserException("索引写入失败 (" + store.dir() + "): " + e.getMessage(), e);
        }
    }

    private static int write(Path gen, Optional<Path> carryOver, List<Disclosure> docs) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(gen); IndexWriter writer = new IndexWriter(dir, cfg)) {
            if (carryOver.isPresent()) {
                try (FSDirectory old = FSDirectory.open(carryOver.get())) {
                    writer.addIndexes(old);
                }
            }
            for (Disclosure d : docs) {
                // Keyed by id: the same file imported twice replaces itself.
                writer.updateDocument(new Term(Schema.ID, d.id()), Schema.document(d));
            }
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    Optional<Path> currentGeneration() {
        return store.current();
    }
}
