package cn.gongkai.inquiries;

import cn.gongkai.storage.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 取件码: six digits an SMS reply gives, which open the same disclosure in large print at the
 * service-hall kiosk. Digits only, because the kiosk has a number pad and old phones show
 * digits clearly; random, so one person's code does not lead to another's.
 */
public final class PickupCodes {
    /** Long enough to come to the hall on market day; short enough that codes do not pile up. */
    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    public PickupCodes(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A fresh code for the disclosure, valid for {@link #LIFETIME}. */
    public String issue(String disclosureId) {
        Instant now = clock.instant();
        return db.write(tx -> issue(tx, disclosureId, now));
    }

    /** The same inside the caller's transaction (a journal replay). */
    public static String issue(cn.gongkai.storage.Tx tx, String disclosureId, Instant now) throws java.sql.SQLException {
        tx.update("DELETE FROM pickup_codes WHERE expires_at < ?", now);
        while (true) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (tx.one("SELECT 1 FROM pickup_codes WHERE code = ?", rs -> 1, code).isEmpty()) {
                tx.update("INSERT INTO pickup_codes (code, disclosure_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                        code, disclosureId, now, now.plus(LIFETIME));
                return code;
            }
        }
    }

    /** The disclosure a code opens, if the code exists and has not expired. */
    public Optional<String> resolve(String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return db.read(tx -> tx.one("SELECT disclosure_id FROM pickup_codes WHERE code = ? AND expires_at >= ?",
                rs -> rs.getString(1), code.strip(), now));
    }
}
