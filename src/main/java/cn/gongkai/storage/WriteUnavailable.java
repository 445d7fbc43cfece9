package cn.gongkai.storage;

import cn.gongkai.config.UserException;

/**
 * The database could not be written for a reason outside the write itself (disk full, read-only,
 * an I/O error, or the lock held past {@link Database#WRITE_WAIT}): what a person did is worth
 * keeping in the {@link Journal} until writing works again.
 */
public final class WriteUnavailable extends UserException {
    private final boolean diskFull;

    WriteUnavailable(String message, boolean diskFull, Throwable cause) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    public boolean diskFull() {
        return diskFull;
    }
}
