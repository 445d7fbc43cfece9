package cn.gongkai.corpus;

import cn.gongkai.config.Home;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Homes for tests: a real index on disk in a temporary folder, searched at a fixed "today". */
public final class TestHomes {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private TestHomes() {}

    public static Path resource(String name) {
        try {
            return Path.of(TestHomes.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A home whose index holds the given folders' files. */
    public static Corpus corpusOf(Path home, Path... sources) {
        ImportResult r = new Importer().read(List.of(sources));
        new IndexBuilder(new Home(home).indexDir()).build(r.disclosures(), true);
        return Corpus.open(new Home(home), CLOCK);
    }

    /** A home indexed with the bundled sample (as a new user's first start does). */
    public static Corpus sample(Path home) {
        return Corpus.open(new Home(home), CLOCK);
    }
}
