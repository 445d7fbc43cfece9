package cn.gongkai.gateway.voice;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One webhook of a call in, TwiML out. Steps are numbered by the {@code s} in the action URLs
 * we give Twilio: a step answered before (a retry) gets the same TwiML without acting again,
 * and each step commits the call's state and its inquiry with the answer. Nothing that goes
 * wrong inside leaves the caller on a dead line: the answer is then an apology and the menu.
 */
final class VoiceLine {
    private static final Logger log = LoggerFactory.getLogger(VoiceLine.class);

    private final Speaker sp;
    private final Menu menu;
    private final Listen listen;
    private final VoiceStore store;
    private final Urls urls;

    /** Absolute action URLs on the public base Twilio calls (and signs). */
    interface Urls {
        String of(String pathAndQuery);
    }

    VoiceLine(Speaker sp, Menu menu, Listen listen, VoiceStore store, Urls urls) {
        this.sp = sp;
        this.menu = menu;
        this.listen = listen;
        this.store = store;
        this.urls = urls;
    }

    String answer(Stage stage, String stepParam, Map<String, String> params) {
        Input in = Input.of(params);
        int step = stage == Stage.START ? 0 : parseStep(stepParam);
        String sid = in.callSid() == null || in.callSid().isBlank() ? null : in.callSid().strip();
        try {
            if (sid != null) {
                var given = store.given(sid, step);
                if (given.isPresent()) {
                    return given.get();
                }
            }
            Call c = sid == null ? null : store.call(sid).orElse(null);
            // Known: on record, or in the journal (then without an inquiry id until it is replayed).
            boolean known = c != null;
            if (c == null) {
                c = new Call();
                c.phone = in.from() == null || in.from().isBlank() ? null : cn.gongkai.outreach.Numbers.normalize(in.from());
                c.village = menu.villageOf(c.phone);
            }
            Twiml t = twiml(step + 1);
            if (c.silences > 0 && !in.silent()) {
                c.silences = 0;
            }
            c.listening = false;
            if (sid == null || !known && stage != Stage.START) {
                // a call we have no record of (lost state, or a first webhook that was not START)
                // still gets the menu
                if (stage != Stage.START) {
                    c.step("续接");
                }
                menu.start(c, t);
            } else {
                dispatch(stage, c, in, t);
            }
            if (t.hungUp()) {
                c.endedByUs = true;
            }
            String xml = t.xml();
            return sid == null ? xml : store.save(sid, step, stage.path(), describe(in), xml, c, sp.clock.instant());
        } catch (RuntimeException e) {
            log.error("voice step {} of a call failed at {}", step, stage, e);
            return apology(step + 1);
        }
    }

    private void dispatch(Stage stage, Call c, Input in, Twiml t) {
        switch (stage) {
            case START -> menu.start(c, t);
            case MENU -> menu.onMenu(c, in, t);
            case CONFIRM -> menu.onConfirm(c, in, t);
            case RESULT -> {
                if (in.silent()) {
                    if (sp.retry(c, t)) {
                        listen.keys(t);
                    } else {
                        sp.menu(t);
                    }
                } else {
                    c.silences = 0;
                    listen.onResult(c, in, t);
                }
            }
            case CATEGORY -> menu.onCategory(c, in, t);
            case VILLAGE -> menu.onVillage(c, in, t);
            case PROGRESS -> menu.onProgress(c, in, t);
            case MESSAGE -> menu.onMessage(c, in, t);
            case STAFF -> menu.onStaff(c, in, t);
            case STATUS -> throw new IllegalArgumentException("the status callback is not a step");
        }
    }

    /**
     * Twilio's status callback: how the call ended (completed, busy, no-answer, failed,
     * canceled) and how long it lasted. A completed call the caller ended while a notice was
     * being read is a hang-up mid-answer. Kept on the call, shown with its inquiry.
     */
    void status(Map<String, String> params) {
        String sid = params.getOrDefault("CallSid", "").strip();
        String status = params.getOrDefault("CallStatus", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (sid.isEmpty() || !java.util.Set.of("completed", "busy", "no-answer", "failed", "canceled").contains(status)) {
            return; // ringing, in-progress: the call has not ended
        }
        Integer seconds = null;
        try {
            seconds = Integer.parseInt(params.getOrDefault("CallDuration", "").strip());
        } catch (NumberFormatException e) {
            seconds = null; // Twilio sends CallDuration with a completed call only
        }
        store.ended(sid, status, seconds, params.get("From"), sp.clock.instant());
    }

    /** Valid TwiML that apologises and offers the menu; built from nothing that just failed. */
    String apology(int nextStep) {
        try {
            return sp.menu(twiml(nextStep).say(sp.text(Prompt.APOLOGY))).xml();
        } catch (RuntimeException e) {
            log.error("even the apology could not be built", e);
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say language=\"cmn-CN\" voice=\"Polly.Zhiyu\">对不起，请稍后再打。</Say>"
                    + "<Redirect method=\"POST\">" + urls.of(Stage.ROOT).replace("&", "&amp;") + "</Redirect></Response>";
        }
    }

    private Twiml twiml(int nextStep) {
        return new Twiml(sp.settings, sp.spoken, (stage, silence) -> urls.of(stage.path() + "?s=" + nextStep + (silence ? "&t=1" : "")));
    }

    private static int parseStep(String s) {
        try {
            return s == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What the caller did at this step, for the step log (never the phone number). */
    private static String describe(Input in) {
        if (!in.digits().isEmpty()) {
            return "按键 " + in.digits();
        }
        if (!in.speech().isEmpty()) {
            return "说 " + in.speech() + " (" + in.confidence() + ")";
        }
        if (!in.recordingUrl().isEmpty()) {
            return "录音 " + in.recordingSeconds() + " 秒";
        }
        return in.dialStatus().isEmpty() ? "无输入" : "转接 " + in.dialStatus();
    }
}
