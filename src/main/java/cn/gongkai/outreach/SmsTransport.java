package cn.gongkai.outreach;

import java.time.Instant;
import java.util.Optional;

/** Sends one text through a provider (Twilio's REST API, later a domestic gateway or a modem). */
public interface SmsTransport {

    /** Sends; returns the provider's id for the message. */
    String send(String to, String body, Long outboxId) throws SendFailure;

    /** The id of a message with this body already sent to this number since {@code since}, if any. */
    Optional<String> findSent(String to, String body, Instant since) throws SendFailure;

    /** Why a send failed, which decides what the outbox does next. */
    enum Outcome {
        /** Surely not sent (could not connect, throttled): try again later. */
        NOT_SENT,
        /** Maybe sent (server error, timeout after the request left): look it up before any resend. */
        UNKNOWN,
        /** Refused for good (bad number, blocked): give up. */
        REFUSED,
        /** The recipient opted out at the provider: record it and give up. */
        UNSUBSCRIBED
    }

    /** A failed send or lookup and what it means. */
    final class SendFailure extends Exception {
        private final Outcome outcome;

        public SendFailure(Outcome outcome, String message, Throwable cause) {
            super(message, cause);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }
}
