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
 * wants. A session ends after {@code idle} without a request, after {@code lifetime} however
 * busy (a stolen cookie is not good forever), or at logout; {@link Auth} also ends it when the
 * account changed under it.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One logged-in person: the cookie's secret id, the CSRF token every form carries, a one-shot message. */
    static final class Session {
        final String id;
        /** The account as last read: the role is refreshed on every request. */
        volatile Accounts.User user;
        /** The one body the account is scoped to, re-read on every request; null: every body. */
        volatile String body;
        /** The body a platform account is looking at (console switcher); null: every body. */
        volatile String viewing;
        /** The account's session epoch at login; a password change or disable moves it on. */
        final long epoch;
        final String csrf;
        final Instant opened;
        volatile Instant lastSeen;
        volatile String flash;
        volatile boolean flashError;

        Session(String id, Accounts.User user, long epoch, String csrf, Instant now) {
            this.id = id;
            this.user = user;
            this.epoch = epoch;
            this.csrf = csrf;
            this.opened = now;
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
    private final Duration lifetime;

    Sessions(Clock clock, Duration idle, Duration lifetime) {
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    Duration idle() {
        return idle;
    }

    Session open(Accounts.User user, long epoch) {
        Session s = new Session(token(), user, epoch, token(), clock.instant());
        byId.put(s.id, s);
        return s;
    }

    /** The live session with that id, touched; an idle or too old one is dropped. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen.plus(idle)) || now.isAfter(s.opened.plus(lifetime))) {
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
