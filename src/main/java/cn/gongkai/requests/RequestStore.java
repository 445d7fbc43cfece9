package cn.gongkai.requests;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.storage.Tx;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of formal requests, their events, reviews and the audit log; no rules here. */
public final class RequestStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A receipt code (回执编号) the applicant can quote: "GK" and eight digits, random, so it
     * reveals nothing. Digits because a caller keys them on a phone and the voice line reads them
     * out one by one. Codes of the earlier form ("GK" and eight of 2–9 and A–Z without I and O)
     * stay valid: they are looked up as they are, and keyed by the digit printed under a letter.
     * Drawn again while taken, so the unique column never refuses a new request.
     */
    static String newReceiptCode(Tx tx) throws SQLException {
        while (true) {
            String code = String.format("GK%08d", RANDOM.nextInt(100_000_000));
            if (tx.one("SELECT 1 FROM requests WHERE receipt_code = ?", rs -> 1, code).isEmpty()) {
                return code;
            }
        }
    }

    static long insert(Tx tx, NewRequest r, String body, String receiptCode, Instant now) throws SQLException {
        return tx.insert("""
                INSERT INTO requests (receipt_code, applicant_type, name, contact, contact_line, identity_verified,
                                      channel, content, form_wanted, received, inquiry_id, created_at, body_id,
                                      address, delivery)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                receiptCode, r.applicantType(), r.name(), r.contact(), r.contact() == null ? null : Phones.line(r.contact()),
                r.identityVerified(), r.channel(),
                r.content(), r.formWanted(), r.received(), r.inquiryId(), now, body, r.address(), r.delivery());
    }

    /**
     * Gives a request still waiting for receipt to a body, with its assignment event; the
     * inquiry it came from is routed to the same body. The schema refuses it after receipt.
     */
    static void assign(Tx tx, long id, String body, String from, String actor, Instant now) throws SQLException {
        tx.insert("INSERT INTO request_assignments (request_id, body_id, from_body, actor, at) VALUES (?, ?, ?, ?, ?)",
                id, body, from, actor, now);
        tx.update("UPDATE requests SET body_id = ? WHERE id = ? AND received IS NULL", body, id);
        tx.update("UPDATE inquiries SET body_id = ? WHERE id = (SELECT inquiry_id FROM requests WHERE id = ?)", body, id);
    }

    /** The inquiry a request grew out of goes to the request's body (its staff may then see it). */
    static void route(Tx tx, long inquiryId, String body) throws SQLException {
        tx.update("UPDATE inquiries SET body_id = ? WHERE id = ?", body, inquiryId);
    }

    /** Every request of one body (null: the intake), oldest first. */
    public static List<RequestRecord> ofBody(Tx tx, String body) throws SQLException {
        return body == null
                ? tx.list("SELECT * FROM requests WHERE body_id IS NULL ORDER BY id", RequestStore::record)
                : tx.list("SELECT * FROM requests WHERE body_id = ? ORDER BY id", RequestStore::record, body);
    }

    /** The events of one body's requests, by request id. */
    public static Map<Long, List<RequestEvent>> eventsOfBody(Tx tx, String body) throws SQLException {
        Map<Long, List<RequestEvent>> out = new LinkedHashMap<>();
        tx.list("""
                SELECT e.* FROM request_events e JOIN requests r ON r.id = e.request_id
                WHERE r.body_id = ? ORDER BY e.request_id, e.id""", rs -> {
            out.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(event(rs));
            return null;
        }, body);
        return out;
    }

    /** The reviews and suits against one body's requests. */
    public static List<Review> reviewsOfBody(Tx tx, String body) throws SQLException {
        return tx.list("""
                SELECT v.* FROM reviews v JOIN requests r ON r.id = v.request_id
                WHERE r.body_id = ? ORDER BY v.id""", RequestStore::review, body);
    }

    /** Sets the receipt date once; the schema's trigger refuses any later change. */
    static void setReceived(Tx tx, long id, LocalDate received, boolean identityVerified) throws SQLException {
        tx.update("UPDATE requests SET received = ?, identity_verified = ? WHERE id = ? AND received IS NULL",
                received, identityVerified, id);
    }

    static long addEvent(Tx tx, long requestId, RequestEvent e, String actor, Instant now) throws SQLException {
        return tx.insert("""
                INSERT INTO request_events (request_id, kind, date, actor, detail, result, approved_by, days, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                requestId, e.kind(), e.date(), actor, e.detail(), e.result(), e.approvedBy(), e.days(), now);
    }

    static void audit(Tx tx, String actor, String action, Long requestId, String detail, Instant now)
            throws SQLException {
        AuditLog.record(tx, now, actor, action, requestId, detail);
    }

    static Optional<RequestRecord> find(Tx tx, long id) throws SQLException {
        return tx.one("SELECT * FROM requests WHERE id = ?", RequestStore::record, id);
    }

    /** The request an inquiry became (an SMS or kiosk application): the first one, if any. */
    static Optional<Long> byInquiry(Tx tx, long inquiryId) throws SQLException {
        return tx.one("SELECT id FROM requests WHERE inquiry_id = ? ORDER BY id LIMIT 1", rs -> rs.getLong(1), inquiryId);
    }

    static Optional<RequestRecord> byReceiptCode(Tx tx, String code) throws SQLException {
        return tx.one("SELECT * FROM requests WHERE receipt_code = ?", RequestStore::record, code);
    }

    /** The requests whose contact reaches {@code line} ({@link Phones#line}), newest first, through its index. */
    static List<RequestRecord> byContactLine(Tx tx, String line, int max) throws SQLException {
        if (line.isEmpty()) {
            return List.of();
        }
        return tx.list("SELECT * FROM requests WHERE contact_line = ? AND contact_line <> '' ORDER BY id DESC LIMIT ?",
                RequestStore::record, line, max);
    }

    public static List<RequestRecord> all(Tx tx) throws SQLException {
        return tx.list("SELECT * FROM requests ORDER BY id", RequestStore::record);
    }

    static List<RequestEvent> events(Tx tx, long requestId) throws SQLException {
        return tx.list("SELECT * FROM request_events WHERE request_id = ? ORDER BY id", RequestStore::event,
                requestId);
    }

    /** Every event recorded at or after {@code since}, in recorded order. */
    static List<RequestLookup.Recorded> recordedSince(Tx tx, Instant since) throws SQLException {
        return tx.list("SELECT request_id, kind FROM request_events WHERE at >= ? ORDER BY id",
                rs -> new RequestLookup.Recorded(rs.getLong(1), EventKind.valueOf(rs.getString(2))), since);
    }

    /** Every request's events, by request id, each list in recorded order. */
    public static Map<Long, List<RequestEvent>> allEvents(Tx tx) throws SQLException {
        Map<Long, List<RequestEvent>> out = new LinkedHashMap<>();
        tx.list("SELECT * FROM request_events ORDER BY request_id, id", rs -> {
            out.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(event(rs));
            return null;
        });
        return out;
    }

    static long insertReview(Tx tx, long requestId, ReviewKind kind, LocalDate filed, String detail, Instant now)
            throws SQLException {
        return tx.insert("INSERT INTO reviews (request_id, kind, filed, detail, created_at) VALUES (?, ?, ?, ?, ?)",
                requestId, kind, filed, detail, now);
    }

    static void decideReview(Tx tx, long reviewId, ReviewOutcome outcome, LocalDate decided) throws SQLException {
        tx.update("UPDATE reviews SET outcome = ?, decided = ? WHERE id = ? AND outcome = 'PENDING'",
                outcome, decided, reviewId);
    }

    static Optional<Review> review(Tx tx, long reviewId) throws SQLException {
        return tx.one("SELECT * FROM reviews WHERE id = ?", RequestStore::review, reviewId);
    }

    static List<Review> reviews(Tx tx, long requestId) throws SQLException {
        return tx.list("SELECT * FROM reviews WHERE request_id = ? ORDER BY id", RequestStore::review, requestId);
    }

    public static List<Review> allReviews(Tx tx) throws SQLException {
        return tx.list("SELECT * FROM reviews ORDER BY id", RequestStore::review);
    }

    private static RequestRecord record(ResultSet rs) throws SQLException {
        long inquiry = rs.getLong("inquiry_id");
        Long inquiryId = rs.wasNull() ? null : inquiry;
        return new RequestRecord(
                rs.getLong("id"),
                rs.getString("receipt_code"),
                ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getInt("identity_verified") == 1,
                RequestChannel.valueOf(rs.getString("channel")),
                rs.getString("content"),
                rs.getString("form_wanted"),
                Tx.date(rs, "received"),
                inquiryId,
                Tx.instant(rs, "created_at"),
                rs.getString("address"),
                rs.getString("delivery") == null ? null : DeliveryWanted.valueOf(rs.getString("delivery")),
                rs.getString("body_id"));
    }

    private static RequestEvent event(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        int days = rs.getInt("days");
        Integer daysOrNull = rs.wasNull() ? null : days;
        return new RequestEvent(
                rs.getLong("id"),
                EventKind.valueOf(rs.getString("kind")),
                Tx.date(rs, "date"),
                rs.getString("actor"),
                rs.getString("detail"),
                result == null ? null : ResultCode.valueOf(result),
                rs.getString("approved_by"),
                daysOrNull,
                Tx.instant(rs, "at"));
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(
                rs.getLong("id"),
                rs.getLong("request_id"),
                ReviewKind.valueOf(rs.getString("kind")),
                Tx.date(rs, "filed"),
                ReviewOutcome.valueOf(rs.getString("outcome")),
                Tx.date(rs, "decided"),
                rs.getString("detail"));
    }
}
