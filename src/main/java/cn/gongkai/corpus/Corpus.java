package cn.gongkai.corpus;

import cn.gongkai.config.Home;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure index of one home, opened for reading: every channel searches through it.
 * Picks up a rebuilt index without a restart.
 */
public final class Corpus implements Closeable {

    /** Opens the index under the home, first indexing the bundled sample if the home has none. */
    public static Corpus open(Home home) {
        throw new UnsupportedOperationException("being written");
    }

    /** Every disclosure in the index (for counts such as the annual report's section 二). */
    public List<Disclosure> all() {
        throw new UnsupportedOperationException("being written");
    }

    public Optional<Disclosure> get(String id) {
        throw new UnsupportedOperationException("being written");
    }

    @Override
    public void close() {}
}
