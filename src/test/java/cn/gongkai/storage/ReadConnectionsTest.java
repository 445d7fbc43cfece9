package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read connections are borrowed and given back, not kept per thread: the web server ends idle threads
 * and starts new ones, and a connection kept by a thread that ended stayed open for good.
 */
class ReadConnectionsTest {
    @TempDir Path home;

    private static long count(Database db) {
        return db.<Long>read(tx -> tx.list("SELECT COUNT(*) FROM seen", rs -> rs.getLong(1)).get(0));
    }

    @Test
    void threads_that_read_once_and_end_leave_no_more_connections_open_than_the_idle_limit() throws Exception {
        Database db = Database.open(new Home(home));
        db.write(tx -> tx.update("CREATE TABLE seen (id INTEGER PRIMARY KEY)"));
        for (int round = 0; round < 5; round++) {
            // Twenty threads read at the same time (each holds its connection until all have one), then end.
            int n = 20;
            CountDownLatch all = new CountDownLatch(n);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Thread t = new Thread(() -> db.read(tx -> {
                    all.countDown();
                    try {
                        all.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return tx.list("SELECT COUNT(*) FROM seen", rs -> rs.getLong(1));
                }));
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(db.openReadConnections()).isLessThanOrEqualTo(Database.IDLE_READERS);
        }
        // The kept ones still answer, from this thread too.
        assertThat(count(db)).isZero();
        assertThat(db.openReadConnections()).isBetween(1, Database.IDLE_READERS);
    }

    @Test
    void a_read_that_fails_closes_its_connection_and_the_next_read_works() {
        Database db = Database.open(new Home(home));
        db.write(tx -> tx.update("CREATE TABLE seen (id INTEGER PRIMARY KEY)"));
        assertThat(count(db)).isZero();
        int before = db.openReadConnections();
        assertThatThrownBy(() -> db.read(tx -> tx.list("SELECT nothing FROM nowhere", rs -> 1)))
                .isInstanceOf(RuntimeException.class);
        assertThat(db.openReadConnections()).isEqualTo(before - 1);
        db.write(tx -> tx.insert("INSERT INTO seen (id) VALUES (?)", 7));
        assertThat(count(db)).isEqualTo(1);
    }
}
