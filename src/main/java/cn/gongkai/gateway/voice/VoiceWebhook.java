package cn.gongkai.gateway.voice;

import cn.gongkai.gateway.sms.TwilioConfig;
import cn.gongkai.gateway.sms.TwilioSignature;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Twilio's side of the voice line: {@code POST /twilio/voice} when a call comes in, and the
 * routes under it that our TwiML sends the call to. Signed exactly like the SMS webhook (same
 * {@link TwilioSignature}); forged or unsigned: 403. Every signed request gets TwiML.
 */
public final class VoiceWebhook {
    /** Without charset Twilio reads the XML as Latin-1 and every Chinese character becomes "?". */
    static final String TWIML = "application/xml; charset=utf-8";

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

    public void call(Context ctx) {
        answer(ctx, Stage.START);
    }

    public void menu(Context ctx) {
        answer(ctx, Stage.MENU);
    }

    public void confirm(Context ctx) {
        answer(ctx, Stage.CONFIRM);
    }

    public void result(Context ctx) {
        answer(ctx, Stage.RESULT);
    }

    public void category(Context ctx) {
        answer(ctx, Stage.CATEGORY);
    }

    public void village(Context ctx) {
        answer(ctx, Stage.VILLAGE);
    }

    public void progress(Context ctx) {
        answer(ctx, Stage.PROGRESS);
    }

    public void message(Context ctx) {
        answer(ctx, Stage.MESSAGE);
    }

    public void staff(Context ctx) {
        answer(ctx, Stage.STAFF);
    }

    private void answer(Context ctx, Stage stage) {
        Map<String, String> params = signature.checked(ctx, line == null ? closed : null);
        if (params == null) {
            return;
        }
        String xml = line.answer(stage, ctx.queryParam("s"), params);
        ctx.status(200).contentType(TWIML).result(xml.getBytes(StandardCharsets.UTF_8));
    }
}
