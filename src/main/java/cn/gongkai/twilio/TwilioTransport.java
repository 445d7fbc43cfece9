package cn.gongkai.twilio;

import cn.gongkai.outreach.SmsTransport;

import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** Outbound texts through Twilio's REST API (the SDK's {@code Message.creator}). */
public final class TwilioTransport implements SmsTransport {
    /** Twilio error: the recipient has replied STOP to this sender. */
    static final int UNSUBSCRIBED_RECIPIENT = 21610;

    private final TwilioRestClient client;
    private final String from;
    private final String statusCallback;

    public TwilioTransport(TwilioConfig config) {
        if (!config.canSend()) {
            throw new IllegalArgumentException("Twilio sending needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER");
        }
        this.client = new TwilioRestClient.Builder(config.accountSid(), config.authToken())
                .httpClient(new TwilioHttp(config.apiBase(), config.accountSid(), config.authToken()))
                .build();
        this.from = config.fromNumber();
        this.statusCallback = config.publicUrl() == null ? null : config.publicUrl() + TwilioWebhook.STATUS_PATH;
    }

    @Override
    public String send(String to, String body, Long outboxId) throws SendFailure {
        MessageCreator c = Message.creator(new PhoneNumber(to), new PhoneNumber(from), body);
        if (statusCallback != null && outboxId != null) {
            c.setStatusCallback(URI.create(statusCallback + "?outbox=" + outboxId));
        }
        try {
            return c.create(client).getSid();
        } catch (TwilioException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<String> findSent(String to, String body, Instant since) throws SendFailure {
        try {
            Page<Message> page = Message.reader().setTo(new PhoneNumber(to)).setPageSize(50L).firstPage(client);
            for (Message m : page.getRecords()) {
                boolean recent = m.getDateCreated() == null || !m.getDateCreated().toInstant().isBefore(since);
                if (recent && body.equals(m.getBody()) && (m.getFrom() == null || from.equals(m.getFrom().toString()))) {
                    return Optional.of(m.getSid());
                }
            }
            return Optional.empty();
        } catch (TwilioException e) {
            SendFailure f = failure(e);
            // A failed lookup proves nothing: stay uncertain.
            throw new SendFailure(Outcome.UNKNOWN, "lookup failed: " + f.getMessage(), e);
        }
    }

    private static SendFailure failure(TwilioException t) {
        if (t instanceof TwilioHttp.NotSent) {
            return new SendFailure(Outcome.NOT_SENT, t.getMessage(), t);
        }
        if (!(t instanceof ApiException e)) { // connection lost after the request left
            return new SendFailure(Outcome.UNKNOWN, t.getMessage(), t);
        }
        Integer status = e.getStatusCode();
        String what = (status == null ? "" : "HTTP " + status + " ") + (e.getCode() == null ? "" : "code " + e.getCode() + " ")
                + e.getMessage();
        if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
            return new SendFailure(Outcome.UNSUBSCRIBED, what, e);
        }
        if (status == null || status >= 500) {
            return new SendFailure(Outcome.UNKNOWN, what, e);
        }
        if (status == 429) {
            return new SendFailure(Outcome.NOT_SENT, what, e);
        }
        return new SendFailure(Outcome.REFUSED, what, e);
    }
}
