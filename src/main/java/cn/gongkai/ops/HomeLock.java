package cn.gongkai.ops;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who is using a home. {@code serve} and {@code kiosk} hold a shared lock on {@code gongkai.lock}
 * for as long as they run; {@code restore} needs it exclusively, so it cannot swap the database
 * from under a running service (which would go on writing to the deleted file), and a service
 * cannot start in the middle of a restore. The operating system drops the lock when the process
 * dies, however it dies: there is no stale lock to clean up.
 */
public final class HomeLock implements AutoCloseable {
    static final String FILE = "gongkai.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Held by a running {@code serve} or {@code kiosk}; several may share the home. */
    public static HomeLock inUse(Home home) {
        Path file = create(home);
        // Read-only is enough for a shared lock, and works when root made the file during a restore.
        FileChannel channel = open(file, StandardOpenOption.READ);
        FileLock lock = tryLock(channel, file, true);
        if (lock == null) {
            closeQuietly(channel);
            throw new UserException("正在恢复备份到 " + home.root() + ", 请等恢复完成后再启动");
        }
        return new HomeLock(channel, lock);
    }

    /** Taken by {@code restore}: refused in one line while anything else uses the home. */
    public static HomeLock exclusive(Home home) {
        Path file = create(home);
        FileChannel channel = open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel, file, false);
        if (lock == null) {
            closeQuietly(channel);
            throw new UserException(home.root() + " 正在使用中 (serve 或自助终端在运行), 请先停止它们再恢复");
        }
        return new HomeLock(channel, lock);
    }

    /** The lock, or null when another holder's lock is in the way (in this JVM or another). */
    private static FileLock tryLock(FileChannel channel, Path file, boolean shared) {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException inThisProcess) {
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserException("无法锁定 " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path create(Home home) {
        Path file = home.root().resolve(FILE);
        try {
            Files.createDirectories(home.root());
            Files.createFile(file);
        } catch (FileAlreadyExistsException exists) {
            // the usual case after the first start
        } catch (IOException e) {
            throw new UserException("无法创建 " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static FileChannel open(Path file, StandardOpenOption... options) {
        try {
            return FileChannel.open(file, options);
        } catch (IOException e) {
            throw new UserException("无法打开 " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases nothing we still need
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }
}
