package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite connections keep their prepared statements ({@link Statements}): same answers, nothing held open. */
class KeptStatementsTest {
    @TempDir Path home;

    private static Database withTable(Path home) {
        Database db = Database.open(new Home(home));
        db.write(tx -> tx.update("CREATE TABLE kept (id INTEGER PRIMARY KEY, k TEXT UNIQUE)"));
        return db;
    }

    private static final String ADD = "INSERT INTO kept (k) VALUES (?)";

    @Test
    void inserts_on_a_kept_statement_return_each_new_id_and_an_upsert_between_them_does_not_disturb_them() {
        Database db = withTable(home);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String k = "k" + i;
            ids.add(db.write(tx -> {
                long id = tx.insert(ADD, k);
                // An upsert that inserts nothing (ON CONFLICT DO NOTHING) on the same kept connection.
                tx.update("INSERT INTO kept (k) VALUES (?) ON CONFLICT DO NOTHING", k);
                return id;
            }));
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(db.<List<String>>read(tx -> tx.list("SELECT k FROM kept ORDER BY id", rs -> rs.getString(1))))
                .containsExactly("k0", "k1", "k2", "k3", "k4");
    }

    @Test
    void a_statement_that_failed_is_prepared_afresh_and_the_same_sql_works_next_time() {
        Database db = withTable(home);
        db.write(tx -> tx.insert(ADD, "a"));
        assertThatThrownBy(() -> db.write(tx -> tx.insert(ADD, "a"))).hasMessageContaining("UNIQUE");
        assertThat(db.<Long>write(tx -> tx.insert(ADD, "b"))).isEqualTo(2L);
        // A savepointed piece that failed inside a batch leaves the kept savepoint statements usable.
        assertThatThrownBy(() -> db.write(tx -> {
            tx.insert(ADD, "c");
            return tx.insert(ADD, "c");
        })).hasMessageContaining("UNIQUE");
        assertThat(db.<Long>write(tx -> tx.insert(ADD, "d"))).isEqualTo(3L);
        assertThat(db.<List<String>>read(tx -> tx.list("SELECT k FROM kept ORDER BY id", rs -> rs.getString(1))))
                .containsExactly("a", "b", "d");
    }

    @Test
    void more_distinct_statements_than_are_kept_all_still_run_and_the_oldest_are_closed() throws Exception {
        Path file = home.resolve("plain.db");
        try (java.sql.Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statements kept = new Statements(c)) {
            Tx tx = new Tx(kept);
            for (int i = 0; i < 100; i++) {
                assertThat(tx.one("SELECT ? + " + i, rs -> rs.getInt(1), 1)).contains(1 + i);
            }
            assertThat(kept.size()).isEqualTo(64);
            // The first ones were closed to make room and are prepared again on demand.
            assertThat(tx.one("SELECT ? + 0", rs -> rs.getInt(1), 7)).contains(7);
        }
    }

    @Test
    void reads_on_kept_statements_hold_no_snapshot_so_the_write_ahead_log_can_still_be_emptied() throws Exception {
        Database db = withTable(home);
        for (int i = 0; i < 20; i++) {
            String k = "r" + i;
            db.write(tx -> tx.insert(ADD, k));
            // The same reader connection (this thread's) reads with its kept statement each time.
            assertThat(db.<java.util.Optional<Long>>read(tx -> tx.one("SELECT id FROM kept WHERE k = ?", rs -> rs.getLong(1), k))).isPresent();
        }
        long t0 = System.nanoTime();
        db.scrub(); // TRUNCATE checkpoint: refused for ten seconds while a reader keeps a snapshot
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(java.nio.file.Files.size(Path.of(db.file() + "-wal"))).isZero();
    }
}
