package cn.gongkai.gateway.voice;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one voice answer with the Twilio SDK. Every text goes through {@link Spoken}: derived
 * for the ear, numbers and letters in words, and cut into {@code <Say>}s no longer than the configured limit. A {@code <Gather>}
 * is always followed by a {@code <Redirect>} to the same action, because a Gather that hears
 * nothing falls through to the next verb: the handler then treats it as silence.
 */
final class Twiml {
    private final VoiceSettings settings;
    private final Spoken spoken;
    private final Urls urls;
    private final VoiceResponse.Builder response = new VoiceResponse.Builder();
    private final List<String> said = new ArrayList<>();
    private boolean ended;
    private boolean hungUp;

    /** Where the next step's webhooks go: {@code /twilio/voice/STAGE?s=STEP}. */
    interface Urls {
        String of(Stage stage, boolean silence);
    }

    Twiml(VoiceSettings settings, Spoken spoken, Urls urls) {
        this.settings = settings;
        this.spoken = spoken;
        this.urls = urls;
    }

    /** Texts said before any gather (greeting, an answer, an apology). */
    Twiml say(String text) {
        for (Say s : says(text)) {
            response.say(s);
        }
        return this;
    }

    /** One Gather (keypad, and speech when {@code speech}) that says {@code prompt}, then a Redirect for silence. */
    Twiml gather(Stage action, String prompt, boolean speech, Integer digits, String hints) {
        Gather.Builder g = new Gather.Builder()
                .inputs(speech ? List.of(Gather.Input.DTMF, Gather.Input.SPEECH) : List.of(Gather.Input.DTMF))
                .action(urls.of(action, false))
                .method(HttpMethod.POST)
                .timeout(settings.gatherTimeout());
        if (speech) {
            g.language(settings.speechLanguage()).speechTimeout("auto");
            if (hints != null && !hints.isBlank()) {
                g.hints(hints);
            }
        }
        if (digits != null) {
            g.numDigits(digits);
        } else {
            g.finishOnKey("#");
        }
        for (Say s : says(prompt)) {
            g.say(s);
        }
        response.gather(g.build());
        return redirect(action);
    }

    /** A recorded message (Art. 29: an oral application staff can turn into a request), then silence handling. */
    Twiml record(Stage action) {
        response.record(new Record.Builder().action(urls.of(action, false)).method(HttpMethod.POST)
                .maxLength(settings.messageSeconds()).timeout(5).finishOnKey("#").playBeep(true).build());
        return redirect(action);
    }

    Twiml dial(Stage action, String number) {
        response.dial(new Dial.Builder(number).action(urls.of(action, false)).method(HttpMethod.POST).timeout(20)
                .build());
        ended = true;
        return this;
    }

    Twiml hangup() {
        response.hangup(new Hangup.Builder().build());
        ended = true;
        hungUp = true;
        return this;
    }

    private Twiml redirect(Stage action) {
        response.redirect(new Redirect.Builder(urls.of(action, true)).method(HttpMethod.POST).build());
        ended = true;
        return this;
    }

    /** Everything said in this answer, in order (what the call's log says was read out). */
    List<String> said() {
        return said;
    }

    boolean ended() {
        return ended;
    }

    /** This answer hangs up: the call ends on our side, not the caller's. */
    boolean hungUp() {
        return hungUp;
    }

    String xml() {
        try {
            return response.build().toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be built", e);
        }
    }

    private List<Say> says(String text) {
        List<Say> out = new ArrayList<>();
        for (String piece : Speech.pieces(spoken.of(text), settings.maxSayChars())) {
            said.add(piece);
            out.add(new Say.Builder(piece).language(settings.sayLanguage()).voice(settings.voice()).build());
        }
        return out;
    }
}
