package cn.gongkai.gateway.voice;

import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioSignature;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Twilio's side of the voice line: {@code POST /twilio/voice} when a call comes in, and one
 * route {@code POST /twilio/voice/{stage}} that our TwiML sends the call on to (and Twilio's
 * status callback, {@code /twilio/voice/status}). Signed exactly like the SMS webhook (same
 * {@link TwilioSignature}); forged or unsigned: 403. Every signed request gets TwiML.
 */
public final class VoiceWebhook {
    /** Without charset Twilio reads the XML as Latin-1 and every Chinese character becomes "?". */
    static final String TWIML = "application/xml; charset=utf-8";
    /** The route's path parameter naming the stage. */
    public static final String STAGE = "stage";

    private final VoiceLine line;
    private final TwilioSignature signature;
    private final String closed;

    VoiceWebhook(VoiceLine line, TwilioSignature signature, String closed) {
        this.line = line;
        this.signature = signature;
        this.closed = closed;
    }

    /** Routes that answer 503 with the reason (serve without a voice line). */
    public static VoiceWebhook closed(String reason) {
        return new VoiceWebhook(null, new TwilioSignature(new TwilioConfig(null, null, null, null, null)), reason);
    }

    /** {@code POST /twilio/voice}: a call comes in. */
    public void call(Context ctx) {
        answer(ctx, Stage.START);
    }

    /** {@code POST /twilio/voice/{stage}}: an unknown stage is 404 before any signature check. */
    public void stage(Context ctx) {
        answer(ctx, Stage.of(ctx.pathParam(STAGE)).orElseThrow(() -> new NotFoundResponse("no such voice stage")));
    }

    private void answer(Context ctx, Stage stage) {
        Map<String, String> params = signature.checked(ctx, line == null ? closed : null);
        if (params == null) {
            return;
        }
        if (stage == Stage.STATUS) {
            line.status(params);
            ctx.status(204);
            return;
        }
        String xml = line.answer(stage, ctx.queryParam("s"), params);
        ctx.status(200).contentType(TWIML).result(xml.getBytes(StandardCharsets.UTF_8));
    }
}
