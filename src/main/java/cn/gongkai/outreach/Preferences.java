package cn.gongkai.outreach;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What a number has told us, or staff have registered, that outlives a conversation: its
 * village, whether it opted out of every outbound text, and what it subscribed to.
 */
public final class Preferences {
    /** What a subscription follows. */
    public enum Kind { CATEGORY, VILLAGE }

    /** One subscription of a number. */
    public record Subscription(String phone, Kind kind, String value) {}

    private final Database db;
    private final Clock clock;

    public Preferences(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<String> villageOf(String phone) {
        return db.read(tx -> villageOf(tx, phone));
    }

    /** The same inside a read the caller holds (the SMS webhook reads it with its other state at once). */
    public static Optional<String> villageOf(cn.gongkai.storage.Tx tx, String phone) throws java.sql.SQLException {
        return tx.one("SELECT village FROM village_phones WHERE phone = ?", rs -> rs.getString(1), Numbers.normalize(phone));
    }

    /** Staff register a number's village (the console and {@code sms register-village} call this). */
    public void registerVillage(String phone, String village, String actor) {
        db.write(tx -> {
            setVillage(tx, Numbers.normalize(phone), village, "STAFF", actor);
            return null;
        });
    }

    /** The caller chose their village themselves (the voice line's menu): remembered like 我是石门村的. */
    public void rememberVillage(String phone, String village) {
        db.write(tx -> {
            setVillage(tx, Numbers.normalize(phone), village, "SELF", null);
            return null;
        });
    }

    public boolean forgetVillage(String phone) {
        return db.write(tx -> tx.update("DELETE FROM village_phones WHERE phone = ?", Numbers.normalize(phone)) == 1);
    }

    /** Every registered number and its village (phone, village, source), for the console. */
    public List<String[]> villagePhones() {
        return db.read(tx -> tx.list("SELECT phone, village, source FROM village_phones ORDER BY village, phone",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
    }

    public void setVillage(Tx tx, String phone, String village, String source, String actor) throws SQLException {
        tx.update("""
                INSERT INTO village_phones (phone, village, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET village = excluded.village, source = excluded.source,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                phone, village, source, actor, clock.instant());
    }

    public boolean optedOut(String phone) {
        return db.read(tx -> optedOut(tx, Numbers.normalize(phone)));
    }

    static boolean optedOut(Tx tx, String phone) throws SQLException {
        return tx.one("SELECT 1 FROM sms_opt_outs WHERE phone = ?", rs -> 1, phone).isPresent();
    }

    public void optOut(Tx tx, String phone, String word) throws SQLException {
        tx.update("INSERT INTO sms_opt_outs (phone, word, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", phone, word, clock.instant());
    }

    /** Opt a number out from outside a conversation (the provider reported it unsubscribed). */
    public void optOut(String phone, String word) {
        db.write(tx -> {
            optOut(tx, Numbers.normalize(phone), word);
            return null;
        });
    }

    public void optIn(Tx tx, String phone) throws SQLException {
        tx.update("DELETE FROM sms_opt_outs WHERE phone = ?", phone);
    }

    public void subscribe(Tx tx, String phone, Kind kind, String value) throws SQLException {
        tx.update("INSERT INTO sms_subscriptions (phone, kind, value, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                phone, kind, value, clock.instant());
    }

    public boolean unsubscribe(String phone, Kind kind, String value) {
        return db.write(tx -> tx.update("DELETE FROM sms_subscriptions WHERE phone = ? AND kind = ? AND value = ?",
                phone, kind, value) == 1);
    }

    /** Numbers following a category or one of the villages. */
    public List<Subscription> subscribers(String category, List<String> villages) {
        return db.read(tx -> {
            StringBuilder sql = new StringBuilder("SELECT phone, kind, value FROM sms_subscriptions WHERE (kind = 'CATEGORY' AND value = ?)");
            Object[] args = new Object[1 + villages.size()];
            args[0] = category == null ? "" : category;
            for (int i = 0; i < villages.size(); i++) {
                sql.append(" OR (kind = 'VILLAGE' AND value = ?)");
                args[i + 1] = villages.get(i);
            }
            sql.append(" ORDER BY phone");
            return tx.list(sql.toString(), rs -> new Subscription(rs.getString(1), Kind.valueOf(rs.getString(2)),
                    rs.getString(3)), args);
        });
    }
}
