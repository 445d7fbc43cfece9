package cn.gongkai.storage;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the log file off the room a full disk leaves for the journal. When the disk fills, the
 * journal frees its reserve so that texts and taps the database cannot take are still kept; a log
 * file on the same disk would spend that room on lines about the trouble (a stack trace is
 * kilobytes, a journal line a few hundred bytes) until a text is kept nowhere. So while a watched
 * journal reserve is released, lines to the log file are left out and counted; the database says
 * how many once the reserve is back ({@link #takeDropped()}). Named in {@code logback.xml} on the
 * file appender; logs on another disk are never held back.
 */
public final class JournalRoomLogFilter extends Filter<ILoggingEvent> {
    /** Journal reserves by file: one home's databases opened twice in a process are one entry. */
    private static final Map<Path, Ballast> WATCHED = new ConcurrentHashMap<>();
    private static final AtomicLong DROPPED = new AtomicLong();

    @Override
    public FilterReply decide(ILoggingEvent event) {
        for (Ballast reserve : WATCHED.values()) {
            if (!reserve.present()) {
                DROPPED.incrementAndGet();
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** Watches {@code reserve} if the log folder ({@code gongkai.logs}) is on the same disk as it. */
    static void watch(Ballast reserve, String logs) {
        if (reserve.bytes() <= 0 || logs == null || !sameDisk(Path.of(logs), reserve.file().getParent())) {
            return;
        }
        WATCHED.put(reserve.file().toAbsolutePath().normalize(), reserve);
    }

    static void unwatchAll() {
        WATCHED.clear();
    }

    /** How many lines were left out since the last call. */
    static long takeDropped() {
        return DROPPED.getAndSet(0);
    }

    private static boolean sameDisk(Path a, Path b) {
        try {
            Path existing = a;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).equals(Files.getFileStore(b));
        } catch (IOException e) {
            return true; // cannot tell: keeping the journal's room matters more than these lines
        }
    }
}
