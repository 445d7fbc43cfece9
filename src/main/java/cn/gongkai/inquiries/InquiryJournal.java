package cn.gongkai.inquiries;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import cn.gongkai.storage.WriteUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Inquiries and feedback that must not be lost when the database cannot be written (disk full,
 * lock held too long): written at once if possible, else kept in the home's journal and written
 * when writing works again. A journaled inquiry gets a key of its own in {@code external_id}
 * (a Twilio MessageSid keeps its own), so replaying it twice logs it once.
 */
public final class InquiryJournal {
    static final String INQUIRY = "inquiry";
    static final String FEEDBACK = "feedback";
    private static final ObjectMapper JSON = new ObjectMapper();

    private InquiryJournal() {}

    /** An inquiry as logged: its row id, or (while it waits in the journal) its key. */
    public record Ref(long id, String key) {
        public static final Ref NONE = new Ref(-1, null);

        public boolean known() {
            return id > 0 || key != null;
        }
    }

    /** Teaches {@code db} to replay the entries written here; every program opening a home's records does. */
    public static void register(Database db) {
        db.onReplay(INQUIRY, InquiryJournal::replayInquiry);
        db.onReplay(FEEDBACK, InquiryJournal::replayFeedback);
    }

    /**
     * Logs {@code q} (with {@code smsReply}, the reply sent to its MessageSid, if any); if the
     * database cannot be written, keeps it in the journal. Throws only if neither works.
     */
    public static Ref record(Database db, NewInquiry q, Instant now, String smsReply) {
        NewInquiry keyed = q.externalId() != null ? q : withKey(q, "journal-" + UUID.randomUUID());
        ObjectNode entry = entry(keyed, now, smsReply);
        return db.writeOrJournal(tx -> {
            long id = InquiryLog.record(tx, q, now);
            if (smsReply != null && q.externalId() != null) {
                saveReply(tx, q.externalId(), id, smsReply, now);
            }
            return id;
        }, INQUIRY, entry).map(id -> new Ref(id, null)).orElseGet(() -> new Ref(-1, keyed.externalId()));
    }

    /**
     * For a screen that must redraw at once whatever the database is doing (the kiosk): appends
     * {@code q} to the journal (an fsync, milliseconds) and has it written to the database on a
     * background thread. Only if the journal cannot be written is the database tried here.
     */
    public static Ref recordSoon(Database db, NewInquiry q, Instant now) {
        NewInquiry keyed = q.externalId() != null ? q : withKey(q, "journal-" + UUID.randomUUID());
        try {
            db.journalOnly(INQUIRY, entry(keyed, now, null));
        } catch (java.io.UncheckedIOException journalFull) {
            return record(db, q, now, null);
        }
        db.replaySoon();
        return new Ref(-1, keyed.externalId());
    }

    /** Straight to the journal, without trying the database (it just failed and time is short). */
    public static void keep(Database db, NewInquiry q, Instant now, String smsReply, WriteUnavailable cause) {
        NewInquiry keyed = q.externalId() != null ? q : withKey(q, "journal-" + UUID.randomUUID());
        db.keep(INQUIRY, entry(keyed, now, smsReply), cause);
    }

    /** Records whether the answer helped, for an inquiry logged or still in the journal. */
    public static void feedback(Database db, Ref ref, boolean helpful, Instant now) {
        if (!ref.known()) {
            return;
        }
        ObjectNode entry = JSON.createObjectNode().put("id", ref.id()).put("key", ref.key())
                .put("helpful", helpful).put("at", now.toString());
        if (ref.id() <= 0) {
            // Its inquiry may still wait in the journal: written directly, this could find no
            // row, so it follows the inquiry through the journal, in order.
            db.journalOnly(FEEDBACK, entry);
            db.replaySoon();
            return;
        }
        db.writeOrJournal(tx -> {
            replayFeedback(tx, entry);
            return Boolean.TRUE; // empty would mean "journaled"
        }, FEEDBACK, entry);
    }

    private static NewInquiry withKey(NewInquiry q, String key) {
        return new NewInquiry(q.channel(), q.at(), q.village(), q.text(), q.resultIds(), q.nothingFound(),
                q.senderPhone(), key, q.recordingUrl(), q.category());
    }

    private static ObjectNode entry(NewInquiry q, Instant now, String smsReply) {
        ObjectNode o = JSON.createObjectNode();
        o.put("channel", q.channel().name());
        o.put("at", (q.at() == null ? now : q.at()).toString());
        o.put("village", q.village());
        o.put("text", q.text());
        o.set("result_ids", JSON.valueToTree(q.resultIds()));
        o.put("nothing_found", q.nothingFound());
        o.put("sender_phone", q.senderPhone());
        o.put("external_id", q.externalId());
        o.put("recording_url", q.recordingUrl());
        o.put("category", q.category());
        o.put("sms_reply", smsReply);
        return o;
    }

    private static void replayInquiry(Tx tx, JsonNode e) throws SQLException {
        List<String> ids = new ArrayList<>();
        e.path("result_ids").forEach(n -> ids.add(n.asText()));
        Instant at = Instant.parse(e.path("at").asText());
        NewInquiry q = new NewInquiry(InquiryChannel.valueOf(e.path("channel").asText()), at, text(e, "village"),
                e.path("text").asText(), ids, e.path("nothing_found").asBoolean(), text(e, "sender_phone"),
                text(e, "external_id"), text(e, "recording_url"), text(e, "category"));
        long id = InquiryLog.record(tx, q, at);
        String reply = text(e, "sms_reply");
        if (reply != null) {
            saveReply(tx, q.externalId(), id, reply, at);
        }
    }

    private static void replayFeedback(Tx tx, JsonNode e) throws SQLException {
        String value = e.path("helpful").asBoolean() ? "HELPFUL" : "UNHELPFUL";
        Instant at = Instant.parse(e.path("at").asText());
        long id = e.path("id").asLong(-1);
        if (id > 0) {
            tx.update("UPDATE inquiries SET feedback = ?, feedback_at = ? WHERE id = ?", value, at, id);
        } else {
            tx.update("UPDATE inquiries SET feedback = ?, feedback_at = ? WHERE external_id = ?", value, at,
                    text(e, "key"));
        }
    }

    /** As SmsStore saves it: the reply a MessageSid was given, so Twilio's retry gets the same one. */
    private static void saveReply(Tx tx, String messageId, long inquiryId, String reply, Instant at)
            throws SQLException {
        tx.update("INSERT INTO sms_replies (message_id, inquiry_id, reply, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                messageId, inquiryId, reply, at);
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
