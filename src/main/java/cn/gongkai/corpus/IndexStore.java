package cn.gongkai.corpus;

import cn.gongkai.config.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder as a series of complete generations ({@code index/gen-…}) and a pointer file
 * {@code index/CURRENT} naming the one in use. A build writes a new generation beside the old
 * and only then swaps the pointer with an atomic rename, so a reader never sees a half-built
 * index and a build killed halfway leaves the old one serving.
 */
public final class IndexStore {
    /** The file lock guards other processes; this guards other threads of this one. */
    private static final java.util.concurrent.locks.ReentrantLock BUILDS_IN_THIS_JVM =
            new java.util.concurrent.locks.ReentrantLock();
    private static final String POINTER = "CURRENT";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private final Path dir;

    IndexStore(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The generation in use, if any build has ever finished. */
    Optional<Path> current() {
        Path pointer = dir.resolve(POINTER);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path gen = dir.resolve(name);
            return name.startsWith("gen-") && Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, empty folder for the next generation. */
    Path newGeneration() {
        try {
            Files.createDirectories(dir);
            Path gen = dir.resolve("gen-" + LocalDateTime.now().format(STAMP));
            while (Files.exists(gen)) {
                gen = dir.resolve(gen.getFileName() + "x");
            }
            return Files.createDirectory(gen);
        } catch (IOException e) {
            throw new UserException("无法在 " + dir + " 写入索引: " + e.getMessage(), e);
        }
    }

    /** Makes {@code gen} the one in use (atomic), then removes generations nobody will open. */
    void publish(Path gen) {
        Path previous = current().orElse(null);
        try {
            Path tmp = dir.resolve(POINTER + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(gen.getFileName().toString()));
                ch.force(true);
            }
            try {
                Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
            }
            removeOldGenerations(gen, previous);
        } catch (IOException e) {
            throw new UserException("无法更新索引指针 " + dir.resolve(POINTER) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the new generation and the one before it: a reader that has not switched yet may
     * still hold the previous one (on Linux an open file outlives its deletion anyway).
     */
    private void removeOldGenerations(Path keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            var stale = s.filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .filter(p -> !p.equals(keep) && !p.equals(previous))
                    .toList();
            for (Path p : stale) {
                deleteTree(p);
            }
        }
    }

    /**
     * At a build's start (under the build lock, so no other build is writing): removes the
     * generations a killed build left. Names are timestamps, and every build that finished removed
     * what came before it, so a generation newer than the one in use never finished; with none in
     * use, none did.
     */
    void removeUnfinished() {
        try {
            if (!Files.isDirectory(dir)) {
                return;
            }
            String current = current().map(p -> p.getFileName().toString()).orElse("");
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("gen-"))
                        .filter(p -> p.getFileName().toString().compareTo(current) > 0).toList()) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UserException("无法清理 " + dir + " 中未完成的索引: " + e.getMessage(), e);
        }
    }

    /** Removes an unfinished generation left by a build that failed or was killed. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** One build at a time per home (serve and kiosk may both start on an empty home). */
    FileLock lockForBuild() {
        BUILDS_IN_THIS_JVM.lock();
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ReleasingLock(ch.lock());
        } catch (IOException | RuntimeException e) {
            BUILDS_IN_THIS_JVM.unlock();
            throw new UserException("无法在 " + dir + " 写入索引: " + e.getMessage(), e);
        }
    }

    /** Releases the file lock and the in-process lock together. */
    private static final class ReleasingLock extends FileLock {
        private final FileLock inner;

        ReleasingLock(FileLock inner) {
            super(inner.channel(), inner.position(), inner.size(), inner.isShared());
            this.inner = inner;
        }

        @Override
        public boolean isValid() {
            return inner.isValid();
        }

        @Override
        public void release() throws IOException {
            try {
                inner.release();
                inner.channel().close();
            } finally {
                BUILDS_IN_THIS_JVM.unlock();
            }
        }
    }
}
