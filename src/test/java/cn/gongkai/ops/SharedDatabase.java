package cn.gongkai.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The one database several {@code serve} nodes share in a test, chosen by one switch: the
 * environment's {@code GONGKAI_DATABASE_URL} (with {@code GONGKAI_DATABASE_USER} and
 * {@code GONGKAI_DATABASE_PASSWORD}) — PostgreSQL for the city platform, which the nodes started
 * by the test inherit — else the home's SQLite file. The test reads the record through it.
 */
final class SharedDatabase {
    private final String url;
    private final String user;
    private final String password;

    private SharedDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static SharedDatabase of(Path home) {
        Map<String, String> env = System.getenv();
        String url = env.get("GONGKAI_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new SharedDatabase(url, env.get("GONGKAI_DATABASE_USER"), env.get("GONGKAI_DATABASE_PASSWORD"));
        }
        return new SharedDatabase("jdbc:sqlite:" + home.resolve("data/gongkai.db"), null, null);
    }

    /** The database named by these GONGKAI_DATABASE_* settings (what the nodes are started with). */
    static SharedDatabase of(Map<String, String> settings) {
        return new SharedDatabase(settings.get("GONGKAI_DATABASE_URL"), settings.get("GONGKAI_DATABASE_USER"),
                settings.get("GONGKAI_DATABASE_PASSWORD"));
    }

    String name() {
        return url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite";
    }

    long count(String sql) {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shared database: " + e.getMessage(), e);
        }
    }

    /** Rows as "a=1, b=2" lines, for the figures printed. */
    String table(String sql) {
        StringBuilder b = new StringBuilder();
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                b.append(b.length() == 0 ? "" : ", ").append(rs.getString(1)).append('=').append(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shared database: " + e.getMessage(), e);
        }
        return b.toString();
    }
}
