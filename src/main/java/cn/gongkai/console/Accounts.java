package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Console accounts: created from the shell ({@code user add}), checked at login.
 *
 * <p>Guessing is slowed, not turned into a lockout a stranger can cause: failures are counted
 * per typed name and client address ({@link #PAIR_FAILURES} free), per client address
 * ({@link #ADDRESS_FAILURES}) and per name from anywhere ({@link #NAME_FAILURES}); past that,
 * each failure doubles the wait before the next try, from {@link #FIRST_WAIT} up to
 * {@link #LONGEST_WAIT}. So a stranger's guesses hold up his own address, not the owner at her
 * desk. Every attempt is counted in the same write that checks the wait, before the slow hash:
 * forty attempts sent at once are forty counted attempts. Unknown names are counted and hashed
 * (against a dummy hash) like known ones, and get the same answer.
 */
public final class Accounts {
    static final int PAIR_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final int NAME_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** A key quiet this long starts again from nothing. */
    static final Duration FORGET = Duration.ofHours(1);
    static final String WRONG = "用户名或密码不对";

    /** Costs what a real check costs: an unknown or disabled name is hashed against this. */
    private static final String DUMMY_HASH = Passwords.hash("not any account's password".toCharArray());

    /** Someone who may use the console. */
    public record User(String name, Role role) {}

    /** How a login went; {@code user} and {@code epoch} only when {@code ok}; {@code status} the HTTP answer. */
    record Login(boolean ok, User user, long epoch, int status, String message) {}

    /** An account as it is now: a session re-reads it on every request. */
    record Current(Role role, boolean disabled, long epoch, String body) {}

    private final Database db;
    private final Clock clock;

    public Accounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds an account, or sets a new password and role for an existing one (which also enables
     * it again and ends its open sessions).
     */
    public boolean add(String name, Role role, char[] password) {
        return add(name, role, password, null);
    }

    /**
     * As above, scoped to one disclosing body ({@code body} its id): the account sees only that
     * body's requests, reports and routed inquiries. Null: every body (the platform's office).
     */
    public boolean add(String name, Role role, char[] password, String body) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40 || !n.matches("[\\p{L}\\p{N}_.-]+")) {
            throw new UserException("用户名只能用字母、数字、汉字和 _ . - (最多 40 个字): " + name);
        }
        String hash = hashOf(password);
        Instant now = clock.instant();
        return db.write(tx -> {
            boolean existed = tx.one("SELECT 1 FROM users WHERE name = ?", rs -> 1, n).isPresent();
            tx.update("""
                    INSERT INTO users (name, role, password_hash, created_at, updated_at, body_id) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
                        failed_count = 0, locked_until = NULL, disabled_at = NULL, body_id = excluded.body_id,
                        session_epoch = users.session_epoch + 1, updated_at = excluded.updated_at""",
                    n, role, hash, now, now, body);
            audit(tx, now, existed ? "USER_UPDATED" : "USER_ADDED", n + " role=" + role + " body=" + (body == null ? "all" : body));
            return !existed;
        });
    }

    /** {@code user passwd}: a new password; every open session of the account ends. */
    public void passwd(String name, char[] password) {
        String hash = hashOf(password);
        Instant now = clock.instant();
        change(name, "USER_PASSWORD_SET", tx -> tx.update("""
                UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1, updated_at = ? WHERE name = ?""",
                hash, now, name.strip()));
    }

    /** {@code user disable}: no more logins, and open sessions end at their next request. */
    public void disable(String name) {
        Instant now = clock.instant();
        change(name, "USER_DISABLED", tx -> tx.update("""
                UPDATE users SET disabled_at = ?, session_epoch = session_epoch + 1, updated_at = ? WHERE name = ?""",
                now, now, name.strip()));
    }

    /** {@code user unlock}: forgets the failed logins of that name, from every address. */
    public void unlock(String name) {
        String n = name.strip();
        change(name, "USER_UNLOCKED", tx -> tx.update("""
                DELETE FROM login_throttle WHERE key = ? OR substr(key, 1, length(?)) = ?""",
                nameKey(n), pairPrefix(n), pairPrefix(n)));
    }

    private interface Change {
        void apply(Tx tx) throws java.sql.SQLException;
    }

    private void change(String name, String action, Change change) {
        String n = name == null ? "" : name.strip();
        Instant now = clock.instant();
        db.write(tx -> {
            if (tx.one("SELECT 1 FROM users WHERE name = ?", rs -> 1, n).isEmpty()) {
                throw new UserException("没有这个账号: " + n);
            }
            change.apply(tx);
            audit(tx, now, action, n);
            return null;
        });
    }

    private static String hashOf(char[] password) {
        if (password == null || password.length < 8) {
            throw new UserException("密码至少 8 个字符");
        }
        String hash = Passwords.hash(password);
        Arrays.fill(password, '\0');
        return hash;
    }

    public static Role role(String s) {
        try {
            return Role.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserException("角色只能是 staff 或 admin: " + s);
        }
    }

    /** The account as it stands, empty when there is none. */
    Optional<Current> current(String name) {
        return db.read(tx -> tx.one("SELECT role, disabled_at, session_epoch, body_id FROM users WHERE name = ?",
                rs -> new Current(Role.valueOf(rs.getString(1)), rs.getString(2) != null, rs.getLong(3), rs.getString(4)),
                name));
    }

    /** A throttle counter: its key and how many failures it forgives. */
    private record Key(String key, int free) {}

    private static String nameKey(String n) {
        return "name\t" + n;
    }

    private static String pairPrefix(String n) {
        return "pair\t" + n + "\t";
    }

    private record Gate(Instant waitUntil, Stored stored) {}

    /** Checks a password from {@code address}; see the class comment for how guessing is slowed. */
    Login login(String name, char[] password, String address) {
        String n = name == null ? "" : name.strip();
        Instant now = clock.instant();
        List<Key> keys = List.of(new Key(pairPrefix(n) + address, PAIR_FAILURES),
                new Key("addr\t" + address, ADDRESS_FAILURES), new Key(nameKey(n), NAME_FAILURES));
        Gate gate = db.write(tx -> {
            tx.update("DELETE FROM login_throttle WHERE last_at < ?", now.minus(FORGET));
            Instant wait = null;
            for (Key k : keys) {
                Optional<Instant> until = tx.one("""
                        SELECT blocked_until FROM login_throttle WHERE key = ? AND blocked_until IS NOT NULL""",
                        rs -> Tx.instant(rs, "blocked_until"), k.key());
                if (until.isPresent() && now.isBefore(until.get()) && (wait == null || until.get().isAfter(wait))) {
                    wait = until.get();
                }
            }
            if (wait != null) {
                return new Gate(wait, null);
            }
            // Counted as a failure now; a right password takes it back afterwards.
            for (Key k : keys) {
                int f = tx.one("SELECT failures FROM login_throttle WHERE key = ?", rs -> rs.getInt(1), k.key()).orElse(0) + 1;
                Instant until = f >= k.free() ? now.plus(waitAfter(f - k.free())) : null;
                tx.update("""
                        INSERT INTO login_throttle (key, failures, last_at, blocked_until) VALUES (?, ?, ?, ?)
                        ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at,
                            blocked_until = excluded.blocked_until""", k.key(), f, now, until);
                if (f == k.free()) {
                    audit(tx, now, "LOGIN_THROTTLED", k.key().replace('\t', ' ') + " after " + f + " failed logins");
                }
            }
            return new Gate(null, tx.one("SELECT * FROM users WHERE name = ?", Accounts::stored, n).orElse(null));
        });
        if (gate.waitUntil() != null) {
            Arrays.fill(password, '\0');
            return new Login(false, null, 0, 429, "登录尝试过多，已暂时锁定，请 " + minutes(now, gate.waitUntil())
                    + " 分钟后再试；急用请管理员解锁");
        }
        Stored s = gate.stored();
        boolean usable = s != null && !s.disabled();
        boolean matches = Passwords.matches(password, usable ? s.hash() : DUMMY_HASH);
        Arrays.fill(password, '\0');
        if (!usable || !matches) {
            return new Login(false, null, 0, 401, WRONG);
        }
        db.write(tx -> {
            tx.update("DELETE FROM login_throttle WHERE key IN (?, ?)", keys.get(0).key(), keys.get(2).key());
            // The address keeps its other failures: logging into one's own account must not
            // wipe out guesses at other names from the same place.
            tx.update("""
                    UPDATE login_throttle SET failures = failures - 1,
                        blocked_until = CASE WHEN failures - 1 >= ? THEN blocked_until END WHERE key = ?""",
                    keys.get(1).free(), keys.get(1).key());
            return null;
        });
        return new Login(true, new User(n, s.role()), s.epoch(), 200, null);
    }

    /** The wait after the k-th failure past the free ones: doubling, with a ceiling. */
    static Duration waitAfter(int k) {
        Duration d = FIRST_WAIT.multipliedBy(1L << Math.min(k, 20));
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    /** Changes to accounts come from the shell; a throttle is the system's own doing. */
    private static void audit(Tx tx, Instant now, String action, String detail) throws java.sql.SQLException {
        AuditLog.record(tx, now, action.equals("LOGIN_THROTTLED") ? "system" : "shell", action, detail);
    }

    private static long minutes(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    private record Stored(Role role, String hash, boolean disabled, long epoch) {}

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                rs.getString("disabled_at") != null, rs.getLong("session_epoch"));
    }
}
