package cn.gongkai.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders 0700 and files 0600: the database and its backups hold villagers' phone numbers and
 * texts. Modes are set explicitly after creation, because a mode given at creation is cut by
 * the process umask and a permissive one (022) would still be honoured for later files. On a
 * file system without POSIX modes (Windows) this does nothing.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates {@code dir} (and missing parents, with default modes) and makes {@code dir} itself 0700. */
    public static Path directory(Path dir) {
        boolean existed = Files.isDirectory(dir);
        try {
            if (!existed) {
                Files.createDirectories(dir.toAbsolutePath().getParent());
                try {
                    if (POSIX) {
                        Files.createDirectory(dir, attribute(DIR));
                    } else {
                        Files.createDirectory(dir);
                    }
                } catch (FileAlreadyExistsException e) {
                    // Made meanwhile by another process (its mode is set below), or a file is in the way.
                    if (!Files.isDirectory(dir)) {
                        throw e;
                    }
                }
            }
            set(dir, DIR);
            return dir;
        } catch (IOException e) {
            throw new UserException((existed ? "无法把文件夹 " + dir + " 设为仅本用户可读: "
                    : "无法创建文件夹 " + dir + ": ") + e.getMessage(), e);
        }
    }

    /** Creates {@code dir} 0700 only if missing; an existing folder (say {@code /tmp}) is left as it is. */
    public static Path directoryIfMissing(Path dir) {
        return Files.isDirectory(dir) ? dir : directory(dir);
    }

    /** Makes an existing file 0600 (a missing one is fine: nothing to protect yet). */
    public static void file(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                set(file, FILE);
            } catch (IOException e) {
                throw new UserException("无法把 " + file + " 设为仅本用户可读: " + e.getMessage(), e);
            }
        }
    }

    /** Creates an empty file 0600 if missing, else makes it 0600. */
    public static void createFile(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (POSIX) {
                    Files.createFile(file, attribute(FILE));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile by another process; its mode is set below
            } catch (IOException e) {
                throw new UserException("无法创建 " + file + ": " + e.getMessage(), e);
            }
        }
        file(file);
    }

    /** Every folder under {@code root} (itself included) 0700, every file 0600. */
    public static void tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, DIR);
                } else {
                    set(p, FILE);
                }
            }
        } catch (IOException e) {
            throw new UserException("无法把 " + root + " 设为仅本用户可读: " + e.getMessage(), e);
        }
    }

    private static void set(Path p, Set<PosixFilePermission> mode) throws IOException {
        if (POSIX && !Files.isSymbolicLink(p) && !mode.equals(Files.getPosixFilePermissions(p))) {
            Files.setPosixFilePermissions(p, mode);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }
}
