package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With -Dgongkai.sqlite.walsync=true, the writer commits with synchronous=NORMAL only in WAL mode, where WalSync syncs the WAL before
 * any caller hears back; every other connection keeps FULL.
 */
class WalSyncTest {
    @TempDir Path home;

    private static Database.Work<Void> insert(String code) {
        return tx -> {
            tx.update("INSERT INTO pickup_codes (code, disclosure_id, created_at, expires_at) VALUES (?, 'X', 'a', 'b')", code);
            return null;
        };
    }

    @org.junit.jupiter.api.BeforeEach
    void on() {
        System.setProperty("gongkai.sqlite.walsync", "true");
    }

    @org.junit.jupiter.api.AfterEach
    void off() {
        System.clearProperty("gongkai.sqlite.walsync");
    }

    @Test
    void the_writer_leaves_the_sync_to_the_wal_thread_and_readers_keep_full() {
        Database db = Database.open(new Home(home));
        String mode = db.write(tx -> tx.pragma("journal_mode"));
        String writer = db.write(tx -> tx.pragma("synchronous"));
        String reader = db.read(tx -> tx.pragma("synchronous"));
        assertThat(mode).isEqualToIgnoringCase("wal");
        assertThat(writer).isEqualTo("1"); // NORMAL
        assertThat(reader).isEqualTo("2"); // FULL
        assertThat(db.writeStats().batches()).isPositive();
    }

    @Test
    void writes_come_back_only_after_their_sync_and_a_read_back_waits_for_it() throws Exception {
        Database db = Database.open(new Home(home));
        Path wal = Path.of(db.file() + "-wal");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String code = String.format("%06d", i);
            fs.add(pool.submit(() -> {
                db.write(insert(code));
                db.awaitDurable();
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertThat(Files.exists(wal)).isTrue();
        // A fresh connection (another process, after a crash of this one) finds every write.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pickup_codes")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(400);
        }
    }

    @Test
    void by_default_the_writer_syncs_at_commit() {
        System.clearProperty("gongkai.sqlite.walsync");
        Database db = Database.open(new Home(home));
        String writer = db.write(tx -> tx.pragma("synchronous"));
        assertThat(writer).isEqualTo("2"); // FULL
        db.write(insert("000001"));
        db.awaitDurable(); // nothing pending: returns at once
    }
}
