package cn.gongkai.ops;

import cn.gongkai.testing.OnPostgres;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * {@link TwoNodesTest} on the city platform's database: one real PostgreSQL (started by the test
 * command, {@code mvn -P postgresql test}) shared by two {@code serve} JVMs, which are given it the
 * way an operator would, through {@code GONGKAI_DATABASE_URL}, {@code _USER} and {@code _PASSWORD}.
 * The database is the one {@link OnPostgres} made for this class; without PostgreSQL under CI that
 * fails (it does not skip). In the ordinary SQLite run this class has nothing to add and is skipped.
 */
@OnPostgres.ClassDatabase
class TwoNodesPostgresTest extends TwoNodesTest {
    @Override
    Map<String, String> database() {
        Assumptions.assumeTrue(OnPostgres.active(), "runs in the PostgreSQL run: mvn -P postgresql test");
        String url = System.getProperty("gongkai.database.url");
        if (url == null) {
            throw new IllegalStateException("the PostgreSQL run named no database for this class");
        }
        return Map.of("GONGKAI_DATABASE_URL", url,
                "GONGKAI_DATABASE_USER", System.getProperty("gongkai.database.user", ""),
                "GONGKAI_DATABASE_PASSWORD", System.getProperty("gongkai.database.password", ""));
    }
}
