package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir Path home;

    private static long count(Database db) {
        return db.read(tx -> tx.one("SELECT count(*) FROM pickup_codes", rs -> rs.getLong(1)).orElseThrow());
    }

    private static Database.Work<Void> insert(String code) {
        return tx -> {
            tx.update("INSERT INTO pickup_codes (code, disclosure_id, created_at, expires_at) VALUES (?, 'X', 'a', 'b')", code);
            return null;
        };
    }

    @Test
    void writes_from_many_threads_are_all_committed_before_each_returns() throws Exception {
        Database db = Database.open(new Home(home));
        Database other = Database.open(new Home(home));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String code = String.format("%06d", i);
            fs.add(pool.submit(() -> {
                db.write(insert(code));
                // Committed before write() returned: another connection sees it at once.
                java.util.Optional<Integer> seen = other.read(tx -> tx.one(
                        "SELECT 1 FROM pickup_codes WHERE code = ?", rs -> 1, code));
                assertThat(seen).isPresent();
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertThat(count(db)).isEqualTo(800);
    }

    @Test
    void a_failing_write_is_rolled_back_alone_and_its_caller_gets_the_error() throws Exception {
        Database db = Database.open(new Home(home));
        db.write(insert("000001"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String code = i % 10 == 0 ? "000001" : String.format("%06d", 1000 + i); // duplicate key every tenth
            fs.add(pool.submit(() -> {
                db.write(insert(code));
                return null;
            }));
        }
        int failed = 0;
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();
        assertThat(failed).isEqualTo(20);
        assertThat(count(db)).isEqualTo(1 + 180);
    }

    @Test
    void a_write_inside_a_write_joins_it_and_an_exception_rolls_back_both() {
        Database db = Database.open(new Home(home));
        assertThatThrownBy(() -> db.write(tx -> {
            insert("000002").run(tx);
            db.write(insert("000003"));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(count(db)).isZero();
        db.write(tx -> {
            insert("000004").run(tx);
            return db.write(insert("000005"));
        });
        assertThat(count(db)).isEqualTo(2);
    }
}
