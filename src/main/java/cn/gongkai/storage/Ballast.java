package cn.gongkai.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A reserve against a full disk: a file of zeros next to the database, deleted when the disk
 * fills so that the record and the journal still have room to be written, and laid down again
 * once there is plenty of space. Its size can be set with {@code -Dgongkai.reserve.bytes}.
 */
final class Ballast {
    static final long DEFAULT_BYTES = 4L << 20;

    private final Path file;
    private final long bytes;

    /** {@code share}: this reserve's part of the configured size (the journal's is small). */
    Ballast(Path dataDir, String name, double share) {
        this.file = dataDir.resolve(name);
        this.bytes = (long) (Long.getLong("gongkai.reserve.bytes", DEFAULT_BYTES) * share);
    }

    Path file() {
        return file;
    }

    /** The reserve's size when laid down (0: no reserve). */
    long bytes() {
        return bytes;
    }

    /** Deletes the reserve; true if there was one to free. */
    synchronized boolean release() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    boolean present() {
        return bytes <= 0 || Files.exists(file);
    }

    /**
     * Lays the reserve down if it is missing and the disk has four times its size free, so that
     * laying it down never itself fills the disk. True if it is in place afterwards.
     */
    synchronized boolean restore() {
        if (bytes <= 0 || Files.exists(file)) {
            return bytes <= 0 || Files.exists(file);
        }
        try {
            if (Files.getFileStore(file.getParent()).getUsableSpace() < 4 * bytes) {
                return false;
            }
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
                for (long written = 0; written < bytes; ) {
                    zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - written));
                    written += ch.write(zeros);
                }
                // Written for real (not a sparse file), else deleting it would free nothing.
                ch.force(true);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                return false;
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
