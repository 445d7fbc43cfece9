package cn.gongkai.gateway.sms;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.requests.Records;
import java.time.Clock;
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
    private OutboxSender sender;

    public SmsGateway(Corpus corpus, Records records, ConfigFiles config, TwilioConfig twilio, Clock clock) {
        Messages messages = Messages.load(config);
        SmsSettings settings = SmsSettings.load(config);
        Replies replies = new Replies(messages, settings);
        this.records = records;
        this.twilio = twilio;
        this.clock = clock;
        this.conversation = new Conversation(corpus, records, replies, settings, clock);
        this.webhook = new TwilioWebhook(conversation, twilio, replies.text("error"));
        this.subscriptions = new SubscriptionNotices(records, replies, conversation.preferences());
        this.outbox = new Outbox(records.database(), clock);
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

    public Outbox outbox() {
        return outbox;
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

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
    }
}
