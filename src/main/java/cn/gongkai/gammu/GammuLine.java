package cn.gongkai.gammu;

import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.SmsChannel;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A domestic SMS line: gongkai as a client of gammu-smsd's files service. Watches the inbox
 * and the sent/error folders on one background thread; replies and notices leave through the
 * outbox and {@link SpoolTransport}, which the caller starts (see {@code SmsGateway}).
 */
public final class GammuLine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GammuLine.class);

    private final SpoolInbox inbox;
    private final SpoolReports reports;
    private ScheduledExecutorService executor;

    public GammuLine(SmsdConfig config, SmsChannel channel, Outbox outbox) {
        this.inbox = new SpoolInbox(config, channel, outbox, 300);
        this.reports = new SpoolReports(config, channel);
    }

    public GammuLine start(Duration every) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gammu-spool");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One round over inbox, sent and error; returns the messages answered. */
    public int poll() throws IOException {
        int answered = inbox.poll();
        reports.poll();
        return answered;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (IOException | RuntimeException e) {
            // file names in the message carry phone numbers: masked, as everywhere in the log
            log.error("gammu spool round failed: {}", SpoolInbox.masked(e.toString()));
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
