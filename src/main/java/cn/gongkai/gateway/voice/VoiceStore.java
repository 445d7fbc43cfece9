package cn.gongkai.gateway.voice;

import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import cn.gongkai.storage.WriteUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;

/**
 * The SQL of the voice line: calls ({@code voice_calls}), the answer given at each step
 * ({@code voice_steps}), and the call's inquiry. A step the database cannot take (lock held past
 * {@link Database#WRITE_WAIT}, disk full) is kept in the home's journal with the TwiML it was
 * answered with, and replayed once, in order, keyed by call and step (a Twilio retry of that step
 * gets the same TwiML and adds nothing). Once a call has a step in the journal its later steps
 * and its ending follow it there, so they are replayed after it; until then the call's state is
 * read from what was journaled.
 */
final class VoiceStore {
    static final String STEP = "voice-step";
    static final String ENDED = "voice-ended";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database db;
    /** Calls with steps in the journal: the last one journaled, its state, and each step's TwiML. */
    private final Map<String, Journaled> journaled = new ConcurrentHashMap<>();

    private record Journaled(int lastStep, String state, Map<Integer, String> twiml) {}

    VoiceStore(Database db) {
        this.db = db;
        db.onReplay(STEP, VoiceStore::replayStep);
        db.onReplay(ENDED, VoiceStore::replayEnded);
        try {
            db.replayJournal(); // steps a previous serve journaled, before any call reads its state
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(VoiceStore.class).warn("journal not replayed yet: {}", e.getMessage());
        }
    }

    /** The TwiML already given for this step of this call (a Twilio retry), if any. */
    Optional<String> given(String callSid, int step) {
        Journaled j = journaled(callSid);
        if (j != null && j.twiml().containsKey(step)) {
            return Optional.of(j.twiml().get(step));
        }
        return db.read(tx -> tx.one("SELECT twiml FROM voice_steps WHERE call_sid = ? AND step = ?",
                rs -> rs.getString(1), callSid, step));
    }

    Optional<Call> call(String callSid) {
        Journaled j = journaled(callSid);
        if (j != null) {
            return Optional.of(parse(j.state()));
        }
        return db.read(tx -> tx.one("SELECT state FROM voice_calls WHERE call_sid = ?", rs -> parse(rs.getString(1)),
                callSid));
    }

    /** The call's journaled steps, or null once the last of them is in the database (replayed). */
    private Journaled journaled(String callSid) {
        Journaled j = journaled.get(callSid);
        if (j == null) {
            return null;
        }
        boolean replayed = db.read(tx -> tx.one("SELECT 1 FROM voice_steps WHERE call_sid = ? AND step = ?",
                rs -> true, callSid, j.lastStep())).isPresent();
        if (replayed) {
            journaled.remove(callSid, j);
            return null;
        }
        return j;
    }

    /**
     * Commits one step: the answer given, the call's state and its inquiry, together. If the
     * step was answered meanwhile (a retry racing the first request), nothing changes and the
     * first answer is returned. If the database cannot be written, the step goes to the journal
     * and {@code twiml} is what is on record, so it is what is returned.
     */
    String save(String callSid, int step, String path, String input, String twiml, Call c, Instant now) {
        ObjectNode entry = JSON.createObjectNode().put("call_sid", callSid).put("step", step).put("path", path)
                .put("input", input).put("twiml", twiml).put("at", now.toString());
        Journaled before = journaled(callSid);
        if (before == null) {
            try {
                return db.write(tx -> commit(tx, callSid, step, path, input, twiml, c, now));
            } catch (WriteUnavailable w) {
                db.keep(STEP, entry.put("state", json(c)), w);
            }
        } else {
            db.journalOnly(STEP, entry.put("state", json(c))); // after its earlier steps, in order
            db.replaySoon();
        }
        Map<Integer, String> given = new ConcurrentHashMap<>(before == null ? Map.of() : before.twiml());
        given.put(step, twiml);
        journaled.put(callSid, new Journaled(step, json(c), given));
        return twiml;
    }

    private static String commit(Tx tx, String callSid, int step, String path, String input, String twiml, Call c,
            Instant now) throws SQLException {
        int n = tx.update("""
                INSERT INTO voice_steps (call_sid, step, path, input, twiml, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                callSid, step, path, input, twiml, now);
        if (n == 0) {
            return tx.one("SELECT twiml FROM voice_steps WHERE call_sid = ? AND step = ?", rs -> rs.getString(1),
                    callSid, step).orElse(twiml);
        }
        if (c.inquiryId == null) {
            // Keyed by the call: a step replayed from the journal finds the inquiry its call already has.
            c.inquiryId = InquiryLog.record(tx, new NewInquiry(InquiryChannel.VOICE, now, c.village, c.summary(),
                    c.read, false, c.phone, callSid, null, null), now);
        }
        InquiryLog.update(tx, c.inquiryId, c.village, c.summary(), c.read, c.nothingFound(), c.recordingUrl,
                c.category);
        upsert(tx, callSid, c, now);
        return twiml;
    }

    private static void replayStep(Tx tx, JsonNode e) throws SQLException {
        commit(tx, e.path("call_sid").asText(), e.path("step").asInt(), e.path("path").asText(),
                e.path("input").asText(), e.path("twiml").asText(), parse(e.path("state").asText()),
                Instant.parse(e.path("at").asText()));
    }

    /**
     * Records how a call ended (Twilio's status callback) on its state, in one write; a call we
     * never answered (busy, hung up while ringing) gets its inquiry here, so staff see it too.
     * Journaled like a step; a call with steps in the journal ends there too, after them.
     */
    void ended(String callSid, String status, Integer seconds, String from, Instant now) {
        ObjectNode entry = JSON.createObjectNode().put("call_sid", callSid).put("status", status)
                .put("seconds", seconds).put("from", from).put("at", now.toString());
        if (journaled(callSid) != null) {
            db.journalOnly(ENDED, entry);
            db.replaySoon();
            journaled.remove(callSid); // Twilio sends no step after the call has ended
            return;
        }
        try {
            db.write(tx -> {
                end(tx, callSid, status, seconds, from, now);
                return null;
            });
        } catch (WriteUnavailable w) {
            db.keep(ENDED, entry, w);
        }
    }

    private static void end(Tx tx, String callSid, String status, Integer seconds, String from, Instant now)
            throws SQLException {
        Call c = tx.one("SELECT state FROM voice_calls WHERE call_sid = ?", rs -> parse(rs.getString(1)), callSid)
                .orElseGet(Call::new);
        c.end(status, seconds, from);
        if (c.inquiryId == null) {
            c.inquiryId = InquiryLog.record(tx, new NewInquiry(InquiryChannel.VOICE, now, c.village, c.summary(),
                    c.read, false, c.phone, callSid, null, null), now);
        }
        upsert(tx, callSid, c, now);
    }

    private static void replayEnded(Tx tx, JsonNode e) throws SQLException {
        JsonNode seconds = e.get("seconds");
        JsonNode from = e.get("from");
        end(tx, e.path("call_sid").asText(), e.path("status").asText(),
                seconds == null || seconds.isNull() ? null : seconds.asInt(),
                from == null || from.isNull() ? null : from.asText(), Instant.parse(e.path("at").asText()));
    }

    private static void upsert(Tx tx, String callSid, Call c, Instant now) throws SQLException {
        tx.update("""
                INSERT INTO voice_calls (call_sid, phone, inquiry_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (call_sid) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""",
                callSid, c.phone, c.inquiryId, json(c), now);
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
