package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    static String pragma(Database db, String name) {
        return db.read(tx -> tx.pragma(name));
    }

    static int count(Database db, String sql) {
        return db.read(tx -> tx.one(sql, rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void opening_creates_data_folder_and_applies_the_schema_in_wal_mode() {
        Database db = Database.open(new Home(dir));
        assertThat(dir.resolve("data/gongkai.db")).exists();
        assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
        assertThat(pragma(db, "busy_timeout")).isEqualTo("5000");
        List<String> tables = db.read(tx -> tx.list("SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1)));
        assertThat(tables).contains("inquiries", "requests", "request_events", "reviews", "yearly_figures", "audit_log");
    }

    @Test
    void opening_twice_migrates_once() {
        Database first = Database.open(new Home(dir));
        long migrations = count(first, "SELECT count(*) FROM flyway_schema_history WHERE success = 1");
        Database db = Database.open(new Home(dir));
        assertThat(count(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo(migrations);
    }

    @Test
    void a_failed_write_rolls_back_everything_it_did() {
        Database db = Database.open(new Home(dir));
        assertThatThrownBy(() -> db.write(tx -> {
            tx.insert("INSERT INTO audit_log (at, actor, action) VALUES ('2025-01-01T00:00:00Z', 'a', 'x')");
            throw new UserException("no");
        })).isInstanceOf(UserException.class);
        assertThat(count(db, "SELECT count(*) FROM audit_log")).isZero();
    }

    @Test
    void events_and_audit_lines_cannot_be_changed_or_deleted() {
        Database db = Database.open(new Home(dir));
        db.write(tx -> tx.insert("INSERT INTO audit_log (at, actor, action) VALUES ('2025-01-01T00:00:00Z', 'a', 'x')"));
        assertThatThrownBy(() -> db.write(tx -> tx.update("UPDATE audit_log SET actor = 'b'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.write(tx -> tx.update("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void writers_from_many_threads_are_serialised_without_busy_errors() throws Exception {
        Database db = Database.open(new Home(dir));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            all.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    db.write(tx -> {
                        int n = tx.one("SELECT count(*) FROM audit_log", rs -> rs.getInt(1)).orElseThrow();
                        return tx.insert("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, 'a', 'x', ?)",
                                "2025-01-01T00:00:00Z", String.valueOf(n));
                    });
                    db.read(tx -> tx.one("SELECT count(*) FROM audit_log", rs -> rs.getInt(1)));
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        // read-then-write inside one IMMEDIATE transaction: every count seen is distinct
        assertThat(count(db, "SELECT count(DISTINCT detail) FROM audit_log")).isEqualTo(120);
    }

    @Test
    void a_data_folder_that_cannot_be_created_is_a_user_error_naming_it() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        assertThatThrownBy(() -> Database.open(new Home(dir)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(notAFolder.toString());
    }
}
