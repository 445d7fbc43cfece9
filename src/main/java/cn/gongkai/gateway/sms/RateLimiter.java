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
    }

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    Verdict check(String phone) {
        long now = clock.millis();
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> now - w.start > WINDOW_MS);
        }
        Window w = windows.computeIfAbsent(phone, p -> new Window());
        synchronized (w) {
            if (now - w.start > WINDOW_MS) {
                w.start = now;
                w.count = 0;
            }
            w.count++;
            if (w.count <= perMinute) {
                return Verdict.ALLOW;
            }
            return w.count == perMinute + 1 ? Verdict.FIRST_REFUSAL : Verdict.SILENT;
        }
    }
}
