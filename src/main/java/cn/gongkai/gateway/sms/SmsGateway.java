package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.SmsTransport;

import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.OutboxSender;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.outreach.SmsSettings;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioTransport;
import cn.gongkai.twilio.TwilioWebhook;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.app.Records;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel of one home, assembled: the conversation, the Twilio webhook in front of it,
 * the outbox and its sender, and subscription notices. {@code serve} and {@code sms} build one.
 */
public final class SmsGateway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);

    private final Conversation conversation;
    private final TwilioWebhook webhook;
    private final SubscriptionNotices subscriptions;
    private final Outbox outbox;
    private final Records records;
    private final TwilioConfig twilio;
    private final Clock clock;
    private final Replies replies;
    private OutboxSender sender;

    public SmsGateway(Corpus corpus, Records records, ConfigFiles config, TwilioConfig twilio, Clock clock) {
        Messages messages = Messages.load(config);
        SmsSettings settings = SmsSettings.load(config);
        Replies replies = new Replies(messages, settings);
        this.replies = replies;
        this.records = records;
        this.twilio = twilio;
        this.clock = clock;
        this.conversation = new Conversation(corpus, records, replies, settings, clock);
        this.webhook = new TwilioWebhook(conversation, twilio, replies.text("error"));
        this.subscriptions = new SubscriptionNotices(records, replies, conversation.preferences());
        this.outbox = new Outbox(records.database(), clock);
        records.database().onReplay(VOICE_COPY, (tx, e) -> replayCopy(corpus, tx, e));
    }

    /** A voice caller's "send by SMS" kept while the database could not be written (issue 22). */
    static final String VOICE_COPY = "voice_copy";

    /** Queues the copy once: its dedupe key is the outbox's unique key, so a second replay finds it. */
    private void replayCopy(Corpus corpus, cn.gongkai.storage.Tx tx, com.fasterxml.jackson.databind.JsonNode e)
            throws java.sql.SQLException {
        String key = e.path("dedupe_key").asText();
        if (Outbox.queued(tx, key)) {
            return;
        }
        Optional<Disclosure> d = corpus.get(e.path("disclosure").asText());
        if (d.isEmpty()) {
            log.warn("voice copy not queued: disclosure {} withdrawn meanwhile", e.path("disclosure").asText());
            return;
        }
        Instant at = Instant.parse(e.path("at").asText());
        String body = replies.detail(d.get(), cn.gongkai.inquiries.PickupCodes.issue(tx, d.get().id(), at));
        Outbox.enqueue(tx, e.path("phone").asText(), body, Outbox.Kind.VOICE_COPY, key, at);
    }

    public SmsChannel channel() {
        return conversation;
    }

    public TwilioWebhook webhook() {
        return webhook;
    }

    public SubscriptionNotices subscriptions() {
        return subscriptions;
    }

    public Preferences preferences() {
        return conversation.preferences();
    }

    /** The records this gateway logs to (the voice line shares them: one writer per database). */
    public Records records() {
        return records;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** What became of a request to text a disclosure to a number. */
    public enum Copy { QUEUED, ALREADY_QUEUED, OPTED_OUT, NOT_MOBILE }

    /**
     * Queues one disclosure as the SMS detail reply (title, plain summary, pickup code) for a
     * number that asked for it on another channel (the voice line's "3"). A number that opted
     * out gets nothing; {@code dedupeKey} keeps a retried request from sending twice.
     */
    public Copy queueCopy(String phone, Disclosure d, String dedupeKey) {
        if (!Numbers.isMobile(phone)) {
            return Copy.NOT_MOBILE;
        }
        if (preferences().optedOut(phone)) {
            return Copy.OPTED_OUT;
        }
        try {
            String body = replies.detail(d, records.pickupCodes().issue(d.id()));
            return outbox.enqueue(phone, body, Outbox.Kind.VOICE_COPY, dedupeKey) ? Copy.QUEUED : Copy.ALREADY_QUEUED;
        } catch (cn.gongkai.storage.WriteUnavailable w) {
            // Kept in the journal and queued once writing works again: the caller may hang up now.
            records.database().keep(VOICE_COPY, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("phone", phone).put("disclosure", d.id()).put("dedupe_key", dedupeKey)
                    .put("at", clock.instant().toString()), w);
            return Copy.QUEUED;
        }
    }

    /**
     * Starts sending the outbox through Twilio, if it is configured; otherwise texts wait in
     * the outbox and this says why. Returns whether a sender runs.
     */
    public boolean startSender(Duration every, Duration backoff) {
        if (!twilio.canSend()) {
            log.warn("TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN or TWILIO_FROM_NUMBER not set: outbound SMS wait in the outbox");
            return false;
        }
        sender = new OutboxSender(outbox, records.database(), new TwilioTransport(twilio), clock, backoff).start(every);
        return true;
    }

    /** Starts sending the outbox through another provider (the gammu-smsd line). */
    public void startSender(SmsTransport transport, Duration every, Duration backoff) {
        sender = new OutboxSender(outbox, records.database(), transport, clock, backoff).start(every);
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
    }
}
