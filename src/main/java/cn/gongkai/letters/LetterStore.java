package cn.gongkai.letters;

import cn.gongkai.storage.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL of letter numbers and deliveries; no rules here. */
final class LetterStore {
    private LetterStore() {}

    static Optional<Letter> find(Tx tx, long requestId, LetterKind kind) throws SQLException {
        return tx.one("SELECT * FROM letters WHERE request_id = ? AND kind = ?", LetterStore::letter, requestId, kind);
    }

    static List<Letter> of(Tx tx, long requestId) throws SQLException {
        return tx.list("SELECT * FROM letters WHERE request_id = ? ORDER BY id", LetterStore::letter, requestId);
    }

    /**
     * Takes the next number of the (body, year, prefix) series. Runs inside the one write
     * transaction (IMMEDIATE), so two printers never read the same maximum; the UNIQUE key is
     * the last guard should that ever change.
     */
    static Letter issue(Tx tx, long requestId, LetterKind kind, String bodyId, String prefix, LocalDate issuedOn,
                        String actor, Instant now) throws SQLException {
        int year = issuedOn.getYear();
        tx.serialize("letters " + bodyId + " " + year + " " + prefix); // PostgreSQL: no two nodes read the same maximum
        int next = tx.one("SELECT COALESCE(MAX(number), 0) + 1 FROM letters WHERE body_id = ? AND year = ? AND prefix = ?",
                rs -> rs.getInt(1), bodyId, year, prefix).orElse(1);
        long id = tx.insert("""
                INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestId, kind, bodyId, year, prefix, next, issuedOn, actor, now);
        return new Letter(id, requestId, kind, bodyId, year, prefix, next, issuedOn);
    }

    static void deliver(Tx tx, long letterId, DeliveryMethod method, String tracking, LocalDate delivered,
                        String actor, Instant now) throws SQLException {
        tx.insert("""
                INSERT INTO letter_deliveries (letter_id, method, tracking, delivered, actor, at)
                VALUES (?, ?, ?, ?, ?, ?)""", letterId, method, tracking, delivered, actor, now);
    }

    static List<Delivery> deliveries(Tx tx, long requestId) throws SQLException {
        return tx.list("""
                SELECT d.* FROM letter_deliveries d JOIN letters l ON l.id = d.letter_id
                WHERE l.request_id = ? ORDER BY d.id""", LetterStore::delivery, requestId);
    }

    private static Letter letter(ResultSet rs) throws SQLException {
        return new Letter(rs.getLong("id"), rs.getLong("request_id"), LetterKind.valueOf(rs.getString("kind")),
                rs.getString("body_id"), rs.getInt("year"), rs.getString("prefix"), rs.getInt("number"),
                Tx.date(rs, "issued_on"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("letter_id"), DeliveryMethod.valueOf(rs.getString("method")),
                rs.getString("tracking"), Tx.date(rs, "delivered"), rs.getString("actor"));
    }
}
