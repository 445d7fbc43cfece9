package cn.gongkai.requests;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Once;
import cn.gongkai.storage.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request filed on a local kiosk, journaled first (an fsync, milliseconds) and written to the
 * database from a background thread, so 提交 never waits for SQLite's lock (issue 22). The
 * receipt code is drawn on the kiosk, from the codes free at that moment (a read, which never
 * waits), and travels in the entry: the code the applicant is shown and printed is the one the
 * request is filed under. A key made at the tap writes it once however often it is replayed.
 */
public final class RequestJournal {
    static final String KIND = "kiosk_request";
    private static final Logger log = LoggerFactory.getLogger(RequestJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestJournal() {}

    /** Teaches {@code db} to write these entries; every program opening a home's records does. */
    public static void register(Database db, RequestService service) {
        db.onReplay(KIND, (tx, e) -> replay(tx, service, e));
    }

    /**
     * Checks {@code r} (a refusal is thrown before anything is kept), journals it with a receipt
     * code and returns that code. If the journal cannot be written, it is written directly.
     */
    public static String fileSoon(Database db, RequestService service, NewRequest r, String actor, Instant now) {
        service.checkAwaitingReceipt(r);
        String code = service.drawReceiptCode();
        ObjectNode e = JSON.createObjectNode();
        e.put("key", "request-" + UUID.randomUUID());
        e.put("at", now.toString());
        e.put("code", code);
        e.put("actor", actor);
        e.put("applicant_type", r.applicantType().name());
        e.put("name", r.name());
        e.put("contact", r.contact());
        e.put("identity_verified", r.identityVerified());
        e.put("channel", r.channel().name());
        e.put("content", r.content());
        e.put("form_wanted", r.formWanted());
        e.put("address", r.address()); // mail wanted: Art. 29 confirmation needs the address
        e.put("delivery", r.delivery() == null ? null : r.delivery().name());
        if (r.inquiryId() != null) {
            e.put("inquiry_id", r.inquiryId());
        }
        try {
            db.journalOnly(KIND, e);
        } catch (UncheckedIOException journalFull) {
            return db.write(tx -> codeOf(tx, replay(tx, service, e)));
        }
        db.replaySoon();
        return code;
    }

    private static long replay(Tx tx, RequestService service, JsonNode e) throws SQLException {
        Instant at = Instant.parse(e.path("at").asText());
        NewRequest r = new NewRequest(ApplicantType.valueOf(e.path("applicant_type").asText()), text(e, "name"),
                text(e, "contact"), e.path("identity_verified").asBoolean(), RequestChannel.valueOf(
                        e.path("channel").asText()), e.path("content").asText(), text(e, "form_wanted"), null,
                e.hasNonNull("inquiry_id") ? e.path("inquiry_id").asLong() : null, text(e, "address"),
                e.hasNonNull("delivery") ? DeliveryWanted.valueOf(e.path("delivery").asText()) : null);
        return Once.make(tx, e.path("key").asText(), KIND, at, x -> {
            String code = e.path("code").asText();
            if (RequestStore.byReceiptCode(x, code).isPresent()) {
                // Drawn free on the kiosk and taken since (one chance in tens of millions per
                // request filed meanwhile): a new code, and staff told which one to tell the applicant.
                String given = RequestStore.newReceiptCode(x);
                long id = service.addAwaitingReceipt(x, r, text(e, "actor"), given, at);
                RequestStore.audit(x, "kiosk", "RECEIPT_CODE_REDRAWN", id, "kiosk_code=" + code + " code=" + given, at);
                log.warn("request #{}: the kiosk's receipt code was taken meanwhile; filed under a new one", id);
                return id;
            }
            return service.addAwaitingReceipt(x, r, text(e, "actor"), code, at);
        });
    }

    private static String codeOf(Tx tx, long id) throws SQLException {
        return RequestStore.find(tx, id).orElseThrow().receiptCode();
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
