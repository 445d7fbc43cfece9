package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V10 copies request_events into a wider table: a home with history keeps every event and its rules. */
class V10MigrationTest {

    @TempDir Path home;

    @Test
    void events_recorded_before_v10_survive_it_and_stay_append_only() throws Exception {
        Path db = new Home(home).database();
        Files.createDirectories(db.getParent());
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8.5").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO requests (id, receipt_code, applicant_type, name, contact, identity_verified, channel, content,
                        received, created_at) VALUES (1, 'GK00000001', 'NATURAL_PERSON', '张三', '13812345678', 1,
                        'IN_PERSON', '修路账目', '2026-11-02', '2026-11-02T01:00:00Z')""");
            s.execute("""
                    INSERT INTO request_events (request_id, kind, date, actor, days, approved_by, at) VALUES
                        (1, 'RECEIVED', '2026-11-02', '王芳', NULL, NULL, '2026-11-02T01:00:00Z'),
                        (1, 'EXTENDED', '2026-11-20', '王芳', 10, '科长', '2026-11-20T01:00:00Z')""");
        }
        Records r = Records.open(new Home(home), Cli.clockAt(LocalDate.of(2026, 11, 30)));
        RequestView v = r.requests().show(1);
        assertThat(v.events()).extracting(RequestEvent::kind).containsExactly(EventKind.RECEIVED, EventKind.EXTENDED);
        // Received Monday 2 November 2026, 20 + 10 working days: Monday 14 December.
        assertThat(v.answerDue()).isEqualTo(LocalDate.of(2026, 12, 14));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM request_events"))
                    .hasMessageContaining("append-only");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                    "INSERT INTO request_events (request_id, kind, date, actor, at) VALUES (1, 'EXTENDED', '2026-11-21', 'x', 'y')"))
                    .hasMessageContaining("CHECK");
        }
    }
}
