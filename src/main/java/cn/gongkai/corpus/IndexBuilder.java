package cn.gongkai.corpus;

import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/** Writes imported disclosures into a new index generation and publishes it atomically. */
public final class IndexBuilder {
    private final IndexStore store;
    private final cn.gongkai.bodies.Bodies bodies;

    public IndexBuilder(Path indexDir) {
        this(indexDir, null);
    }

    /**
     * With the platform's bodies: each document is stored with the body it belongs to (front
     * matter, else agency), and one of no body is named in {@link Outcome#unowned()}.
     */
    public IndexBuilder(Path indexDir, cn.gongkai.bodies.Bodies bodies) {
        this.store = new IndexStore(indexDir);
        this.bodies = bodies;
    }

    /**
     * What a build did: how many documents the new index holds and how many this run wrote;
     * {@code unowned}: each written document that belongs to no body, as "file: reason".
     */
    public record Outcome(int written, int total, boolean published, List<String> unowned) {
        public Outcome(int written, int total, boolean published) {
            this(written, total, published, List.of());
        }
    }

    /** Each document with the body it belongs to, or {@link Schema#NO_BODY}'s null; the unowned named. */
    private List<Disclosure> owned(List<Disclosure> docs, List<String> unowned) {
        if (bodies == null) {
            return docs;
        }
        List<Disclosure> out = new ArrayList<>(docs.size());
        for (Disclosure d : docs) {
            var body = bodies.ofDocument(d.bodyId(), d.agency());
            if (body.isEmpty()) {
                String where = d.source() == null ? d.id() : d.source();
                unowned.add(where + ": " + (d.bodyId() != null
                        ? "公开主体 " + d.bodyId() + " 不在本平台 (bodies.yaml)"
                        : "发布机构 " + (d.agency() == null ? "(未填)" : d.agency()) + " 不属于任何公开主体"));
                out.add(d.ofBody(null));
            } else {
                out.add(d.ofBody(body.get().id()));
            }
        }
        return out;
    }

    /**
     * Builds the next generation from {@code docs}. Without {@code rebuild} the current
     * generation's documents are carried over and a document with the same id is replaced;
     * with it, the new index holds exactly {@code docs}.
     */
    public Outcome build(List<Disclosure> given, boolean rebuild) {
        List<String> unowned = new ArrayList<>();
        List<Disclosure> docs = owned(given, unowned);
        try (FileLock lock = store.lockForBuild()) {
            store.removeUnfinished();
            Optional<Path> current = store.current();
            if (docs.isEmpty() && (current.isPresent() || rebuild)) {
                // Nothing readable: keep serving what we have rather than an empty index.
                return new Outcome(0, -1, false);
            }
            Path gen = store.newGeneration();
            int total;
            try {
                total = write(gen, current.filter(c -> !rebuild), docs, bodies != null);
            } catch (IOException | RuntimeException e) {
                IndexStore.deleteTree(gen);
                throw e;
            }
            store.publish(gen);
            return new Outcome(docs.size(), total, true, List.copyOf(unowned));
        } catch (IOException e) {
            throw new UserException("索引写入失败 (" + store.dir() + "): " + e.getMessage(), e);
        }
    }

