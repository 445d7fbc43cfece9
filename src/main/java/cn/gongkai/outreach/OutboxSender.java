package cn.gongkai.outreach;

import cn.gongkai.outreach.SmsTransport.SendFailure;
import cn.gongkai.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox, one row at a time, on one background thread.
 *
 * <p>Never twice: a row is claimed (SENDING) in the database before the provider is called,
 * and the SDK's own silent retries are switched off ({@link TwilioHttp}), so every request to
 * the provider is an attempt the outbox knows about. When an attempt ends ambiguously (a 5xx,
 * a timeout after the request left, or a crash mid-send) the row becomes UNCERTAIN, and before
 * any new attempt the sender asks the provider whether a message with this body already went
 * to this number; only if not does it send again. A delivery report naming the row settles it
 * too. We prefer this to "never resend" (a real outage would then drop notices) and to
 * "always resend" (a flaky API would text an old villager twice).
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 8;

    private final Outbox outbox;
    private final Database db;
    private final Preferences prefs;
    private final SmsTransport transport;
    private final Clock clock;
    private final Duration backoff;
    private ScheduledExecutorService executor;

    public OutboxSender(Outbox outbox, Database db, SmsTransport transport, Clock clock, Duration backoff) {
        this.outbox = outbox;
        this.db = db;
        this.prefs = new Preferences(db, clock);
        this.transport = transport;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** Starts sending every {@code every}; rows left SENDING by a crash become UNCERTAIN first. */
    public OutboxSender start(Duration every) {
        int interrupted = outbox.recoverInterrupted();
        if (interrupted > 0) {
            log.warn("{} outbox rows were being sent when gongkai stopped; they will be looked up before any resend",
                    interrupted);
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sms-outbox");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::drainQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.error("outbox round failed", e);
        }
    }

    /** One round: every due row gets one attempt. Returns how many rows were tried. */
    public int drain() {
        int taken = outbox.reclaimExpired();
        if (taken > 0) {
            log.warn("{} outbox rows were held past their lease by a node that stopped; they will be looked up before any resend",
                    taken);
        }
        int tried = 0;
        for (long id : outbox.due(100)) {
            Optional<Outbox.Row> row = outbox.claim(id);
            if (row.isPresent()) {
                attempt(row.get());
                tried++;
            }
        }
        return tried;
    }

    private void attempt(Outbox.Row r) {
        // A text a console simulation caused never reaches a phone, whoever holds that number.
        if (TestNumbers.isTest(db, r.to())) {
            outbox.finish(r.id(), "SUPPRESSED", "test number: never sent");
            return;
        }
        if (Outbox.optedOut(db, r.to())) {
            outbox.finish(r.id(), "SUPPRESSED", "opted out");
            return;
        }
        try {
            if ("UNCERTAIN".equals(r.status())) {
                Instant since = (r.firstClaimAt() == null ? clock.instant() : r.firstClaimAt()).minus(Duration.ofMinutes(5));
                Optional<String> earlier = transport.findSent(r.to(), r.body(), since);
                if (earlier.isPresent()) {
                    outbox.sent(r.id(), earlier.get());
                    return;
                }
            }
            outbox.sent(r.id(), transport.send(r.to(), r.body(), r.id()));
        } catch (SendFailure f) {
            failed(r, f.outcome(), f.getMessage());
        } catch (RuntimeException e) {
            log.error("outbox row {} failed unexpectedly", r.id(), e);
            failed(r, SmsTransport.Outcome.UNKNOWN, e.getClass().getSimpleName());
        }
    }

    private void failed(Outbox.Row r, SmsTransport.Outcome outcome, String error) {
        int attempts = r.attempts() + 1;
        switch (outcome) {
            case REFUSED -> outbox.finish(r.id(), "FAILED", error);
            case UNSUBSCRIBED -> {
                prefs.optOut(r.to(), "PROVIDER");
                outbox.finish(r.id(), "SUPPRESSED", error);
            }
            default -> {
                // NOT_SENT may simply be tried again; UNKNOWN (or a row that was already
                // uncertain) must be looked up first.
                boolean unsure = outcome == SmsTransport.Outcome.UNKNOWN || "UNCERTAIN".equals(r.status());
                if (attempts >= MAX_ATTEMPTS) {
                    outbox.finish(r.id(), "FAILED", (unsure ? "may have been sent; " : "") + error);
                } else {
                    long factor = 1L << Math.min(attempts - 1, 7);
                    Duration wait = backoff.multipliedBy(factor);
                    if (wait.compareTo(Duration.ofHours(1)) > 0) {
                        wait = Duration.ofHours(1);
                    }
                    outbox.retryLater(r.id(), unsure ? "UNCERTAIN" : "QUEUED", clock.instant().plus(wait), error);
                }
            }
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
