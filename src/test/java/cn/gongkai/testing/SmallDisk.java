package cn.gongkai.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small filesystem (tmpfs) for tests of a full disk: mounted on a folder, filled to the
 * last block, emptied again. Needs root (the CI runs as root); skipped elsewhere.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "48m") on {@code dir}, or skips the test. */
    public static SmallDisk mount(Path dir, String size) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot mount a tmpfs here");
        return new SmallDisk(dir);
    }

    /** Writes a file until the filesystem has no space left. */
    public void fill() {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // ENOSPC: that is the point
        }
    }

    /** Space is back. */
    public void empty() throws IOException {
        Files.deleteIfExists(dir.resolve("filler"));
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("umount", "-l", dir.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
}