    private static int write(Path gen, Optional<Path> carryOver, List<Disclosure> docs, boolean resolved) throws IOException {
        warmUp();
        IndexWriterConfig cfg = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb())
                // A build writes each flushed segment once: packing it into a compound file
                // copies every byte again, and a build's file handles are few anyway.
                .setUseCompoundFile(false);
        try (FSDirectory dir = FSDirectory.open(gen); IndexWriter writer = new IndexWriter(dir, cfg)) {
            FieldType sound = Schema.SOUND_TYPE;
            if (carryOver.isPresent()) {
                try (FSDirectory old = FSDirectory.open(carryOver.get())) {
                    writer.addIndexes(old);
                    sound = soundTypeOf(old);
                }
            }
            // Into a fresh index each id is written once: adding skips the per-document delete
            // term that every flush would otherwise look up in every segment.
            addAll(writer, carryOver.isPresent() ? docs : lastOfEachId(docs), resolved, sound, carryOver.isPresent());
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    /**
     * Loads smartcn's dictionaries and the pinyin tables on another thread while this one opens
     * the writer: the first document needs both, and loading them (about a second of CPU) held
     * up every indexing thread at the start of a build. Each loads once per process.
     */
    private static void warmUp() {
        Thread t = new Thread(() -> {
            QuickSegmenter.instance();
            Pinyin.readings('\u4E2D');
        }, "index-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** A quarter of the heap for Lucene's buffers, between 128 and 512 MB: fewer, larger flushes merge less. */
    static int ramBufferMb() {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        return (int) Math.max(128, Math.min(512, maxMb / 4));
    }

    /**
     * What {@code updateDocument} by id would leave of {@code docs}: the last document of each
     * id, in the order they came.
     */
    static List<Disclosure> lastOfEachId(List<Disclosure> docs) {
        java.util.Map<String, Integer> last = new java.util.HashMap<>(docs.size() * 2);
        for (int i = 0; i < docs.size(); i++) {
            last.put(docs.get(i).id(), i);
        }
        if (last.size() == docs.size()) {
            return docs;
        }
        List<Disclosure> out = new ArrayList<>(last.size());
        for (int i = 0; i < docs.size(); i++) {
            if (last.get(docs.get(i).id()) == i) {
                out.add(docs.get(i));
            }
        }
        return out;
    }

    /** A field keeps its index options for the life of an index: new documents follow the carried-over ones. */
    private static FieldType soundTypeOf(FSDirectory old) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(old)) {
            FieldInfo f = FieldInfos.getMergedFieldInfos(reader).fieldInfo(Schema.SOUND);
            return f != null && f.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS
                    ? Schema.SOUND_TYPE_WITH_POSITIONS
                    : Schema.SOUND_TYPE;
        }
    }

    /** Documents a thread takes at a time: small enough that the threads finish together. */
    static final int CHUNK = 64;

    /**
     * Analysis (word segmentation, pinyin) is the cost of indexing, and IndexWriter takes
     * documents from several threads at once: use every core. Threads take the next few
     * documents as they go, so none sits idle while another still has half its share; at the
     * end each flushes one of the writer's buffers, so the buffers are written side by side —
     * left to the commit, they are written one after the other on one thread, and at 100,000
     * documents that was a fifth of the build.
     */
    private static void addAll(IndexWriter writer, List<Disclosure> docs, boolean resolved, FieldType sound,
            boolean replace) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / 500));
        if (threads == 1) {
            for (Disclosure d : docs) {
                add(writer, d, resolved, sound, replace);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch added = new java.util.concurrent.CountDownLatch(threads);
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    try {
                        int from;
                        while ((from = taken.getAndAdd(CHUNK)) < docs.size()) {
                            for (Disclosure d : docs.subList(from, Math.min(docs.size(), from + CHUNK))) {
                                add(writer, d, resolved, sound, replace);
                            }
                        }
                    } finally {
                        added.countDown();
                    }
                    // Only once every thread is done: flushing a buffer another thread still
                    // fills would leave a small extra segment.
                    added.await();
                    writer.flushNextBuffer();
                    return null;
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Keyed by id: the same file imported twice replaces itself (a fresh index holds each id once already). */
    private static void add(IndexWriter writer, Disclosure d, boolean resolved, FieldType sound, boolean replace)
            throws IOException {
        if (replace) {
            writer.updateDocument(new Term(Schema.ID, d.id()), Schema.document(d, resolved, sound));
        } else {
            writer.addDocument(Schema.document(d, resolved, sound));
        }
    }

    /**
     * Copies the generation in use to {@code target} and returns its document count. Published
     * generations are never modified, and holding the build lock keeps a concurrent build from
     * removing this one while it is copied: the copy is a consistent snapshot of a live index.
     */
    public long snapshotTo(Path target) {
        try (FileLock lock = store.lockForBuild()) {
            Path gen = store.current().orElseThrow(() -> new UserException("还没有建立索引: " + store.dir()));
            java.nio.file.Files.createDirectories(target);
            try (var files = java.nio.file.Files.list(gen)) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        java.nio.file.Files.copy(f, target.resolve(f.getFileName().toString()));
                    }
                }
            }
            return documents(target);
        } catch (IOException e) {
            throw new UserException("索引备份失败: " + e.getMessage(), e);
        }
    }

    /** Checks that {@code source} is an index of {@code expected} documents, then publishes a copy of it. */
    public long restoreFrom(Path source, long expected) {
        long found;
        try {
            found = documents(source);
        } catch (IOException e) {
            throw new UserException("备份中的索引无法打开: " + source + ": " + e.getMessage(), e);
        }
        if (found != expected) {
            throw new UserException("备份中的索引有 " + found + " 条, 清单记录为 " + expected + " 条");
        }
        try (FileLock lock = store.lockForBuild()) {
            Path gen = store.newGeneration();
            try (var files = java.nio.file.Files.list(source)) {
                for (Path f : files.toList()) {
                    java.nio.file.Files.copy(f, gen.resolve(f.getFileName().toString()));
                }
            }
            store.publish(gen);
            return found;
        } catch (IOException e) {
            throw new UserException("索引恢复失败: " + e.getMessage(), e);
        }
    }

    private static long documents(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); var reader = org.apache.lucene.index.DirectoryReader.open(d)) {
            return reader.numDocs();
        }
    }

    Optional<Path> currentGeneration() {
        return store.current();
    }
}
