package cn.gongkai.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Twilio's REST API on loopback, for a {@code serve} in another process: creates and lists
 * messages, and can be made to fail. Reach it as {@code http://localhost:PORT} (the SDK rewrites
 * a dotted four-part host as a Twilio region). Every created message keeps the outbox row id
 * from its status callback, so a test counts sends per row.
 */
public final class FakeTwilioApi implements AutoCloseable {
    public static final String ACCOUNT = "AC11111111111111111111111111111111";
    public static final String FROM = "+15005550006";

    /** How the API answers. */
    public enum Mode {
        /** 201 and the message is created. */
        OK,
        /** 500 and nothing is created (the API is down). */
        FAIL,
        /** The message is created, then 500: the worst case, a send that did go out. */
        CREATE_THEN_FAIL,
        /** The request is read and never answered (a socket that accepts and stays silent); POSTs are created. */
        HANG,
        /** 400 echoing the number and the text, as Twilio's own error messages do. */
        REFUSE,
        /** 500 to everything; every second POST is created first (the API half works, half lies). */
        FLAKY
    }

    /** A message the API created. */
    public record Created(String to, String body, Long outboxId) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-twilio");
        t.setDaemon(true);
        return t;
    });
    private final List<Created> created = new ArrayList<>();
    private final Object hung = new Object();
    private volatile Mode mode = Mode.OK;
    private volatile long delayMillis;
    public final AtomicInteger posts = new AtomicInteger();
    public final AtomicInteger lookups = new AtomicInteger();
    public final AtomicInteger failed = new AtomicInteger();
    /** POSTs being answered right now (inside the delay). */
    public final AtomicInteger inFlight = new AtomicInteger();

    public FakeTwilioApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
        server.createContext("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public void mode(Mode m) {
        mode = m;
        if (m != Mode.HANG) {
            synchronized (hung) {
                hung.notifyAll();
            }
        }
    }

    /** Time the API takes for each POST (so a kill lands in the middle of sending). */
    public void delay(long millis) {
        delayMillis = millis;
    }

    public List<Created> created() {
        synchronized (created) {
            return List.copyOf(created);
        }
    }

    /** Messages created per outbox row id. */
    public Map<Long, Integer> perRow() {
        Map<Long, Integer> m = new HashMap<>();
        for (Created c : created()) {
            m.merge(c.outboxId(), 1, Integer::sum);
        }
        return m;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String query = ex.getRequestURI().getRawQuery();
            Mode m = mode;
            if (ex.getRequestMethod().equals("POST")) {
                Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                posts.incrementAndGet();
                inFlight.incrementAndGet();
                try {
                    sleep(delayMillis);
                } finally {
                    inFlight.decrementAndGet();
                }
                String callback = form.getOrDefault("StatusCallback", "");
                int i = callback.indexOf("outbox=");
                Long outboxId = i < 0 ? null : Long.valueOf(callback.substring(i + 7));
                int n = 0;
                if (m == Mode.FLAKY) {
                    m = posts.get() % 2 == 0 ? Mode.CREATE_THEN_FAIL : Mode.FAIL;
                }
                if (m == Mode.OK || m == Mode.CREATE_THEN_FAIL || m == Mode.HANG) {
                    synchronized (created) {
                        created.add(new Created(form.get("To"), form.get("Body"), outboxId));
                        n = created.size();
                    }
                }
                switch (m) {
                    case OK -> answer(ex, 201, message(n, form.get("To"), form.get("Body")));
                    case HANG -> hang();
                    case REFUSE -> answer(ex, 400, "{\"code\":21211,\"message\":\"The 'To' number " + form.get("To")
                            + " is not a valid phone number. Body: " + form.get("Body") + "\",\"status\":400}");
                    default -> fail(ex);
                }
            } else {
                lookups.incrementAndGet();
                if (m == Mode.HANG) {
                    hang();
                    return;
                }
                if (m != Mode.OK) {
                    fail(ex);
                    return;
                }
                String to = form(query == null ? "" : query).get("To");
                StringBuilder list = new StringBuilder();
                List<Created> all = created();
                for (int k = all.size() - 1; k >= 0; k--) {
                    if (all.get(k).to().equals(to)) {
                        list.append(list.length() == 0 ? "" : ",").append(message(k + 1, to, all.get(k).body()));
                    }
                }
                answer(ex, 200, "{\"messages\":[" + list + "],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/"
                        + ACCOUNT + "/Messages.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,"
                        + "\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/"
                        + ACCOUNT + "/Messages.json\"}");
            }
        }
    }

    /** Holds the request unanswered until the mode changes; then drops the connection without a reply. */
    private void hang() {
        synchronized (hung) {
            while (mode == Mode.HANG) {
                try {
                    hung.wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void fail(HttpExchange ex) throws IOException {
        failed.incrementAndGet();
        answer(ex, 500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"more_info\":\"\",\"status\":500}");
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    private static String message(int n, String to, String body) {
        return "{\"sid\":\"SM" + String.format("%032d", n) + "\",\"account_sid\":\"" + ACCOUNT + "\",\"to\":\"" + to
                + "\",\"from\":\"" + FROM + "\",\"body\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(body)
                + ",\"status\":\"queued\",\"date_created\":null,\"num_segments\":\"1\",\"direction\":\"outbound-api\","
                + "\"api_version\":\"2010-04-01\"}";
    }

    private static Map<String, String> form(String s) {
        Map<String, String> m = new HashMap<>();
        for (String kv : s.split("&")) {
            if (!kv.isEmpty()) {
                String[] p = kv.split("=", 2);
                m.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        return m;
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        mode(Mode.OK);
        server.stop(0);
        threads.shutdownNow();
    }
}
