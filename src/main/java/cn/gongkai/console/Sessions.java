package cn.gongkai.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, kept in memory: a restart logs everyone out, which is what an office PC
 * wants. A session ends after {@code idle} without a request, or at logout.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One logged-in person: the cookie's secret id, the CSRF token every form carries, a one-shot message. */
    static final class Session {
        final String id;
        final Accounts.User user;
        final String csrf;
        volatile Instant lastSeen;
        volatile String flash;
        volatile boolean flashError;

        Session(String id, Accounts.User user, String csrf, Instant now) {
            this.id = id;
            this.user = user;
            this.csrf = csrf;
            this.lastSeen = now;
        }

        void flash(String message, boolean error) {
            this.flash = message;
            this.flashError = error;
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    Duration idle() {
        return idle;
    }

    Session open(Accounts.User user) {
        Session s = new Session(token(), user, token(), clock.instant());
        byId.put(s.id, s);
        return s;
    }

    /** The live session with that id, touched; an idle one is dropped. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen.plus(idle))) {
            byId.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
