package cn.gongkai.terminals;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.AuditLog;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered kiosks. A token is 32 random bytes shown once; only its SHA-256 is stored: a
 * token carries 256 bits of chance, so a slow password hash would add nothing but a cost on
 * every call a kiosk makes.
 */
public final class Terminals {
    /** A registered kiosk as the server knows it. */
    public record Terminal(long id, String name, String hall, String body, Instant registeredAt, Instant revokedAt,
            Instant lastContactAt, String lastContactFrom) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** How stale "last contact" may get before it is written again (a kiosk calls several times a minute). */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Long, Instant> TOUCHED = new ConcurrentHashMap<>();

    private final Database db;
    private final Clock clock;

    public Terminals(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Registers {@code name} and returns its token, which is never stored or shown again. */
    public String register(String name, String hall, String body, String actor) {
        String n = name(name);
        String h = hall == null || hall.isBlank() ? null : limit(hall.strip(), 40, "大厅名称");
        String b = body == null || body.isBlank() ? null : body.strip();
        if (b != null && !b.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new UserException("公开主体编号只能是字母、数字、- 和 _: " + b);
        }
        String token = newToken();
        Instant now = clock.instant();
        db.write(tx -> {
            if (tx.one("SELECT 1 FROM kiosks WHERE name = ?", rs -> 1, n).isPresent()) {
                throw new UserException("已有名为 " + n + " 的自助机；换个名字，或先 kiosk revoke " + n);
            }
            long id = tx.insert("INSERT INTO kiosks (name, hall, body, token_hash, registered_at) VALUES (?, ?, ?, ?, ?)",
                    n, h, b, hash(token), now);
            AuditLog.record(tx, now, actor, "KIOSK_REGISTERED", "kiosk " + id + " " + n + (h == null ? "" : " hall=" + h));
            return id;
        });
        return token;
    }

    /** Revokes {@code name}'s token: its next call is refused. */
    public void revoke(String name, String actor) {
        String n = name(name);
        Instant now = clock.instant();
        db.write(tx -> {
            Terminal t = tx.one("SELECT * FROM kiosks WHERE name = ?", Terminals::row, n)
                    .orElseThrow(() -> new UserException("没有名为 " + n + " 的自助机"));
            if (t.revoked()) {
                throw new UserException("自助机 " + n + " 已于 " + t.revokedAt() + " 停用");
            }
            tx.update("UPDATE kiosks SET revoked_at = ? WHERE id = ?", now, t.id());
            AuditLog.record(tx, now, actor, "KIOSK_REVOKED", "kiosk " + t.id() + " " + n);
            return t.id();
        });
    }

    /**
     * The kiosk holding {@code token}, if it is registered and not revoked; notes the contact and
     * the client address it came from.
     */
    public Optional<Terminal> authenticate(String token, String from) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String h = hash(token.strip());
        Optional<Terminal> t = db.read(tx -> tx.one("SELECT * FROM kiosks WHERE token_hash = ? AND revoked_at IS NULL",
                Terminals::row, h));
        t.ifPresent(k -> touch(k, from));
        return t;
    }

    /** A refused token, for the audit log: the caller's address, never the token. */
    public void refused(String address, String path) {
        Instant now = clock.instant();
        db.write(tx -> AuditLog.record(tx, now, "kiosk-api", "KIOSK_TOKEN_REFUSED",
                "from " + address + " " + limit(path, 80)));
    }

    private void touch(Terminal t, String from) {
        Instant now = clock.instant();
        Instant last = TOUCHED.get(t.id());
        String where = from == null ? null : limit(from, 64);
        if (last != null && Duration.between(last, now).compareTo(TOUCH_EVERY) < 0
                && java.util.Objects.equals(where, t.lastContactFrom())) {
            return;
        }
        TOUCHED.put(t.id(), now);
        db.write(tx -> tx.update("UPDATE kiosks SET last_contact_at = ?, last_contact_from = ? WHERE id = ?", now, where,
                t.id()));
    }

    public List<Terminal> list() {
        return db.read(tx -> tx.list("SELECT * FROM kiosks ORDER BY revoked_at IS NOT NULL, name", Terminals::row));
    }

    static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "gk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (!n.matches("[\\p{IsHan}A-Za-z0-9_.-]{1,30}")) {
            throw new UserException("自助机名称应为 1 到 30 个汉字、字母、数字或 - _ . : " + limit(n, 40));
        }
        return n;
    }

    private static String limit(String s, int max, String what) {
        if (s.length() > max) {
            throw new UserException(what + "最多 " + max + " 个字");
        }
        return s;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static Terminal row(ResultSet rs) throws SQLException {
        return new Terminal(rs.getLong("id"), rs.getString("name"), rs.getString("hall"), rs.getString("body"),
                Tx.instant(rs, "registered_at"), Tx.instant(rs, "revoked_at"), Tx.instant(rs, "last_contact_at"),
                rs.getString("last_contact_from"));
    }
}
