package cn.gongkai.kiosk;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.corpus.Snapshots;
import cn.gongkai.hall.StaffCalls;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.requests.NewRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk that is a client of {@code serve}. Reads ask the server while it answers and fall back
 * to the kiosk's own copy of the index (a generation snapshot, refreshed when the server's
 * changes) when it does not; what the kiosk sends goes through an on-disk queue, so nothing made
 * while the network is down is lost, and each send reaches the record once.
 */
final class RemoteBackend implements Backend {
    private static final Logger log = LoggerFactory.getLogger(RemoteBackend.class);
    /** How often the kiosk looks at the server: its generation, and the queue to send. */
    static final long CHECK_MILLIS = Long.getLong("gongkai.kiosk.check-millis", 5_000L);

    private final Home home;
    private final KioskClient client;
    private final SendQueue queue;
    private final Clock clock;
    private final Corpus local;
    private final ScheduledExecutorService checker;
    private volatile boolean online;

    private RemoteBackend(Home home, KioskClient client, SendQueue queue, Corpus local, Clock clock, boolean online) {
        this.home = home;
        this.client = client;
        this.queue = queue;
        this.local = local;
        this.clock = clock;
        this.online = online;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-server-check");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Connects to the server, refreshing the local index copy if the server's is newer. Without a
     * copy yet, the server must answer: a kiosk with nothing to show says so in one line.
     */
    static RemoteBackend open(Home home, URI server, String token, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new UserException("远程模式需要自助机令牌 (--token、GONGKAI_KIOSK_TOKEN 或 --token-file)");
        }
        if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
            throw new UserException("服务器地址应为 http(s)://主机[:端口]，如 https://gk.example.cn");
        }
        KioskClient client = new KioskClient(server, token.strip());
        boolean online;
        // A kiosk with no copy yet has nothing to show: at boot the server may still be starting.
        long giveUp = System.nanoTime() + FIRST_WAIT.toNanos();
        while (Snapshots.installed(home).isEmpty() && System.nanoTime() < giveUp && !reachable(home, client)) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            refreshIndex(home, client);
            online = true;
        } catch (KioskClient.Refused r) {
            if (r.status == 401) {
                throw new UserException("服务器拒绝了这台自助机的令牌 (未登记或已停用)：请在服务器上运行 gongkai kiosk register");
            }
            online = false;
            log.warn("kiosk: the server answered {}; working from the local copy", r.status);
        } catch (IOException e) {
            online = false;
            log.warn("kiosk: server {} not reachable ({}); working from the local copy", client.base(),
                    e.getClass().getSimpleName());
        }
        if (Snapshots.installed(home).isEmpty()) {
            throw new UserException("第一次启动要先连上服务器 " + client.base() + " 取得公开信息 (稍后会自动重试)");
        }
        try {
            return new RemoteBackend(home, client, new SendQueue(home.root().resolve("queue")), Corpus.open(home, clock),
                    clock, online);
        } catch (IOException e) {
            throw new UserException("无法在 " + home.root() + " 建立待发送队列: " + e.getMessage(), e);
        }
    }

    static final java.time.Duration FIRST_WAIT = java.time.Duration.ofSeconds(Long.getLong("gongkai.kiosk.first-wait-seconds", 120));

    /** Tries the first download; false while the server cannot be reached (a refused token stops at once). */
    private static boolean reachable(Home home, KioskClient client) {
        try {
            refreshIndex(home, client);
            return true;
        } catch (KioskClient.Refused r) {
            return true; // answered: the caller reports it
        } catch (IOException e) {
            return false;
        }
    }

    /** Downloads and installs the server's generation if this home holds another one. */
    private static boolean refreshIndex(Home home, KioskClient client) throws IOException {
        String serverGen = client.get("/hello", Map.of()).path("generation").asText();
        if (serverGen.equals(Snapshots.installed(home).orElse(""))) {
            return false;
        }
        KioskClient.Download d = client.snapshot();
        try (InputStream in = d.body()) {
            Snapshots.install(home, d.generation(), in);
        }
        log.info("kiosk: index copy refreshed to {}", d.generation());
        return true;
    }

    /** Every few seconds: is the server there, is its index newer, does the queue wait? */
    private void check() {
        try {
            if (refreshIndex(home, client)) {
                local.reloadConfig();
                local.refresh();
            }
            online = true;
            if (queue.pending() > 0) {
                queue.flush(client::post, 0);
            }
        } catch (IOException e) {
            if (online) {
                log.warn("kiosk: server not reachable ({}); reading from the local copy, sends queued",
                        e.getClass().getSimpleName());
            }
            online = !(e instanceof java.net.ConnectException || e instanceof java.net.http.HttpTimeoutException)
                    && !(e instanceof KioskClient.Refused r && r.status >= 500);
            if (e instanceof KioskClient.Refused r && r.status == 401) {
                online = false;
            }
        } catch (RuntimeException e) {
            log.error("kiosk: server check failed: {}", e.getClass().getName());
        }
    }

    boolean online() {
        return online;
    }

    @Override
    public List<String> suggest(String letters, List<String> asked, int max) {
        // Offline too: the words come from the local copy of the index and its lexicons.
        return local.search().suggest(letters, asked, max);
    }

    @Override
    public cn.gongkai.bodies.Bodies bodies() {
        return local.bodies();
    }

    @Override
    public cn.gongkai.corpus.Villages villages() {
        return local.villages();
    }

    @Override
    public boolean offline() {
        return !online;
    }

    @Override
    public SearchResult search(SearchRequest r) {
        if (online) {
            try {
                return result(client.get("/search", Map.of("q", r.text() == null ? "" : r.text(),
                        "offset", String.valueOf(r.offset()), "limit", String.valueOf(r.limit()))));
            } catch (IOException e) {
                wentOffline(e);
            }
        }
        return local.search().search(r);
    }

    @Override
    public SearchResult latest(String category, int limit) {
        if (online) {
            try {
                Map<String, String> q = new LinkedHashMap<>();
                q.put("limit", String.valueOf(limit));
                q.put("category", category);
                return result(client.get("/latest", q));
            } catch (IOException e) {
                wentOffline(e);
            }
        }
        return local.search().latest(null, category, limit);
    }

    /** Pickup codes live in the server's record: offline, no code is known. */
    @Override
    public Optional<Disclosure> pickup(String code) {
        if (!online) {
            return Optional.empty();
        }
        try {
            return Optional.of(disclosure(client.get("/pickup/" + code, Map.of())));
        } catch (KioskClient.Refused r) {
            if (r.status == 404) {
                return Optional.empty();
            }
            wentOffline(r);
        } catch (IOException e) {
            wentOffline(e);
        }
        return Optional.empty();
    }

    @Override
    public InquiryJournal.Ref logInquiry(String text, List<String> ids, String category) {
        return inquiry("SEARCH", text, ids, category);
    }

    @Override
    public InquiryJournal.Ref logView(String text, List<String> ids, String category) {
        return inquiry("VIEW", text, ids, category);
    }

    /** {@code what}: SEARCH or VIEW, for the console's per-kiosk charts. */
    private InquiryJournal.Ref inquiry(String what, String text, List<String> ids, String category) {
        ObjectNode b = newSend().put("what", what);
        b.put("text", text);
        b.set("result_ids", KioskClient.JSON.valueToTree(ids));
        b.put("category", category);
        return enqueue("/inquiries", b) ? new InquiryJournal.Ref(-1, b.path("id").asText()) : InquiryJournal.Ref.NONE;
    }

    @Override
    public void feedback(InquiryJournal.Ref inquiry, boolean helpful) {
        if (inquiry.key() == null) {
            return;
        }
        ObjectNode b = newSend();
        b.put("inquiry", inquiry.key());
        b.put("helpful", helpful);
        enqueue("/feedback", b);
    }

    /**
     * Queued on disk first, then sent at once if the server answers: the receipt code if it
     * arrived, else the kiosk's own reference and {@code queued}.
     */
    @Override
    public Filed fileRequest(NewRequest r) {
        ObjectNode b = newSend();
        b.put("applicant_type", r.applicantType().name());
        b.put("name", r.name());
        b.put("contact", r.contact());
        b.put("content", r.content());
        b.put("form_wanted", r.formWanted());
        b.put("address", r.address());
        b.put("delivery", r.delivery() == null ? null : r.delivery().name());
        String id = b.path("id").asText();
        try {
            queue.add("/requests", b);
        } catch (IOException e) {
            throw new UserException("申请无法保存在这台自助机上: " + e.getClass().getSimpleName(), e);
        }
        log.info("kiosk: a request was queued");
        if (online) {
            try {
                JsonNode answer = queue.flush(client::post, 3_000).get(id);
                if (answer != null) {
                    return new Filed(answer.path("receipt_code").asText(), false);
                }
            } catch (IOException e) {
                wentOffline(e);
            }
        }
        return new Filed(id.substring(0, 8).toUpperCase(), true);
    }

    /**
     * Queued on disk like a request, then sent at once if the server answers. Offline the call
     * still reaches the console (dated when it was made) once the network is back: staff see that
     * someone needed help here, and the screen tells the person to go to the desk meanwhile.
     */
    @Override
    public long callStaff() {
        ObjectNode b = newSend();
        String id = b.path("id").asText();
        try {
            queue.add("/calls", b);
        } catch (IOException e) {
            throw new IllegalStateException("the staff call could not be kept on this kiosk: " + e.getClass().getSimpleName(), e);
        }
        if (online) {
            try {
                JsonNode answer = queue.flush(client::post, 3_000).get(id);
                if (answer != null) {
                    return answer.path("call").asLong();
                }
            } catch (IOException e) {
                wentOffline(e);
            }
        }
        log.info("kiosk: a staff call was queued until the server answers");
        return QUEUED_CALL;
    }

    @Override
    public Optional<StaffCalls.Call> call(long id) {
        if (!online) {
            return Optional.empty();
        }
        try {
            JsonNode c = client.get("/calls/" + id, Map.of());
            return Optional.of(new StaffCalls.Call(id, "", instant(c, "called_at"),
                    StaffCalls.Outcome.valueOf(c.path("outcome").asText()), instant(c, "coming_at"), null, null, null,
                    null));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("kiosk: staff call {} could not be read: {}", id, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void phoneShown(long id) {
        try {
            client.post("/calls/" + id + "/phone-shown", KioskClient.JSON.createObjectNode());
        } catch (IOException e) {
            wentOffline(e);
        }
    }

    private ObjectNode newSend() {
        return KioskClient.JSON.createObjectNode().put("id", UUID.randomUUID().toString())
                .put("at", clock.instant().toString());
    }

    /** Onto the disk, then (in the background) to the server; false only if the disk refused. */
    private boolean enqueue(String path, ObjectNode body) {
        try {
            queue.add(path, body);
        } catch (IOException e) {
            log.error("kiosk: {} could not be queued: {}", path, e.getClass().getSimpleName());
            return false;
        }
        if (online) {
            checker.execute(() -> {
                try {
                    queue.flush(client::post, 0);
                } catch (IOException e) {
                    wentOffline(e);
                }
            });
        }
        return true;
    }

    private void wentOffline(IOException e) {
        if (e instanceof KioskClient.Refused r && r.status < 500 && r.status != 401) {
            return; // the server is there; it refused this one call
        }
        if (online) {
            log.warn("kiosk: server not reachable ({}); reading from the local copy", e.getClass().getSimpleName());
        }
        online = false;
    }

    private static SearchResult result(JsonNode r) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : r.path("hits")) {
            hits.add(new SearchHit(disclosure(h), 0f, h.path("in_force").asBoolean(true), text(h, "snippet"), List.of()));
        }
        List<String> terms = new ArrayList<>();
        r.path("terms").forEach(t -> terms.add(t.asText()));
        return new SearchResult(r.path("total").asInt(), hits, text(r, "village"), terms);
    }

    private static Disclosure disclosure(JsonNode d) {
        List<String> villages = new ArrayList<>();
        d.path("villages").forEach(v -> villages.add(v.asText()));
        return new Disclosure(d.path("id").asText(), d.path("title").asText(), text(d, "doc_no"), text(d, "index_no"),
                text(d, "agency"), text(d, "category"), text(d, "type"), date(d, "published"), date(d, "repealed"),
                villages, text(d, "summary"), text(d, "body"), null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : Instant.parse(s);
    }

    @Override
    public void close() {
        checker.shutdownNow();
        local.close();
    }
}
