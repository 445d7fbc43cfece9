package cn.gongkai.release;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Main;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home and a backup made by the previous release (0.1.0, built at f1eb134, see
 * scripts/make-upgrade-fixture.sh) open under this one: the database migrates to the current
 * schema, every inquiry, request and event keeps every value it had, the current commands read
 * them, and the old index answers searches. {@code restore} of the old release's backup works too.
 */
class UpgradeFromPreviousReleaseTest {
    static final List<String> TABLES = List.of("inquiries", "requests", "request_events", "sms_sessions", "audit_log");

    @TempDir Path home;
    @TempDir Path restored;

    @Test
    void the_previous_releases_home_opens_migrates_and_keeps_every_record() throws Exception {
        Path fixture = fixture();
        assertThat(Files.readString(fixture.resolve("made-by.txt"))).startsWith("gongkai 0.1.0");
        copyTree(fixture.resolve("data"), home.resolve("data"));
        copyTree(fixture.resolve("index"), home.resolve("index"));
        Path db = home.resolve("data/gongkai.db");
        List<List<String>> columns = new ArrayList<>();
        List<List<String>> before = new ArrayList<>();
        for (String t : TABLES) {
            columns.add(columns(db, t));
            before.add(rows(db, t, columns.get(columns.size() - 1)));
        }
        assertThat(before.get(0)).hasSize(3);
        assertThat(before.get(1)).hasSize(2);
        assertThat(before.get(2)).hasSize(4);
        assertThat(schemaVersion(db)).isEqualTo("5");

        // The current code opens it (migrating on open) and reads the records.
        String list = run("requests", "list", "--home", home.toString());
        assertThat(list).contains("申请公开2025年本镇低保名单", "申请公开道路工程招标文件");
        assertThat(run("inquiries", "export", "--home", home.toString()).lines().count()).isEqualTo(3);

        assertThat(Integer.parseInt(schemaVersion(db).split("\\.")[0])).isGreaterThan(5);
        for (int i = 0; i < TABLES.size(); i++) {
            // Each old row, column by column, is still there (new columns may be added after them).
            assertThat(rows(db, TABLES.get(i), columns.get(i))).as(TABLES.get(i)).isEqualTo(before.get(i));
        }
        try (Corpus corpus = Corpus.open(new Home(home))) {
            assertThat(corpus.size()).isEqualTo(71);
            assertThat(corpus.search().search(SearchRequest.of("低保")).total()).isPositive();
        }
    }

    @Test
    void restore_of_the_previous_releases_backup_works_and_migrates() throws Exception {
        Path backup = restored.resolve("backup");
        copyTree(fixture().resolve("backup"), backup);
        Path target = restored.resolve("home");
        Files.createDirectories(target);
        String out = run("restore", "--home", target.toString(), "--from", backup.toString());
        assertThat(out).contains("公开信息 71 条", "咨询记录 3 条", "依申请公开 2 件");
        assertThat(run("requests", "list", "--home", target.toString())).contains("申请公开2025年本镇低保名单");
        assertThat(Integer.parseInt(schemaVersion(target.resolve("data/gongkai.db")).split("\\.")[0])).isGreaterThan(5);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(status).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(UpgradeFromPreviousReleaseTest.class.getResource("/upgrade/made-by.txt").toURI()).getParent();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static String schemaVersion(Path db) throws SQLException {
        return query(db, "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1").get(0).split("=", 2)[1];
    }

    private static List<String> columns(Path db, String table) throws SQLException {
        return query(db, "SELECT name FROM pragma_table_info('" + table + "')").stream()
                .map(r -> r.split("=", 2)[1]).toList();
    }

    /** Each row as "column=value|column=value", in rowid order. */
    private static List<String> rows(Path db, String table, List<String> columns) throws SQLException {
        return query(db, "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY rowid");
    }

    private static List<String> query(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : "|").append(md.getColumnName(i)).append('=').append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }
}
