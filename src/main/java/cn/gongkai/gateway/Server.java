package cn.gongkai.gateway;

import static cn.gongkai.console.Role.ADMIN;
import static cn.gongkai.console.Role.STAFF;
import static cn.gongkai.gateway.Access.LOCAL;
import static cn.gongkai.gateway.Access.PUBLIC;
import static cn.gongkai.gateway.Access.TWILIO;

import cn.gongkai.console.Console;
import cn.gongkai.console.ErrorPage;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.twilio.TwilioWebhook;
import cn.gongkai.gateway.voice.VoiceWebhook;
import cn.gongkai.ops.Metrics;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP gateway: every route of {@code serve} is declared here, handlers are method references. */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    /** Javalin's own words for an oversized body are English; staff and callers read this. */
    static final String TOO_LARGE = "提交的内容太大，没有处理。";
    /** The largest request body read (Javalin's default, said once here). */
    static final long MAX_BODY = 1_000_000L;
    /** Oversized bodies up to this size are read and dropped so the client reads the 413. */
    static final long DRAIN_LIMIT = 8_000_000L;

    private final Javalin app;

    /** The JSON API only; the Twilio routes answer 503. */
    public Server(Corpus corpus) {
        this(corpus, TwilioWebhook.closed("SMS is not set up on this server"), null);
    }

    public Server(Corpus corpus, TwilioWebhook sms) {
        this(corpus, sms, null);
    }

    public Server(Corpus corpus, Console console) {
        this(corpus, TwilioWebhook.closed("SMS is not set up on this server"), console);
    }

    public Server(Corpus corpus, TwilioWebhook sms, Console console) {
        this(corpus, sms, VoiceWebhook.closed("the voice line is not set up on this server"), console, null);
    }

    /**
     * Every channel of {@code serve}. With {@code console} null the /staff routes are not served
     * (the API tests need none); with {@code metrics} null there is no /metrics.
     */
    public Server(Corpus corpus, TwilioWebhook sms, VoiceWebhook voice, Console console, Metrics metrics) {
        this(corpus, sms, voice, console, metrics, null);
    }

    /** As above; with {@code db}, /health also reports the disk under the database. */
    public Server(Corpus corpus, TwilioWebhook sms, VoiceWebhook voice, Console console, Metrics metrics,
            cn.gongkai.storage.Database db) {
        this(corpus, sms, voice, console, metrics, db, null);
    }

    /** As above; with {@code kiosks}, remote kiosks are served under /api/kiosk (token required). */
    public Server(Corpus corpus, TwilioWebhook sms, VoiceWebhook voice, Console console, Metrics metrics,
            cn.gongkai.storage.Database db, KioskApi kiosks) {
        preferJdkXml();
        ApiHandlers api = new ApiHandlers(corpus, db);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY;
            // A body over the limit is refused before anyone reads it, with the same page or JSON
            // as every other error (Javalin alone drops the form and lets the handler go on).
            cfg.routes.before(ctx -> {
                long length = ctx.req().getContentLengthLong();
                if (length > MAX_BODY) {
                    // Read a body a little over the limit to its end before answering: if the
                    // server answers and closes while the client is still sending, the client's
                    // TCP stack sees a reset and throws the answer away. Far larger bodies are
                    // not worth reading; those clients may see the reset.
                    if (length <= DRAIN_LIMIT) {
                        ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    throw new HttpResponseException(413, TOO_LARGE);
                }
            });
            // Every route declares who may use it (Access, or the console's Role); one check before
            // the handler, none inside it.
            cfg.routes.beforeMatched(new RouteGuard(console)::check);
            cfg.routes.get("/health", api::health, PUBLIC);
            boolean withConsole = console != null;
            cfg.routes.get("/", ctx -> ctx.html(frontPage(withConsole)), PUBLIC);
            cfg.routes.get("/api/search", api::search, PUBLIC);
            cfg.routes.get("/api/disclosures/{id}", api::disclosure, PUBLIC);
            if (kiosks != null) {
                kiosks.routes(cfg.routes);
            }
            cfg.routes.post(TwilioWebhook.SMS_PATH, sms::sms, TWILIO);
            cfg.routes.post(TwilioWebhook.STATUS_PATH, sms::status, TWILIO);
            voiceRoutes(cfg.routes, voice);
            if (console != null) {
                staffRoutes(cfg.routes, console);
            }
            if (metrics != null) {
                // Not public: Metrics answers clients on this machine only, and the nginx site
                // refuses it from outside as well.
                cfg.routes.get("/metrics", metrics::scrape, LOCAL);
                cfg.requestLogger.http(metrics::request);
            }

            // Expected bad input is answered politely; the unexpected is logged once, and the
            // person sees one kind sentence, never a stack trace.
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
                String message = e.getStatus() == 413 ? TOO_LARGE : e.getMessage();
                if (ErrorPage.applies(ctx)) {
                    ErrorPage.send(ctx, e.getStatus(), message);
                    ctx.attribute(Json.ANSWERED, Boolean.TRUE);
                } else {
                    Json.send(ctx, e.getStatus(), Map.of("error", message));
                }
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("unhandled error on {} {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.path(), e);
                Json.send(ctx, 500, Map.of("error", "服务暂时出了点问题, 请稍后再试"));
            });
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.attribute(Json.ANSWERED) == null) {
                    if (ErrorPage.applies(ctx)) {
                        ErrorPage.send(ctx, 404, "没有这个页面。");
                    } else {
                        Json.send(ctx, 404, Map.of("error", "没有这个地址"));
                    }
                }
            });
        });
    }

    /**
     * What a person who follows the serve banner's address sees: where the console and the
     * health check are, instead of a JSON "not found".
     */
    static String frontPage(boolean withConsole) {
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开 gongkai</title></head>
                <body style="font-family:sans-serif;font-size:18px;margin:2em">
                <h1>政务公开服务 (gongkai) 正在运行</h1><ul>
                %s<li><a href="/health">运行状态 (/health)</a></li>
                </ul></body></html>""".formatted(withConsole
                ? "<li><a href=\"/staff/today\">工作人员工作台 (/staff)</a></li>\n" : "");
    }

    /** The voice line: Twilio calls the first route; our TwiML sends the call on to the others. */
    private static void voiceRoutes(io.javalin.config.RoutesConfig r, VoiceWebhook v) {
        r.post("/twilio/voice", v::call, TWILIO);
        r.post("/twilio/voice/{" + VoiceWebhook.STAGE + "}", v::stage, TWILIO);
    }

    /**
     * The staff console (/staff). {@code guard} runs before every matched route and lets into
     * /staff only a logged-in session, and into a POST only with that session's CSRF token.
     */
    private static void staffRoutes(io.javalin.config.RoutesConfig r, Console c) {
        r.get("/staff", c.auth::home, STAFF);
        r.get("/staff/login", c.auth::loginPage, PUBLIC);
        r.post("/staff/login", c.auth::login, PUBLIC);
        r.post("/staff/logout", c.auth::logout, STAFF);
        r.get("/staff/today", c.today::show, STAFF);
        r.post("/staff/calls/{id}/coming", c.today::callComing, STAFF);
        r.post("/staff/calls/{id}/arrived", c.today::callArrived, STAFF);
        r.get("/staff/inquiries", c.inquiries::list, STAFF);
        r.get("/staff/inquiries.xlsx", c.inquiries::exportXlsx, STAFF);
        r.post("/staff/inquiries/{id}/reveal", c.inquiries::reveal, ADMIN);
        r.get("/staff/inquiries/{id}/request", c.inquiries::requestForm, STAFF);
        r.post("/staff/inquiries/{id}/request", c.inquiries::toRequest, STAFF);
        r.get("/staff/requests", c.requests::list, STAFF);
        r.get("/staff/requests/new", c.requests::newForm, STAFF);
        r.post("/staff/requests", c.requests::create, STAFF);
        r.get("/staff/requests/{id}", c.requests::show, STAFF);
        r.post("/staff/requests/{id}/confirm", c.requests::confirm, STAFF);
        r.post("/staff/requests/{id}/assign", c.requests::assign, STAFF);
        r.post("/staff/requests/{id}/correction", c.requests::requestCorrection, STAFF);
        r.post("/staff/requests/{id}/complete", c.requests::complete, STAFF);
        r.post("/staff/requests/{id}/reasons", c.requests::askReasons, STAFF);
        r.post("/staff/requests/{id}/later-deadline", c.requests::laterDeadline, STAFF);
        r.post("/staff/requests/{id}/corrected", c.requests::corrected, STAFF);
        r.post("/staff/requests/{id}/extend", c.requests::extend, STAFF);
        r.post("/staff/requests/{id}/pause", c.requests::pause, STAFF);
        r.post("/staff/requests/{id}/resume", c.requests::resume, STAFF);
        r.post("/staff/requests/{id}/conclude", c.requests::conclude, STAFF);
        r.post("/staff/requests/{id}/reveal", c.requests::reveal, ADMIN);
        r.get("/staff/requests/{id}/letters/{kind}", c.letters::download, STAFF);
        r.post("/staff/requests/{id}/letters/{kind}/delivery", c.letters::deliver, STAFF);
        r.post("/staff/requests/{id}/fee-notice", c.letters::feeNotice, STAFF);
        r.get("/staff/demand", c.demand::show, STAFF);
        r.post("/staff/demand/answered", c.demand::answered, STAFF);
        r.post("/staff/demand/synonym", c.demand::synonym, STAFF);
        r.get("/staff/satisfaction", c.insights::satisfaction, STAFF);
        r.get("/staff/charts", c.insights::charts, STAFF);
        r.get("/staff/kiosks", c.kiosks::show, STAFF);
        r.get("/staff/disclosures", c.disclosures::list, STAFF);
        r.get("/staff/disclosures/new", c.disclosures::newForm, STAFF);
        r.post("/staff/disclosures", c.disclosures::create, STAFF);
        r.get("/staff/disclosures/{id}", c.disclosures::edit, STAFF);
        r.post("/staff/disclosures/{id}", c.disclosures::save, STAFF);
        r.get("/staff/report", c.report::show, STAFF);
        r.post("/staff/report/figures", c.report::saveFigures, STAFF);
        r.get("/staff/report/download", c.report::download, STAFF);
        r.get("/staff/audit", c.audit::show, ADMIN);
        r.get("/staff/sms", c.smsSimulator::show, STAFF);
        r.post("/staff/sms", c.smsSimulator::send, STAFF);
        r.post("/staff/sms/numbers", c.smsSimulator::addNumber, ADMIN);
        r.get("/staff/villages", c.villages::list, STAFF);
        r.get("/staff/bodies", c.bodies::show, STAFF);
        r.post("/staff/bodies/switch", c.bodies::switchTo, STAFF);
        r.post("/staff/villages", c.villages::register, STAFF);
        r.post("/staff/villages/remove", c.villages::remove, STAFF);
        r.post("/staff/villages/reveal", c.villages::reveal, ADMIN);
    }

    /** Every registered HTTP route as "METHOD /path" (tests walk them). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
                .toList();
    }

    /**
     * Every registered route a request can end at ("METHOD /path"; not the before and after
     * handlers) with the roles it declared (empty: none).
     */
    public Map<String, Set<RouteRole>> routeRoles() {
        Map<String, Set<RouteRole>> all = new LinkedHashMap<>();
        for (var p : app.unsafe.internalRouter.allHttpHandlers()) {
            if (!p.endpoint.method.isHttpMethod()) {
                continue;
            }
            Roles roles = p.endpoint.metadata(Roles.class);
            all.put(p.endpoint.method.name() + " " + p.endpoint.path, roles == null ? Set.of() : Set.copyOf(roles.getRoles()));
        }
        return all;
    }

    /** Listens on loopback only: what reaches it from outside comes through the proxy on this machine. */
    public Server start(int port) {
        return start(InetAddress.getLoopbackAddress().getHostAddress(), port);
    }

    /** Listens on {@code host} (an address of this machine, or 0.0.0.0 for every one). */
    public Server start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * The Twilio SDK renders TwiML through javax.xml, which looks its factories up through the
     * service loader on every call: in a jar with every dependency inside, that scan cost more
     * than the rest of an SMS reply. Naming the JDK's own implementations skips the scan.
     */
    private static void preferJdkXml() {
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        System.setProperty("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }
}
