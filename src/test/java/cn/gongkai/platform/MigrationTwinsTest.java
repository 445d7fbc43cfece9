package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule for every schema change (README, "PostgreSQL"): a SQLite migration
 * {@code src/main/resources/db/migration/V<n>__name.sql} (or a Java one in {@code src/main/java/db/migration})
 * has a PostgreSQL twin of the same version, {@code src/main/resources/db/postgresql/V<n>__name.sql},
 * saying the same thing in PostgreSQL's words (a widened CHECK is {@code ALTER TABLE … DROP/ADD
 * CONSTRAINT}, a trigger a PL/pgSQL function). A migration without its twin fails here, by name.
 * SQL that both accept as it stands is written once, in {@code src/main/resources/db/common}.
 */
class MigrationTwinsTest {
    static final Pattern VERSION = Pattern.compile("^V([0-9_.]+)__(.+)\\.(sql|java)$");

    static TreeMap<String, String> versions(Path... dirs) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> {
                    Matcher m = VERSION.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        out.put(m.group(1).replace('.', '_'), f.toString());
                    }
                });
            }
        }
        return out;
    }

    @Test
    void every_sqlite_migration_has_a_postgresql_twin_of_the_same_version_and_none_stands_alone() throws IOException {
        TreeMap<String, String> sqlite = versions(Path.of("src/main/resources/db/migration"), Path.of("src/main/java/db/migration"));
        TreeMap<String, String> postgres = versions(Path.of("src/main/resources/db/postgresql"));
        TreeMap<String, String> common = versions(Path.of("src/main/resources/db/common"));
        assertThat(common).as("migrations both databases read").containsKeys("17_1", "18", "20_1");
        for (String v : common.keySet()) {
            assertThat(sqlite).as("common V" + v + " also written for SQLite").doesNotContainKey(v);
            assertThat(postgres).as("common V" + v + " also written for PostgreSQL").doesNotContainKey(v);
        }
        // Checked today: V1, V2, V3, V4, V5, V6_1, V6_2, V7, V8, V8_5, V9, V10, V11, V15 (and whatever is added).
        assertThat(sqlite).as("SQLite migrations found").containsKeys("1", "9", "10", "11", "15");
        TreeMap<String, String> missing = new TreeMap<>(sqlite);
        missing.keySet().removeAll(postgres.keySet());
        assertThat(missing).as("SQLite migrations without a PostgreSQL twin in src/main/resources/db/postgresql"
                + " (write V<n>__same_name.sql there)").isEmpty();
        TreeMap<String, String> alone = new TreeMap<>(postgres);
        alone.keySet().removeAll(sqlite.keySet());
        assertThat(alone).as("PostgreSQL migrations without a SQLite original").isEmpty();
    }
}
