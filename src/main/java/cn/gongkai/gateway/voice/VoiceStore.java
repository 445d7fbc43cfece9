package cn.gongkai.gateway.voice;

import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.storage.Database;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;

/** The SQL of the voice line: calls ({@code voice_calls}), the answer given at each step ({@code voice_steps}), and the call's inquiry. */
final class VoiceStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database db;

    VoiceStore(Database db) {
        this.db = db;
    }

    /** The TwiML already given for this step of this call (a Twilio retry), if any. */
    Optional<String> given(String callSid, int step) {
        return db.read(tx -> tx.one("SELECT twiml FROM voice_steps WHERE call_sid = ? AND step = ?",
                rs -> rs.getString(1), callSid, step));
    }

    Optional<Call> call(String callSid) {
        return db.read(tx -> tx.one("SELECT state FROM voice_calls WHERE call_sid = ?", rs -> parse(rs.getString(1)),
                callSid));
    }

    /**
     * Commits one step: the answer given, the call's state and its inquiry, together. If the
     * step was answered meanwhile (a retry racing the first request), nothing changes and the
     * first answer is returned.
     */
    String save(String callSid, int step, String path, String input, String twiml, Call c, Instant now) {
        return db.write(tx -> {
            int n = tx.update("""
                    INSERT OR IGNORE INTO voice_steps (call_sid, step, path, input, twiml, at) VALUES (?, ?, ?, ?, ?, ?)""",
                    callSid, step, path, input, twiml, now);
            if (n == 0) {
                return tx.one("SELECT twiml FROM voice_steps WHERE call_sid = ? AND step = ?", rs -> rs.getString(1),
                        callSid, step).orElse(twiml);
            }
            if (c.inquiryId == null) {
                c.inquiryId = InquiryLog.record(tx, new NewInquiry(InquiryChannel.VOICE, now, c.village, c.summary(),
                        c.read, false, c.phone, callSid, null, null), now);
            }
            InquiryLog.update(tx, c.inquiryId, c.village, c.summary(), c.read, c.nothingFound(), c.recordingUrl,
                    c.category);
            tx.update("""
                    INSERT INTO voice_calls (call_sid, phone, inquiry_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (call_sid) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""",
                    callSid, c.phone, c.inquiryId, json(c), now);
            return twiml;
        });
    }

    /**
     * Records how a call ended on its state, in one write; a call we never answered (busy,
     * hung up while ringing) gets its inquiry here, so staff see it too.
     */
    void ended(String callSid, java.util.function.Consumer<Call> change, Instant now) {
        db.write(tx -> {
            Call c = tx.one("SELECT state FROM voice_calls WHERE call_sid = ?", rs -> parse(rs.getString(1)), callSid)
                    .orElseGet(Call::new);
            change.accept(c);
            if (c.inquiryId == null) {
                c.inquiryId = InquiryLog.record(tx, new NewInquiry(InquiryChannel.VOICE, now, c.village, c.summary(),
                        c.read, false, c.phone, callSid, null, null), now);
            }
            tx.update("""
                    INSERT INTO voice_calls (call_sid, phone, inquiry_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (call_sid) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""",
                    callSid, c.phone, c.inquiryId, json(c), now);
            return null;
        });
    }

    /** What the console shows of the calls behind these inquiries: how each ended, and each question's result. */
    static java.util.Map<Long, VoiceCalls.View> views(Database db, java.util.Collection<Long> inquiryIds) {
        java.util.Map<Long, VoiceCalls.View> out = new java.util.HashMap<>();
        if (inquiryIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(inquiryIds.size(), "?"));
        db.read(tx -> tx.list("SELECT inquiry_id, state FROM voice_calls WHERE inquiry_id IN (" + marks + ")",
                rs -> {
                    Call c = parse(rs.getString("state"));
                    out.put(rs.getLong("inquiry_id"), new VoiceCalls.View(c.ended, c.seconds,
                            c.questions.stream().map(a -> new VoiceCalls.Question(a.q, a.total)).toList()));
                    return null;
                }, inquiryIds.toArray()));
        return out;
    }

    private static String json(Call c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Call parse(String json) {
        try {
            return JSON.readValue(json, Call.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("voice call state unreadable", e);
        }
    }
}
