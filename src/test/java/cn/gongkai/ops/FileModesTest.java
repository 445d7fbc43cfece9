package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database and backups hold phone numbers and texts: only the service's own user may read
 * them, whatever umask it was started with. The commands run in a child JVM under {@code umask
 * 022}, the usual permissive default.
 */
class FileModesTest {
    @TempDir Path home;
    @TempDir Path scratch;

    @Test
    void data_and_backups_are_owner_only_under_a_permissive_umask() throws Exception {
        Path backups = scratch.resolve("backups");
        Path restored = scratch.resolve("restored");
        run("index", "--home", home.toString());
        run("sms", "--home", home.toString(), "--from", "+8613900000001", "低保");
        run("backup", "--home", home.toString(), "--to", backups.toString());
        assertThat(mode(home.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(home.resolve("data/gongkai.db"))).isEqualTo("rw-------");
        assertThat(mode(backups)).isEqualTo("rwx------");
        Path folder;
        try (Stream<Path> list = Files.list(backups)) {
            folder = list.findFirst().orElseThrow();
        }
        assertOwnerOnly(folder);
        assertThat(folder.resolve("gongkai.db")).exists();

        run("restore", "--home", restored.toString(), "--from", folder.toString());
        assertThat(mode(restored.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(restored.resolve("data/gongkai.db"))).isEqualTo("rw-------");
    }

    @Test
    void the_write_ahead_log_and_shared_memory_files_are_owner_only_and_old_modes_are_tightened() throws Exception {
        Home h = new Home(home);
        Files.createDirectories(h.dataDir());
        Files.setPosixFilePermissions(h.dataDir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createFile(h.database());
        // A database from before this change: world-readable in a world-readable folder.
        Files.setPosixFilePermissions(h.database(), PosixFilePermissions.fromString("rw-r--r--"));
        Database db = Database.open(h);
        db.write(tx -> tx.pragma("user_version"));
        assertThat(mode(h.dataDir())).isEqualTo("rwx------");
        assertThat(mode(h.database())).isEqualTo("rw-------");
        // The read connection of this thread stays open: its WAL and shared-memory files exist now.
        db.read(tx -> tx.pragma("user_version"));
        for (String suffix : List.of("-wal", "-shm")) {
            Path f = h.dataDir().resolve("gongkai.db" + suffix);
            assertThat(f).exists();
            assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void every_shipped_systemd_unit_starts_its_process_with_an_owner_only_umask() throws Exception {
        List<Path> units;
        try (Stream<Path> list = Files.list(Path.of("deploy"))) {
            units = list.filter(p -> p.toString().endsWith(".service")).toList();
        }
        assertThat(units).hasSizeGreaterThanOrEqualTo(3);
        for (Path unit : units) {
            assertThat(Files.readAllLines(unit)).as(unit.toString()).contains("UMask=0077");
        }
    }

    static void assertOwnerOnly(Path tree) throws Exception {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.toList()) {
                assertThat(mode(p)).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** One command in a child JVM started by {@code sh} after {@code umask 022}. */
    static void run(String... args) throws Exception {
        List<String> java = new ArrayList<>(ChildProcess.gongkai(List.of()).command());
        java.addAll(List.of(args));
        StringBuilder line = new StringBuilder("umask 022 && exec");
        for (String a : java) {
            line.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Process p = new ProcessBuilder("sh", "-c", line.toString()).redirectErrorStream(true).start();
        String out = ChildProcess.read(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
    }
}
