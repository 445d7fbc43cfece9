package cn.gongkai.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V19_1 copies letters into a table whose CHECK admits LATER: a home with letters printed and
 * delivered before keeps every number, every delivery, and the rules that guard them.
 */
class V19MigrationTest {

    @TempDir Path home;

    @Test
    void letters_and_deliveries_printed_before_v19_survive_it_with_their_rules() throws Exception {
        Path db = new Home(home).database();
        Files.createDirectories(db.getParent());
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("15").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO requests (id, receipt_code, applicant_type, name, identity_verified, channel, content,
                        received, created_at, body_id) VALUES
                        (1, 'GK00000001', 'NATURAL_PERSON', '张三', 1, 'IN_PERSON', '修路账目', '2026-11-02', '2026-11-02T01:00:00Z', 'default'),
                        (2, 'GK00000002', 'NATURAL_PERSON', '李四', 1, 'IN_PERSON', '低保名单', '2026-11-03', '2026-11-03T01:00:00Z', 'default')""");
            s.execute("""
                    INSERT INTO request_events (request_id, kind, date, actor, at) VALUES
                        (1, 'RECEIVED', '2026-11-02', '王芳', '2026-11-02T01:00:00Z'),
                        (2, 'RECEIVED', '2026-11-03', '王芳', '2026-11-03T01:00:00Z')""");
            s.execute("""
                    INSERT INTO letters (id, request_id, kind, body_id, year, prefix, number, issued_on, actor, at) VALUES
                        (7, 1, 'RECEIPT', 'default', 2026, '青禾政依申收', 1, '2026-11-02', '王芳', '2026-11-02T02:00:00Z'),
                        (9, 2, 'RECEIPT', 'default', 2026, '青禾政依申收', 2, '2026-11-03', '王芳', '2026-11-03T02:00:00Z')""");
            s.execute("""
                    INSERT INTO letter_deliveries (letter_id, method, tracking, delivered, actor, at) VALUES
                        (9, 'MAIL', 'EMS0001', '2026-11-04', '王芳', '2026-11-04T02:00:00Z')""");
        }
        List<String> indexesBefore = names(url, "index");

        Records r = Records.open(new Home(home), Cli.clockAt(LocalDate.of(2026, 11, 30)));
        Letters letters = new Letters(r);
        assertThat(letters.of(2)).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(9);
            assertThat(l.numberText()).isEqualTo("青禾政依申收〔2026〕第2号");
        });
        assertThat(letters.deliveries(2)).singleElement().satisfies(d -> {
            assertThat(d.letterId()).isEqualTo(9);
            assertThat(d.tracking()).isEqualTo("EMS0001");
        });
        // Printing again after the migration gives the same number; a new letter continues the series.
        assertThat(letters.print(1, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().numberText())
                .isEqualTo("青禾政依申收〔2026〕第1号");
        long third = r.requests().add(new cn.gongkai.requests.NewRequest(cn.gongkai.requests.ApplicantType.NATURAL_PERSON,
                "王五", null, true, cn.gongkai.requests.RequestChannel.IN_PERSON, "村道账目", null,
                LocalDate.of(2026, 11, 5), null), "王芳");
        assertThat(letters.print(third, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().numberText())
                .isEqualTo("青禾政依申收〔2026〕第3号");

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE letters SET number = 5 WHERE id = 7")).hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.execute("DELETE FROM letters")).hasMessageContaining("never reused");
            assertThatThrownBy(() -> s.execute("""
                    INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                    VALUES (1, 'RECEIPT', 'default', 2026, 'X', 1, '2026-11-02', 'x', 'y')""")).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> s.execute("""
                    INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                    VALUES (1, 'REPLY', 'default', 2026, '青禾政依申收', 2, '2026-11-02', 'x', 'y')""")).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> s.execute("""
                    INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                    VALUES (1, 'NOTICE', 'default', 2026, 'Y', 1, '2026-11-02', 'x', 'y')""")).hasMessageContaining("CHECK");
            s.execute("""
                    INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                    VALUES (1, 'LATER', 'default', 2026, '青禾政依申迟', 1, '2026-11-20', 'x', 'y')""");
            assertThatThrownBy(() -> s.execute("UPDATE letter_deliveries SET tracking = 'x'")).hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'letter_deliveries'")) {
                assertThat(rs.getString(1)).as("deliveries still point at letters").contains("REFERENCES letters (id)");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("no delivery lost its letter").isFalse();
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
        assertThat(names(url, "trigger")).contains("letters_no_update", "letters_no_delete",
                "letter_deliveries_no_update", "letter_deliveries_no_delete");
        assertThat(names(url, "table")).doesNotContain("letters_v19");
        // Every named index is still there (the UNIQUE keys' own indexes are checked by the inserts above).
        assertThat(names(url, "index")).containsAll(indexesBefore.stream().filter(n -> !n.startsWith("sqlite_autoindex_letters")).toList());
    }

    private static List<String> names(String url, String type) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = '" + type + "' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
