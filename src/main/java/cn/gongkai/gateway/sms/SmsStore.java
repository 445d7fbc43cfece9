package cn.gongkai.gateway.sms;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of conversation state and of replies already given (table {@code sms_sessions}, {@code sms_replies}). */
final class SmsStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    SmsStore(Database db) {
        this.db = db;
    }

    Database db() {
        return db;
    }

    Optional<Session> session(String phone) {
        return db.read(tx -> tx.one("SELECT * FROM sms_sessions WHERE phone = ?", rs -> new Session(
                rs.getString("phone"), rs.getString("query"), rs.getString("village"), rs.getInt("next_offset"),
                rs.getInt("total"), ids(rs.getString("shown_ids")),
                rs.getObject("last_inquiry_id") == null ? null : rs.getLong("last_inquiry_id"),
                Tx.instant(rs, "updated_at")), phone));
    }

    static void save(Tx tx, Session s) throws SQLException {
        tx.update("""
                INSERT INTO sms_sessions (phone, query, village, next_offset, total, shown_ids, last_inquiry_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET query = excluded.query, village = excluded.village,
                    next_offset = excluded.next_offset, total = excluded.total, shown_ids = excluded.shown_ids,
                    last_inquiry_id = excluded.last_inquiry_id, updated_at = excluded.updated_at""",
                s.phone(), s.query(), s.village(), s.nextOffset(), s.total(), json(s.shownIds()), s.lastInquiryId(),
                s.updatedAt());
    }

    /** The reply already given to this message id, if any (a Twilio retry). */
    Optional<String> replyTo(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        return db.read(tx -> tx.one("SELECT reply FROM sms_replies WHERE message_id = ?", rs -> rs.getString(1),
                messageId));
    }

    /** The same inside a write: the one place two deliveries of one message cannot both miss it. */
    static Optional<String> replyTo(Tx tx, String messageId) throws SQLException {
        if (messageId == null) {
            return Optional.empty();
        }
        return tx.one("SELECT reply FROM sms_replies WHERE message_id = ?", rs -> rs.getString(1), messageId);
    }

    static void saveReply(Tx tx, String messageId, long inquiryId, String reply, Instant at) throws SQLException {
        if (messageId != null) {
            tx.update("INSERT INTO sms_replies (message_id, inquiry_id, reply, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    messageId, inquiryId, reply, at);
        }
    }

    private static String json(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
