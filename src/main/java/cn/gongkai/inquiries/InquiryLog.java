package cn.gongkai.inquiries;

import cn.gongkai.requests.Phones;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The log of every question from every channel (kiosk, SMS, voice, console). Channels call
 * {@link #record}; staff export it. Phone numbers are stored for call-backs, masked on the way
 * out unless asked for, and never passed to a logger.
 */
public final class InquiryLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public InquiryLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Logs one inquiry and returns its id. Idempotent on {@code externalId}: Twilio retries a
     * webhook it thinks failed, and the repeat returns the first id without a second row.
     */
    public long record(NewInquiry q) {
        if (q.channel() == null || q.text() == null) {
            throw new IllegalArgumentException("an inquiry needs a channel and a text");
        }
        Instant at = q.at() == null ? clock.instant() : q.at();
        return db.write(tx -> record(tx, q, at));
    }

    /**
     * The same inside a caller's transaction (the SMS channel logs a text together with the reply
     * it gives, in one commit). {@code at} is used when the inquiry has no time of its own.
     */
    public static long record(Tx tx, NewInquiry q, Instant at) throws SQLException {
        if (q.channel() == null || q.text() == null) {
            throw new IllegalArgumentException("an inquiry needs a channel and a text");
        }
        Instant when = q.at() == null ? at : q.at();
        // One statement where three ran on every logged text (the look-up of a retry's row, the
        // insert, SQLite's last_insert_rowid()): the insert gives way to a row already logged for
        // the same external id, and says the new id itself. Both databases know ON CONFLICT and
        // RETURNING; on PostgreSQL a second node's insert of the same id now waits and gives way
        // instead of failing its transaction.
        Optional<Long> inserted = tx.one("""
                INSERT INTO inquiries (channel, at, village, text, result_ids, nothing_found, sender_phone,
                                       external_id, recording_url, category)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (external_id) DO NOTHING RETURNING id""", rs -> rs.getLong(1),
                q.channel(), when, q.village(), q.text(), toJson(q.resultIds()), q.nothingFound(), q.senderPhone(),
                q.externalId(), q.recordingUrl(), q.category());
        if (inserted.isPresent()) {
            return inserted.get();
        }
        // Only a row with the same external id stops the insert (rows are never deleted): a retry
        // returns the first id.
        return tx.one("SELECT id FROM inquiries WHERE external_id = ?", rs -> rs.getLong(1), q.externalId())
                .orElseThrow();
    }

    /**
     * Rewrites what a call-long inquiry says as the call goes on (the voice line logs one row
     * per call and fills it in step by step): what was asked, what was read out, the recording.
     */
    public static void update(Tx tx, long id, String village, String text, List<String> resultIds,
            boolean nothingFound, String recordingUrl, String category) throws SQLException {
        tx.update("""
                UPDATE inquiries SET village = ?, text = ?, result_ids = ?, nothing_found = ?, recording_url = ?,
                    category = ? WHERE id = ?""",
                village, text, toJson(resultIds), nothingFound, recordingUrl, category, id);
    }

    /**
     * Retention (个人信息保护法 Art. 19: kept no longer than the purpose needs): removes the phone
     * numbers, texts and recordings of inquiries older than {@code cutoff}, keeping each row's
     * channel, date, village, results and feedback, which the yearly counts are made of. Whatever
     * else holds the number or the words of those inquiries goes too: the SMS conversation state
     * and the replies given (they quote the villager), a call's working state, the texts a call
     * asked for. Then the bytes: deleted with {@code secure_delete} (SQLite zeroes what it frees),
     * the file rebuilt and the WAL emptied (see {@link Database#scrub()}), so the words are not
     * left in free pages or in old WAL frames. Returns how many inquiries were cleared.
     */
    public int purgeOlderThan(Instant cutoff) {
        int n = db.write(tx -> {
            String was = tx.pragma("secure_delete");
            tx.pragma("secure_delete=ON");
            try {
                String old = "SELECT id FROM inquiries WHERE at < ?";
                tx.update("DELETE FROM voice_steps WHERE at < ? OR call_sid IN (SELECT call_sid FROM voice_calls"
                        + " WHERE inquiry_id IN (" + old + "))", cutoff, cutoff);
                tx.update("DELETE FROM voice_calls WHERE updated_at < ? OR inquiry_id IN (" + old + ")", cutoff, cutoff);
                tx.update("DELETE FROM sms_replies WHERE at < ? OR inquiry_id IN (" + old + ")", cutoff, cutoff);
                tx.update("DELETE FROM sms_sessions WHERE updated_at < ? OR last_inquiry_id IN (" + old + ")",
                        cutoff, cutoff);
                // "3: send this to me" from a call: the caller's number, once the text is settled.
                tx.update("""
                        DELETE FROM outbox WHERE kind = 'VOICE_COPY' AND created_at < ?
                            AND status IN ('SENT', 'FAILED', 'SUPPRESSED')""", cutoff);
                return tx.update("""
                        UPDATE inquiries SET sender_phone = NULL, text = '', recording_url = NULL
                        WHERE at < ? AND (sender_phone IS NOT NULL OR text <> '' OR recording_url IS NOT NULL)""",
                        cutoff);
            } finally {
                tx.pragma("secure_delete=" + ("1".equals(was) ? "ON" : "OFF"));
            }
        });
        db.scrub();
        return n;
    }

    /** The inquirer said whether the answer helped; returns false if there is no such inquiry. */
    public boolean feedback(long id, boolean helpful) {
        Instant now = clock.instant();
        return db.write(tx -> tx.update("UPDATE inquiries SET feedback = ?, feedback_at = ? WHERE id = ?",
                helpful ? "HELPFUL" : "UNHELPFUL", now, id) == 1);
    }

    /** The inquiry with that Twilio id, if it was logged (e.g. to attach a recording later). */
    public java.util.Optional<Inquiry> byExternalId(String externalId) {
        return db.read(tx -> tx.one("SELECT * FROM inquiries WHERE external_id = ?", InquiryLog::inquiry, externalId));
    }

    /** One inquiry by its id (the console opens one to reveal a number or turn it into a request). */
    public java.util.Optional<Inquiry> get(long id) {
        return db.read(tx -> tx.one("SELECT * FROM inquiries WHERE id = ?", InquiryLog::inquiry, id));
    }

    /** Inquiries matching the filter, newest first. */
    public List<Inquiry> list(InquiryFilter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM inquiries WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.channel() != null) { sql.append(" AND channel = ?"); args.add(f.channel()); }
        if (f.from() != null) { sql.append(" AND at >= ?"); args.add(f.from()); }
        if (f.to() != null) { sql.append(" AND at < ?"); args.add(f.to()); }
        if (f.village() != null) { sql.append(" AND village = ?"); args.add(f.village()); }
        if (f.nothingFound() != null) { sql.append(" AND nothing_found = ?"); args.add(f.nothingFound()); }
        sql.append(" ORDER BY at DESC, id DESC");
        if (f.limit() > 0) { sql.append(" LIMIT ?"); args.add(f.limit()); }
        return db.read(tx -> tx.list(sql.toString(), InquiryLog::inquiry, args.toArray()));
    }

    /**
     * Writes every inquiry, oldest first, one JSON object a line. Streams row by row, so a
     * large log does not have to fit in memory.
     */
    public int exportJsonl(Writer out, boolean revealPhones) {
        return db.read(tx -> {
            int[] n = {0};
            tx.list("SELECT * FROM inquiries ORDER BY id", rs -> {
                write(out, toJsonLine(inquiry(rs), revealPhones));
                n[0]++;
                return null;
            });
            flush(out);
            return n[0];
        });
    }

    static String toJsonLine(Inquiry q, boolean revealPhones) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", q.id());
        o.put("channel", q.channel().name());
        o.put("at", q.at().toString());
        o.put("village", q.village());
        o.put("text", q.text());
        o.set("result_ids", JSON.valueToTree(q.resultIds()));
        o.put("nothing_found", q.nothingFound());
        o.put("sender_phone", revealPhones ? q.senderPhone() : Phones.mask(q.senderPhone()));
        o.put("external_id", q.externalId());
        o.put("feedback", q.feedback());
        o.put("feedback_at", q.feedbackAt() == null ? null : q.feedbackAt().toString());
        o.put("recording_url", q.recordingUrl());
        o.put("category", q.category());
        return o.toString();
    }

    private static Inquiry inquiry(ResultSet rs) throws SQLException {
        return new Inquiry(
                rs.getLong("id"),
                InquiryChannel.valueOf(rs.getString("channel")),
                Tx.instant(rs, "at"),
                rs.getString("village"),
                rs.getString("text"),
                fromJson(rs.getString("result_ids")),
                rs.getInt("nothing_found") == 1,
                rs.getString("sender_phone"),
                rs.getString("external_id"),
                rs.getString("feedback"),
                Tx.instant(rs, "feedback_at"),
                rs.getString("recording_url"),
                rs.getString("category"));
    }

    private static String toJson(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result_ids is not a JSON array", e);
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UserException("无法写出: " + e.getMessage(), e);
        }
    }
}
