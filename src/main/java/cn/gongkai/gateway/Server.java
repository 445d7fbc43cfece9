package cn.gongkai.gateway;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.gateway.sms.TwilioWebhook;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP gateway: every route of {@code serve} is declared here, handlers are method references. */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    private final Javalin app;

    /** The JSON API only; the Twilio routes answer 503. */
    public Server(Corpus corpus) {
        this(corpus, TwilioWebhook.closed("SMS is not set up on this server"));
    }

    public Server(Corpus corpus, TwilioWebhook sms) {
        ApiHandlers api = new ApiHandlers(corpus);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/health", api::health);
            cfg.routes.get("/api/search", api::search);
            cfg.routes.get("/api/disclosures/{id}", api::disclosure);
            cfg.routes.post(TwilioWebhook.SMS_PATH, sms::sms);
            cfg.routes.post(TwilioWebhook.STATUS_PATH, sms::status);

            // Expected bad input is answered politely; the unexpected is logged once, and the
            // person sees one kind sentence, never a stack trace.
            cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                    Json.send(ctx, e.getStatus(), Map.of("error", e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("unhandled error on {} {}", ctx.method(), ctx.endpoint() == null ? "?" : ctx.path(), e);
                Json.send(ctx, 500, Map.of("error", "服务暂时出了点问题, 请稍后再试"));
            });
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.attribute(Json.ANSWERED) == null) {
                    Json.send(ctx, 404, Map.of("error", "没有这个地址"));
                }
            });
        });
    }

    public Server start(int port) {
        app.start("0.0.0.0", port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
