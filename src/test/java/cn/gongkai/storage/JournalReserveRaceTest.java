package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.testing.SmallDisk;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts arriving together at the moment the disk fills: every one of them must be kept by the
 * journal's reserve, also when another writer (a thread, or another process sharing the home)
 * freed that reserve between this writer's failed append and its own release.
 */
class JournalReserveRaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void appends_racing_onto_a_full_disk_are_all_kept_by_the_reserve() throws Exception {
        Path mount = dir.resolve("small");
        String before = System.getProperty("gongkai.reserve.bytes");
        System.setProperty("gongkai.reserve.bytes", String.valueOf(256 * 1024));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SmallDisk disk = SmallDisk.mount(mount, "4m")) {
            Ballast reserve = new Ballast(mount, "journal-reserve.bin", 1.0);
            Journal journal = new Journal(mount.resolve("journal.jsonl"), reserve);
            String text = "满盘时到达的短信".repeat(40);
            for (int round = 0; round < 30; round++) {
                disk.empty();
                Files.deleteIfExists(mount.resolve("journal.jsonl"));
                assertThat(reserve.restore()).as("reserve laid down").isTrue();
                disk.fill();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> all = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int n = t;
                    all.add(pool.submit(() -> {
                        go.await();
                        journal.append("inquiry", JSON.createObjectNode().put("n", n).put("text", text));
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : all) {
                    f.get(); // 8 lines of ~1 KB: far less than the reserve, so none may fail
                }
                assertThat(Files.readAllLines(mount.resolve("journal.jsonl"))).as("round " + round).hasSize(8);
            }
        } finally {
            pool.shutdownNow();
            if (before == null) {
                System.clearProperty("gongkai.reserve.bytes");
            } else {
                System.setProperty("gongkai.reserve.bytes", before);
            }
        }
    }
}
