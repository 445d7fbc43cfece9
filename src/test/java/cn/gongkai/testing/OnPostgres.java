package cn.gongkai.testing;

import cn.gongkai.storage.DatabaseTarget;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the storage-heavy tests again on PostgreSQL, unchanged ({@code mvn test -P postgresql}, see
 * the profile in pom.xml and the README). Registered for every test class by JUnit's extension
 * autodetection, which only that profile turns on, and active only with {@code -Dgongkai.db=postgresql}.
 * Each test class, and each test in it, gets a fresh database copied from the migrated template, named
 * to the code under test the way an operator would ({@link DatabaseTarget}'s system properties, as the
 * environment's {@code GONGKAI_DATABASE_URL} would): every {@code Database.open(home)} in the test,
 * {@code serve} composed by {@code App} included, then opens that database instead of the home's file.
 */
public final class OnPostgres implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(OnPostgres.class);

    /** True when this run is the PostgreSQL run. */
    public static boolean active() {
        return "postgresql".equalsIgnoreCase(System.getProperty("gongkai.db", ""));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open(context);
    }

    /**
     * On a test class whose tests share what its {@code @BeforeAll} built on the class's database (a
     * running site, {@code serve} processes): no fresh database per test, so a CLI command or a
     * write the test makes lands where that site reads.
     */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @java.lang.annotation.Inherited
    public @interface ClassDatabase {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!context.getRequiredTestClass().isAnnotationPresent(ClassDatabase.class)) {
            open(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
        // back to the class's database, for what the class opens outside its tests
        DatabaseTarget outer = context.getParent().map(p -> p.getStore(NS).get("db", DatabaseTarget.class)).orElse(null);
        point(outer);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
        point(null);
        if (active() && rows(context).get() == 0) {
            // A class in the selection that never reaches PostgreSQL (it opens its database by path)
            // would pass here without having tested anything on it.
            throw new AssertionError(context.getDisplayName() + " ran in the PostgreSQL selection but wrote no row to"
                    + " PostgreSQL: it does not open its database through Database.open(home); take it out of the"
                    + " postgresql profile's list in pom.xml");
        }
    }

    /** Rows the class's tests left in their databases, counted before each is dropped. */
    private static java.util.concurrent.atomic.AtomicLong rows(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NS).getOrComputeIfAbsent("rows", k -> new java.util.concurrent.atomic.AtomicLong(),
                java.util.concurrent.atomic.AtomicLong.class);
    }

    private static void open(ExtensionContext context) {
        if (!active()) {
            return;
        }
        DatabaseTarget db = PostgresServer.shared().newDatabase();
        context.getStore(NS).put("db", db);
        point(db);
    }

    private static void close(ExtensionContext context) {
        DatabaseTarget db = context.getStore(NS).remove("db", DatabaseTarget.class);
        if (db != null) {
            rows(context).addAndGet(PostgresServer.shared().rows(db));
            PostgresServer.shared().drop(db);
        }
    }

    private static void point(DatabaseTarget db) {
        if (db == null) {
            System.clearProperty("gongkai.database.url");
            System.clearProperty("gongkai.database.user");
            System.clearProperty("gongkai.database.password");
        } else {
            System.setProperty("gongkai.database.url", db.url());
            System.setProperty("gongkai.database.user", db.user());
            System.setProperty("gongkai.database.password", db.password());
        }
    }
}
