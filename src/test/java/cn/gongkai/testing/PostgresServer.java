package cn.gongkai.testing;

import cn.gongkai.storage.DatabaseTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL (Debian's {@code postgresql-15}) started by the test command itself: one per
 * JVM, on a free loopback port, its data and socket in a scratch folder, stopped by a shutdown hook.
 * PostgreSQL refuses to run as root, so as root the folder belongs to the {@code postgres} user and
 * the server runs as it ({@code su}); as anyone else it runs as that user. Each caller gets a fresh
 * database, copied from a template migrated once, so a test never sees another's rows.
 *
 * <p>Missing binaries: the test is skipped on a developer's machine and fails under CI
 * ({@link Needs}); {@code scripts/install-test-deps.sh} installs them.
 */
public final class PostgresServer {
    public static final String USER = "gongkai";
    private static final String TEMPLATE = "gongkai_template";
    private static PostgresServer shared;
    private static String failure;

    private final Path dir;
    private final int port;
    private final boolean asPostgres;
    private final Path bin;
    private final AtomicInteger next = new AtomicInteger();

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The server of this JVM, started on first use; skips (or under CI fails) the test without one. */
    public static synchronized PostgresServer shared() {
        if (shared == null && failure == null) {
            try {
                shared = start();
            } catch (IOException | RuntimeException e) {
                failure = "PostgreSQL could not be started: " + e.getMessage();
            }
        }
        Needs.tool(shared != null, failure == null ? "" : failure
                + " (bash scripts/install-test-deps.sh installs postgresql)");
        return shared;
    }

    /** Where Debian puts the server's programs (the newest version installed), or null. */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(java.util.Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static PostgresServer start() throws IOException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("no /usr/lib/postgresql/*/bin/pg_ctl");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("gongkai-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer pg = new PostgresServer(bin, dir, port, root);
        pg.pg(bin.resolve("initdb") + " -D " + dir.resolve("data") + " -A trust -U " + USER
                + " -E UTF8 --no-locale --no-sync");
        // fsync off: a test server's data is thrown away; the schema and the SQL are what is tested.
        pg.pg(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("log") + " -w -t 60 -o \"-p "
                + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                + " -c full_page_writes=off -c max_connections=300\" start");
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "postgres-stop"));
        pg.template();
        return pg;
    }

    /** Migrates the template once; every database of a test is a copy of it. */
    private void template() {
        admin("CREATE DATABASE " + TEMPLATE);
        Flyway.configure().dataSource(url(TEMPLATE), USER, null).locations("classpath:db/postgresql", "classpath:db/common").load().migrate();
    }

    /** A fresh, migrated database of its own. */
    public DatabaseTarget newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + next.incrementAndGet();
        for (int attempt = 0; ; attempt++) {
            try {
                admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
                return new DatabaseTarget(url(name), USER, "");
            } catch (IllegalStateException e) {
                // the template's last connection may still be closing
                if (attempt == 20) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    /** Drops a database made by {@link #newDatabase}, ending whatever connections a test left open. */
    public void drop(DatabaseTarget db) {
        String name = db.url().substring(db.url().lastIndexOf('/') + 1);
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** How many rows the tables of {@code db} hold (Flyway's history aside): whether a test wrote there. */
    public long rows(DatabaseTarget db) {
        try (Connection c = DriverManager.getConnection(db.url(), USER, "");
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            long n = 0;
            for (String t : tables) {
                try (var rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("counting rows in " + db.url() + ": " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            pg(bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate -w stop");
            run(List.of("rm", "-rf", dir.toString()), false);
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL test server not stopped cleanly: " + e.getMessage());
        }
    }

    /** Runs a command line as the server's user. */
    private void pg(String command) throws IOException {
        run(asPostgres ? List.of("su", "postgres", "-s", "/bin/sh", "-c", command) : List.of("/bin/sh", "-c", command),
                true);
    }

    private static void run(List<String> command, boolean quietOutput) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + cmd, e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
