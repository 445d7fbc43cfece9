package cn.gongkai.outreach;

/**
 * The SMS conversation as any carrier sees it: a text in from a number, one reply text out,
 * and delivery reports back for what we sent. Twilio is the first adapter ({@link TwilioWebhook});
 * a domestic SMS gateway or a GSM modem is another class that calls these two methods.
 */
public interface SmsChannel {

    /**
     * Answers one inbound text. Logs it first; a repeated {@code messageId} gets the same reply
     * without being logged or acted on again. Never throws for anything a sender can type.
     */
    String reply(Inbound sms);

    /**
     * The text could be written neither to the database nor to the journal (the disk is full to
     * the last byte): nothing may tell the sender it was received. The carrier is answered with
     * an error (Twilio then lists the message as failed in its own log, where it can be found;
     * the gammu spool keeps the file and tries again).
     */
    final class NotKept extends cn.gongkai.config.UserException {
        public NotKept(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A delivery report for an outbound message (by the provider's id, or our outbox id). */
    void delivered(DeliveryReport report);

    /**
     * One text as received.
     *
     * @param from the sender's number as the carrier gives it
     * @param messageId the carrier's id for this message (Twilio: MessageSid); null if none
     */
    record Inbound(String from, String text, String messageId) {}

    /** @param outboxId our outbox row, when the provider echoes it back; may be null */
    record DeliveryReport(String providerId, Long outboxId, String status, String errorCode) {}
}
