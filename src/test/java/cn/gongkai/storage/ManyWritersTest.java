package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@link Database}s on one file stand for two processes (serve and a command): each has its own
 * writer and its own connections, so they meet only at SQLite's file lock.
 */
class ManyWritersTest {
    @TempDir Path home;

    @Test
    void a_second_writer_gets_its_turn_while_the_first_is_under_a_steady_stream() throws Exception {
        Database serve = Database.open(new Home(home));
        Database command = Database.open(new Home(home));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger streamed = new AtomicInteger();
        ExecutorService stream = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            stream.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String code = String.format("%d%05d", thread, i);
                    serve.write(tx -> tx.update("INSERT INTO pickup_codes (code, disclosure_id, created_at, expires_at)"
                            + " VALUES (?, 'X', 'a', 'b')", code));
                    streamed.incrementAndGet();
                    Thread.sleep(20);
                }
                return null;
            });
        }
        Thread.sleep(500);
        long maxWait = 0;
        try {
            for (int i = 0; i < 15; i++) {
                String code = String.format("9%05d", i);
                long t0 = System.nanoTime();
                command.write(tx -> tx.update("INSERT INTO pickup_codes (code, disclosure_id, created_at, expires_at)"
                        + " VALUES (?, 'X', 'a', 'b')", code));
                maxWait = Math.max(maxWait, (System.nanoTime() - t0) / 1_000_000);
                // The command process opens its database afresh each time, as `requests add` does.
                command = Database.open(new Home(home));
            }
        } finally {
            stop.set(true);
            stream.shutdown();
            assertThat(stream.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        System.out.printf("[two writers] stream %d writes; second writer 15 of 15, longest wait %d ms%n",
                streamed.get(), maxWait);
        assertThat(streamed.get()).isGreaterThan(100);
        assertThat(maxWait).as("longest wait of the second writer (ms)").isLessThan(Database.WRITE_WAIT.toMillis());
        long rows = serve.read(tx -> tx.one("SELECT count(*) FROM pickup_codes", rs -> rs.getLong(1)).orElseThrow());
        assertThat(rows).isEqualTo(streamed.get() + 15L);
    }
}
