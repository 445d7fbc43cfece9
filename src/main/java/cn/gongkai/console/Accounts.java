package cn.gongkai.console;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Console accounts: created from the shell ({@code user add}), checked at login. After
 * {@link #MAX_FAILURES} wrong passwords in a row the account is locked for {@link #LOCK_TIME},
 * whatever is typed, so a guessed password list gets nowhere.
 */
public final class Accounts {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    /** Someone who may use the console. */
    public record User(String name, Role role) {}

    /** How a login went; {@code user} only when {@code ok}. */
    record Login(boolean ok, User user, String message) {}

    private final Database db;
    private final Clock clock;

    public Accounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds an account, or sets a new password and role for an existing one. */
    public boolean add(String name, Role role, char[] password) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40 || !n.matches("[\\p{L}\\p{N}_.-]+")) {
            throw new UserException("用户名只能用字母、数字、汉字和 _ . - (最多 40 个字): " + name);
        }
        if (password == null || password.length < 8) {
            throw new UserException("密码至少 8 个字符");
        }
        String hash = Passwords.hash(password);
        Arrays.fill(password, '\0');
        Instant now = clock.instant();
        return db.write(tx -> {
            boolean existed = tx.one("SELECT 1 FROM users WHERE name = ?", rs -> 1, n).isPresent();
            tx.update("""
                    INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
                        failed_count = 0, locked_until = NULL, updated_at = excluded.updated_at""",
                    n, role, hash, now, now);
            tx.insert("INSERT INTO audit_log (at, actor, action, request_id, detail) VALUES (?, ?, ?, NULL, ?)",
                    now, "shell", existed ? "USER_UPDATED" : "USER_ADDED", n + " role=" + role);
            return !existed;
        });
    }

    public static Role role(String s) {
        try {
            return Role.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserException("角色只能是 staff 或 admin: " + s);
        }
    }

    /** Checks a password; counts failures and locks the account after too many. */
    Login login(String name, char[] password) {
        String n = name == null ? "" : name.strip();
        Instant now = clock.instant();
        Optional<Stored> found = db.read(tx -> tx.one("SELECT * FROM users WHERE name = ?", Accounts::stored, n));
        if (found.isEmpty()) {
            Passwords.waste(password);
            return new Login(false, null, "用户名或密码不对");
        }
        Stored s = found.get();
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            Passwords.waste(password);
            return new Login(false, null, "密码连续输错 " + MAX_FAILURES + " 次，账号已暂时锁定，请 "
                    + minutes(now, s.lockedUntil()) + " 分钟后再试，或请管理员重设密码");
        }
        if (Passwords.matches(password, s.hash())) {
            db.write(tx -> tx.update("UPDATE users SET failed_count = 0, locked_until = NULL WHERE name = ?", n));
            return new Login(true, new User(n, s.role()), null);
        }
        int failures = db.write(tx -> {
            tx.update("UPDATE users SET failed_count = failed_count + 1 WHERE name = ?", n);
            int f = tx.one("SELECT failed_count FROM users WHERE name = ?", rs -> rs.getInt(1), n).orElse(0);
            if (f >= MAX_FAILURES) {
                tx.update("UPDATE users SET failed_count = 0, locked_until = ? WHERE name = ?", now.plus(LOCK_TIME), n);
                tx.insert("INSERT INTO audit_log (at, actor, action, request_id, detail) VALUES (?, ?, ?, NULL, ?)",
                        now, n, "ACCOUNT_LOCKED", f + " failed logins");
            }
            return f;
        });
        if (failures >= MAX_FAILURES) {
            return new Login(false, null, "密码连续输错 " + MAX_FAILURES + " 次，账号已暂时锁定 "
                    + LOCK_TIME.toMinutes() + " 分钟");
        }
        return new Login(false, null, "用户名或密码不对 (再错 " + (MAX_FAILURES - failures) + " 次将暂时锁定)");
    }

    private static long minutes(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    private record Stored(Role role, String hash, Instant lockedUntil) {}

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                Tx.instant(rs, "locked_until"));
    }
}
