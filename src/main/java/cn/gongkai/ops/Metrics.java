package cn.gongkai.ops;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.outreach.Outbox;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * What {@code serve} publishes at {@code GET /metrics} in Prometheus' text format: requests by
 * route and status, search and webhook latency, the outbox and the index. One registry per
 * server, handed to whatever records into it; nothing global.
 *
 * <p>Requests are tagged with the matched route template ({@code /api/disclosures/{id}}), never
 * the raw path, so a scan of random URLs cannot grow the series without bound. The outbox and
 * index gauges are read when Prometheus scrapes, through a one-second cache.
 */
public final class Metrics {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The route tag of a request no route matched (404s of scanners). */
    static final String UNMATCHED = "UNMATCHED";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Clock clock;

    public Metrics(Clock clock) {
        this.clock = clock;
    }

    /** Where searches and other parts of the server record. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * {@code GET /metrics}, for a client on this machine only whatever address {@code serve}
     * listens on (the route is declared {@code LOCAL}; the gateway's route guard checks it with
     * {@link LocalClient}): the figures show traffic and backlog, nothing a stranger needs.
     */
    public void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(registry.scrape().getBytes(StandardCharsets.UTF_8));
    }

    /** Javalin's request logger: called once per finished request with its duration. */
    public void request(Context ctx, Float millis) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? UNMATCHED : matched.path;
        long nanos = (long) (millis * 1_000_000L);
        String status = Integer.toString(ctx.statusCode());
        Timer.builder("gongkai.http.requests")
                .description("HTTP requests by matched route and status")
                .tags("method", ctx.method().name(), "route", route, "status", status)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (route.startsWith("/twilio/")) {
            Timer.builder("gongkai.webhook")
                    .description("time to answer a Twilio webhook (Twilio gives up after 15 s)")
                    .tags("route", route)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(15))
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Outbox depth and failures, read from its table. */
    public Metrics watch(Outbox outbox) {
        Supplier<Outbox.Counts> counts = cached(outbox::counts);
        gauge("gongkai.outbox.waiting", "outbound texts not yet sent (queued, sending or uncertain)",
                counts, c -> c.waiting());
        gauge("gongkai.outbox.uncertain", "outbound texts whose last attempt may have gone out; looked up before any resend",
                counts, c -> c.uncertain());
        gauge("gongkai.outbox.retrying", "outbound texts waiting after at least one failed attempt",
                counts, c -> c.retrying());
        gauge("gongkai.outbox.failed", "outbound texts given up (refused by the provider or out of attempts)",
                counts, c -> c.failed());
        return this;
    }

    /** Size and age of the index generation in use. */
    public Metrics watch(Corpus corpus) {
        Supplier<double[]> index = cached(() -> indexFigures(corpus.generation()));
        Gauge.builder("gongkai.index.size", index, s -> s.get()[0]).baseUnit("bytes").strongReference(true)
                .description("bytes of the index generation in use").register(registry);
        Gauge.builder("gongkai.index.age", index, s -> s.get()[1]).baseUnit("seconds").strongReference(true)
                .description("seconds since the index in use was published").register(registry);
        Gauge.builder("gongkai.index.documents", corpus, Corpus::size).strongReference(true)
                .description("disclosures in the index in use").register(registry);
        return this;
    }

    private <T> void gauge(String name, String help, Supplier<T> source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, s -> value.applyAsDouble(s.get())).strongReference(true).description(help)
                .register(registry);
    }

    /** Bytes of the generation folder, seconds since its CURRENT pointer was written. */
    private double[] indexFigures(Path generation) {
        try (Stream<Path> files = Files.walk(generation)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            Path pointer = generation.getParent().resolve("CURRENT");
            Instant published = Files.getLastModifiedTime(Files.exists(pointer) ? pointer : generation).toInstant();
            double age = Math.max(0, Duration.between(published, clock.instant()).toMillis() / 1000.0);
            return new double[] {bytes, age};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /** The value, fetched again at most once a second: one scrape reads each source once. */
    private <T> Supplier<T> cached(Supplier<T> source) {
        return new Supplier<>() {
            private T value;
            private long at;

            @Override
            public synchronized T get() {
                long now = System.nanoTime();
                if (value == null || now - at > 1_000_000_000L) {
                    value = source.get();
                    at = now;
                }
                return value;
            }
        };
    }
}
