package cn.gongkai.twilio;

import cn.gongkai.outreach.SmsChannel;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio's side of the SMS channel: {@code POST /twilio/sms} (a text in, TwiML out) and
 * {@code POST /twilio/sms/status} (delivery reports). Every request must carry a valid
 * {@code X-Twilio-Signature} computed over {@code GONGKAI_PUBLIC_URL} + path, not over what a
 * proxy forwarded; without an auth token the routes are closed (503), never open.
 */
public final class TwilioWebhook {
    private static final Logger log = LoggerFactory.getLogger(TwilioWebhook.class);
    public static final String SMS_PATH = "/twilio/sms";
    public static final String STATUS_PATH = "/twilio/sms/status";
    /** Without charset Twilio reads the XML as Latin-1 and every Chinese character becomes "?". */
    public static final String TWIML = "application/xml; charset=utf-8";

    private final SmsChannel channel;
    private final TwilioSignature signature;
    private final String apology;

    public TwilioWebhook(SmsChannel channel, TwilioConfig config, String apology) {
        this.channel = channel;
        this.signature = new TwilioSignature(config);
        this.apology = apology;
    }

    /** Routes that answer 503 with the reason (serve without an SMS channel). */
    public static TwilioWebhook closed(String reason) {
        return new TwilioWebhook(null, new TwilioConfig(null, null, null, null, null), reason);
    }

    public void sms(Context ctx) {
        Map<String, String> params = checked(ctx);
        if (params == null) {
            return;
        }
        String reply;
        try {
            reply = channel.reply(new SmsChannel.Inbound(params.get("From"), params.get("Body"), params.get("MessageSid")));
        } catch (SmsChannel.NotKept e) {
            // Not on record anywhere: an error, so neither the sender nor Twilio is told it arrived.
            log.error("SMS not kept (message {}): {}", params.get("MessageSid"), e.getMessage());
            ctx.status(503).header("Retry-After", "60").result("");
            return;
        } catch (RuntimeException e) {
            log.error("SMS reply failed", e);
            reply = apology;
        }
        twiml(ctx, reply);
    }

    public void status(Context ctx) {
        Map<String, String> params = checked(ctx);
        if (params == null) {
            return;
        }
        Long outboxId = null;
        try {
            String q = ctx.queryParam("outbox");
            outboxId = q == null ? null : Long.valueOf(q.strip());
        } catch (NumberFormatException e) {
            // a report for something we did not send through the outbox
        }
        try {
            String status = params.getOrDefault("MessageStatus", params.get("SmsStatus"));
            channel.delivered(new SmsChannel.DeliveryReport(params.get("MessageSid"), outboxId, status,
                    params.get("ErrorCode")));
        } catch (RuntimeException e) {
            log.error("delivery report not recorded", e);
        }
        ctx.status(204);
    }

    /** The form fields if the request is signed by Twilio; otherwise answers 503/403 and returns null. */
    private Map<String, String> checked(Context ctx) {
        return signature.checked(ctx, channel == null ? apology : null);
    }

    /**
     * Answers with the TwiML for {@code reply}, written straight to the response: a result handed
     * to the framework is copied through an 8 KB buffer and a compression check (never taken for
     * a body this short), which showed in the webhook's profile.
     */
    static void twiml(Context ctx, String reply) {
        byte[] xml = messagingXml(reply).getBytes(StandardCharsets.UTF_8);
        ctx.status(200).contentType(TWIML);
        jakarta.servlet.http.HttpServletResponse res = ctx.res();
        res.setContentLength(xml.length);
        try {
            res.getOutputStream().write(xml);
        } catch (java.io.IOException e) {
            // The reply is on record: Twilio's retry of this message gets the same one.
            log.warn("TwiML reply not delivered, the connection closed: {}", e.toString());
        }
    }

    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /**
     * The TwiML answering a text with {@code reply} (none when empty). Written directly for the
     * usual reply, byte for byte what the SDK's builder writes (pinned by a test): the builder
     * goes through the JDK's XML transformer, which cost the webhook more than its search did.
     * Anything unusual (a character outside the plain BMP, a control character) goes to the
     * builder, which knows how to write it.
     */
    static String messagingXml(String reply) {
        if (reply == null || reply.isEmpty()) {
            return XML_HEAD + "<Response/>";
        }
        StringBuilder b = new StringBuilder(reply.length() + 96).append(XML_HEAD).append("<Response><Message><Body>");
        for (int i = 0; i < reply.length(); i++) {
            char c = reply.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                        return builtXml(reply);
                    }
                    b.append(c);
                }
            }
        }
        return b.append("</Body></Message></Response>").toString();
    }

    private static String builtXml(String reply) {
        MessagingResponse.Builder r = new MessagingResponse.Builder();
        r.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
        try {
            return r.build().toXml();
        } catch (TwiMLException e) {
            log.error("TwiML could not be built", e);
            return XML_HEAD + "<Response/>";
        }
    }
}
