package cn.gongkai.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of an {@link IndexStore}: hands out searchers on the generation in use and
 * switches to a newly published one without a restart. Reference counting lets a search that
 * started on the old generation finish on it while new searches use the new one. (Lucene's
 * SearcherManager refreshes within one folder; our generations are separate folders.)
 */
final class LiveIndex implements AutoCloseable {
    /** How often to look at the pointer file; a stat twice a second costs nothing. */
    private static final long CHECK_EVERY_NANOS = 500_000_000L;

    private final IndexStore store;
    private volatile Snapshot snapshot;
    private volatile long lastCheck;

    private record Snapshot(Path gen, FSDirectory dir, DirectoryReader reader, IndexSearcher searcher) {}

    /** A searcher on loan; return it with {@link #close()}. */
    static final class Lease implements AutoCloseable {
        private final Snapshot s;

        private Lease(Snapshot s) {
            this.s = s;
        }

        IndexSearcher searcher() {
            return s.searcher();
        }

        @Override
        public void close() {
            try {
                s.reader().decRef();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    LiveIndex(IndexStore store) {
        this.store = store;
        refresh();
    }

    Lease acquire() {
        if (System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
            refresh();
        }
        while (true) {
            Snapshot s = snapshot;
            if (s == null) {
                throw new IllegalStateException("no index has been built");
            }
            if (s.reader().tryIncRef()) {
                return new Lease(s);
            }
            // Lost a race with a switch: the old reader just closed; take the new one.
            refresh();
        }
    }

    /** Opens the published generation if it is not the one in use. */
    synchronized void refresh() {
        lastCheck = System.nanoTime();
        Optional<Path> gen = store.current();
        Snapshot old = snapshot;
        if (gen.isEmpty() || (old != null && old.gen().equals(gen.get()))) {
            return;
        }
        try {
            FSDirectory dir = FSDirectory.open(gen.get());
            DirectoryReader reader = DirectoryReader.open(dir);
            snapshot = new Snapshot(gen.get(), dir, reader, new IndexSearcher(reader));
            if (old != null) {
                release(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + gen.get(), e);
        }
    }

    boolean isOpen() {
        return snapshot != null;
    }

    Path generation() {
        Snapshot s = snapshot;
        return s == null ? null : s.gen();
    }

    private static void release(Snapshot s) throws IOException {
        // The reader closes when the last lease returns; the directory with it.
        s.reader().getReaderCacheHelper().addClosedListener(key -> s.dir().close());
        s.reader().decRef();
    }

    @Override
    public synchronized void close() throws IOException {
        if (snapshot != null) {
            release(snapshot);
            snapshot = null;
        }
    }
}
