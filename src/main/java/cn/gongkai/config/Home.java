package cn.gongkai.config;

import java.nio.file.Path;

/** The folder a gongkai installation lives in: editable config, the index, the database. */
public record Home(Path root) {

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    /** Files a district edits; a missing file falls back to the default shipped in the jar. */
    public Path configDir() {
        return root.resolve("kiosk-config");
    }

    /** The Lucene index: built, never hand-edited. */
    public Path indexDir() {
        return root.resolve("index");
    }

    /**
     * Synonyms staff add from the console (需求清单): a file of the home's own, merged with
     * synonyms.txt on load, so the console never rewrites a kiosk-config/ file — not the
     * district's hand-edited one, and not the tracked default when a home is a checkout.
     */
    public Path addedSynonyms() {
        return configDir().resolve("synonyms-added.txt");
    }

    public Path dataDir() {
        return root.resolve("data");
    }

    public Path database() {
        return dataDir().resolve("gongkai.db");
    }

    public Path logDir() {
        return root.resolve("logs");
    }
}
