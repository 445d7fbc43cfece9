package cn.gongkai.console;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Console sessions, kept in the database (table {@code console_sessions}): with several nodes
 * behind nginx, a staff member stays logged in when the node they logged in on goes down, and
 * the next request may land on any node. A session ends after {@code idle} without a request,
 * after {@code lifetime} however busy (a stolen cookie is not good forever), or at logout (the
 * row is deleted); {@link Auth} also ends it when the account changed under it. The database
 * keeps a hash of the cookie's secret, never the secret itself.
 */
final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen is written at most this often: a page's burst of requests is one write, not ten. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(15);

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
        private final Sessions store;

        Session(Sessions store, String id, Accounts.User user, long epoch, String csrf, Instant opened, Instant lastSeen) {
            this.store = store;
            this.id = id;
            this.user = user;
            this.epoch = epoch;
            this.csrf = csrf;
            this.opened = opened;
            this.lastSeen = lastSeen;
        }

        /** A message for the next page, which may be served by another node. */
        void flash(String message, boolean error) {
            this.flash = message;
            this.flashError = error;
            store.db.write(tx -> tx.update("UPDATE console_sessions SET flash = ?, flash_error = ? WHERE id_hash = ?",
                    message, error ? 1 : 0, hash(id)));
        }

        /** The flash was shown: gone from the database too (only when there was one). */
        void clearFlash() {
            if (flash != null) {
                flash = null;
                store.db.write(tx -> tx.update("UPDATE console_sessions SET flash = NULL WHERE id_hash = ?", hash(id)));
            }
        }

        /** The body the switcher looks at, kept with the session. */
        void viewing(String bodyId) {
            this.viewing = bodyId;
            store.db.write(tx -> tx.update("UPDATE console_sessions SET viewing = ? WHERE id_hash = ?", bodyId, hash(id)));
        }
    }

    private final Database db;
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;

    Sessions(Database db, Clock clock, Duration idle, Duration lifetime) {
        this.db = db;
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    Duration idle() {
        return idle;
    }

    Session open(Accounts.User user, long epoch) {
        Instant now = clock.instant();
        Session s = new Session(this, token(), user, epoch, token(), now, now);
        db.write(tx -> {
            // Sessions nobody ended (the browser was closed) go when the next one opens.
            tx.update("DELETE FROM console_sessions WHERE last_seen < ? OR opened_at < ?", now.minus(idle), now.minus(lifetime));
            return tx.update("""
                    INSERT INTO console_sessions (id_hash, user_name, role, epoch, csrf, opened_at, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", hash(s.id), user.name(), user.role().name(), epoch, s.csrf, now, now);
        });
        return s;
    }

    /** The live session with that id, touched; an idle or too old one is dropped. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        Optional<Session> found = db.read(tx -> tx.one("SELECT * FROM console_sessions WHERE id_hash = ?",
                rs -> session(id, rs), hash(id)));
        if (found.isEmpty()) {
            return found;
        }
        Session s = found.get();
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen.plus(idle)) || now.isAfter(s.opened.plus(lifetime))) {
            close(id);
            return Optional.empty();
        }
        Duration touch = idle.dividedBy(4).compareTo(TOUCH_EVERY) < 0 ? idle.dividedBy(4) : TOUCH_EVERY;
        if (now.isAfter(s.lastSeen.plus(touch))) {
            db.write(tx -> tx.update("UPDATE console_sessions SET last_seen = ? WHERE id_hash = ?", now, hash(id)));
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void close(String id) {
        if (id != null) {
            db.write(tx -> tx.update("DELETE FROM console_sessions WHERE id_hash = ?", hash(id)));
        }
    }

    private Session session(String id, ResultSet rs) throws SQLException {
        Session s = new Session(this, id, new Accounts.User(rs.getString("user_name"), Role.valueOf(rs.getString("role"))),
                rs.getLong("epoch"), rs.getString("csrf"), Tx.instant(rs, "opened_at"), Tx.instant(rs, "last_seen"));
        s.viewing = rs.getString("viewing");
        s.flash = rs.getString("flash");
        s.flashError = rs.getInt("flash_error") != 0;
        return s;
    }

    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
