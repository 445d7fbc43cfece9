package cn.gongkai.gateway.sms;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-number limit over a one-minute window, in memory: a flood from one phone gets one polite
 * reply and then silence (a reply to every flood text would cost money and feed a loop), while
 * other numbers are not touched. Lost on restart, which is harmless.
 */
final class RateLimiter {
    enum Verdict { ALLOW, FIRST_REFUSAL, SILENT }

    private static final long WINDOW_MS = 60_000;
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long start;
        int count;
        /** Message ids counted in this window: a carrier's retry of one message is not a second text. */
        final java.util.Set<String> seen = new java.util.HashSet<>();
    }

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one text from {@code phone}; a message id seen in this window is let through uncounted. */
    Verdict check(String phone, String messageId) {
        long now = clock.millis();
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> now - w.start > WINDOW_MS);
        }
        Window w = windows.computeIfAbsent(phone, p -> new Window());
        synchronized (w) {
            if (now - w.start > WINDOW_MS) {
                w.start = now;
                w.count = 0;
                w.seen.clear();
            }
            if (messageId != null && !w.seen.add(messageId)) {
                return Verdict.ALLOW;
            }
            w.count++;
            if (w.count <= perMinute) {
                return Verdict.ALLOW;
            }
            return w.count == perMinute + 1 ? Verdict.FIRST_REFUSAL : Verdict.SILENT;
        }
    }
}
