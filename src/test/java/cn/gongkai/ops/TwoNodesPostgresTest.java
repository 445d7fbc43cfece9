package cn.gongkai.ops;

import cn.gongkai.testing.OnPostgres;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link TwoNodesTest} on the city platform's database: one real PostgreSQL (started by the test
 * command, {@code mvn -P postgresql test}) shared by two {@code serve} JVMs, which are given it the
 * way an operator would, through {@code GONGKAI_DATABASE_URL}, {@code _USER} and {@code _PASSWORD}.
 * The database is the one {@link OnPostgres} made for this class; without PostgreSQL under CI that
 * fails (it does not skip). In the ordinary SQLite run this class has nothing to add and is skipped.
 */
class TwoNodesPostgresTest extends TwoNodesTest {
    private Map<String, String> database;

    @Override
    Map<String, String> database() {
        Assumptions.assumeTrue(OnPostgres.active(), "runs in the PostgreSQL run: mvn -P postgresql test");
        String url = System.getProperty("gongkai.database.url");
        if (url == null) {
            throw new IllegalStateException("the PostgreSQL run named no database for this class");
        }
        database = Map.of("GONGKAI_DATABASE_URL", url,
                "GONGKAI_DATABASE_USER", System.getProperty("gongkai.database.user", ""),
                "GONGKAI_DATABASE_PASSWORD", System.getProperty("gongkai.database.password", ""));
        return database;
    }

    /**
     * OnPostgres gives each test a fresh database of its own; the nodes, started once for the class,
     * hold the class's, so what this JVM writes in a test (the queued notices) goes there too.
     */
    @BeforeEach
    void sameDatabaseAsTheNodes() {
        System.setProperty("gongkai.database.url", database.get("GONGKAI_DATABASE_URL"));
        System.setProperty("gongkai.database.user", database.get("GONGKAI_DATABASE_USER"));
        System.setProperty("gongkai.database.password", database.get("GONGKAI_DATABASE_PASSWORD"));
    }
}
