package cn.gongkai.gateway;

import cn.gongkai.console.Console;
import cn.gongkai.console.ErrorPage;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.twilio.TwilioWebhook;
import cn.gongkai.gateway.voice.VoiceWebhook;
import cn.gongkai.ops.Metrics;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP gateway: every route of {@code serve} is declared here, handlers are method references. */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    /** Javalin's own words for an oversized body are English; staff and callers read this. */
    static final String TOO_LARGE = "提交的内容太大，没有处理。";
    /** The largest request body read (Javalin's default, said once here). */
    static final long MAX_BODY = 1_000_000L;

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
        preferJdkXml();
        ApiHandlers api = new ApiHandlers(corpus, db);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY;
            // A body over the limit is refused before anyone reads it, with the same page or JSON
            // as every other error (Javalin alone drops the form and lets the handler go on).
            cfg.routes.before(ctx -> {
                if (ctx.req().getContentLengthLong() > MAX_BODY) {
                    throw new HttpResponseException(413, TOO_LARGE);
                }
            });
            cfg.routes.get("/health", api::health);
            boolean withConsole = console != null;
            cfg.routes.get("/", ctx -> ctx.html(frontPage(withConsole)));
            cfg.routes.get("/api/search", api::search);
            cfg.routes.get("/api/disclosures/{id}", api::disclosure);
            cfg.routes.post(TwilioWebhook.SMS_PATH, sms::sms);
            cfg.routes.post(TwilioWebhook.STATUS_PATH, sms::status);
            voiceRoutes(cfg.routes, voice);
            if (console != null) {
                staffRoutes(cfg.routes, console);
            }
            if (metrics != null) {
                // Not public: Metrics answers clients on this machine only, and the nginx site
                // refuses it from outside as well.
                cfg.routes.get("/metrics", metrics::scrape);
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
        r.post("/twilio/voice", v::call);
        r.post("/twilio/voice/{" + VoiceWebhook.STAGE + "}", v::stage);
    }

    /**
     * The staff console (/staff). {@code guard} runs before every matched route and lets into
     * /staff only a logged-in session, and into a POST only with that session's CSRF token.
     */
    private static void staffRoutes(io.javalin.config.RoutesConfig r, Console c) {
        r.beforeMatched(c.auth::guard);
        r.get("/staff", c.auth::home);
        r.get("/staff/login", c.auth::loginPage);
        r.post("/staff/login", c.auth::login);
        r.post("/staff/logout", c.auth::logout);
        r.get("/staff/today", c.today::show);
        r.post("/staff/calls/{id}/coming", c.today::callComing);
        r.post("/staff/calls/{id}/arrived", c.today::callArrived);
        r.get("/staff/inquiries", c.inquiries::list);
        r.get("/staff/inquiries.xlsx", c.inquiries::exportXlsx);
        r.post("/staff/inquiries/{id}/reveal", c.inquiries::reveal);
        r.get("/staff/inquiries/{id}/request", c.inquiries::requestForm);
        r.post("/staff/inquiries/{id}/request", c.inquiries::toRequest);
        r.get("/staff/requests", c.requests::list);
        r.get("/staff/requests/new", c.requests::newForm);
        r.post("/staff/requests", c.requests::create);
        r.get("/staff/requests/{id}", c.requests::show);
        r.post("/staff/requests/{id}/confirm", c.requests::confirm);
        r.post("/staff/requests/{id}/correction", c.requests::requestCorrection);
        r.post("/staff/requests/{id}/corrected", c.requests::corrected);
        r.post("/staff/requests/{id}/extend", c.requests::extend);
        r.post("/staff/requests/{id}/pause", c.requests::pause);
        r.post("/staff/requests/{id}/resume", c.requests::resume);
        r.post("/staff/requests/{id}/conclude", c.requests::conclude);
        r.post("/staff/requests/{id}/reveal", c.requests::reveal);
        r.get("/staff/requests/{id}/letters/{kind}", c.letters::download);
        r.post("/staff/requests/{id}/letters/{kind}/delivery", c.letters::deliver);
        r.post("/staff/requests/{id}/fee-notice", c.letters::feeNotice);
        r.get("/staff/demand", c.demand::show);
        r.post("/staff/demand/answered", c.demand::answered);
        r.post("/staff/demand/synonym", c.demand::synonym);
        r.get("/staff/satisfaction", c.insights::satisfaction);
        r.get("/staff/charts", c.insights::charts);
        r.get("/staff/disclosures", c.disclosures::list);
        r.get("/staff/disclosures/new", c.disclosures::newForm);
        r.post("/staff/disclosures", c.disclosures::create);
        r.get("/staff/disclosures/{id}", c.disclosures::edit);
        r.post("/staff/disclosures/{id}", c.disclosures::save);
        r.get("/staff/report", c.report::show);
        r.post("/staff/report/figures", c.report::saveFigures);
        r.get("/staff/report/download", c.report::download);
        r.get("/staff/audit", c.audit::show);
        r.get("/staff/sms", c.smsSimulator::show);
        r.post("/staff/sms", c.smsSimulator::send);
        r.post("/staff/sms/numbers", c.smsSimulator::addNumber);
        r.get("/staff/villages", c.villages::list);
        r.post("/staff/villages", c.villages::register);
        r.post("/staff/villages/remove", c.villages::remove);
        r.post("/staff/villages/reveal", c.villages::reveal);
    }

    /** Every registered HTTP route as "METHOD /path" (tests walk them). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
                .toList();
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
