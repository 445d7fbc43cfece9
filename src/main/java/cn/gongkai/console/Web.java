package cn.gongkai.console;

import cn.gongkai.config.UserException;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** What every console handler shares: the session of the request, rendering a template, flash and redirect. */
final class Web {
    static final String SESSION = "gongkai.console.session";
    /** The templates, compiled to classes at build time (jte-maven-plugin), escaping HTML by default. */
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Web() {}

    static Sessions.Session session(Context ctx) {
        Sessions.Session s = ctx.attribute(SESSION);
        if (s == null) {
            throw new IllegalStateException("console handler reached without a session: " + ctx.path());
        }
        return s;
    }

    static String actor(Context ctx) {
        return session(ctx).user.name();
    }

    /**
     * Whether the signed-in account is an admin — for what a page may include (full numbers in an
     * export), never for whether a route may be used: that is the role the route declares.
     */
    static boolean admin(Context ctx) {
        return session(ctx).user.role() == Role.ADMIN;
    }

    /** Renders {@code template} inside the layout; the page's flash message is shown once. */
    static void render(Context ctx, String template, String title, String nav, Object... params) {
        Sessions.Session s = session(ctx);
        Page page = new Page(title, nav, s.user.name(), s.user.role(), s.csrf, s.flash, s.flashError);
        s.clearFlash();
        Map<String, Object> map = new HashMap<>();
        map.put("page", page);
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        html(ctx, 200, template, map);
    }

    static void html(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    static void done(Context ctx, String message, String to) {
        session(ctx).flash(message, false);
        ctx.redirect(to);
    }

    static void refused(Context ctx, String reason, String to) {
        session(ctx).flash(reason, true);
        ctx.redirect(to);
    }

    /** A form's text, stripped; null when empty. */
    static String text(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static LocalDate date(Context ctx, String name, String label) {
        String v = text(ctx, name);
        if (v == null) {
            throw new UserException("请填写" + label);
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UserException(label + " \"" + v + "\" 不是有效日期，应写成 年-月-日，如 2025-01-24");
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new io.javalin.http.NotFoundResponse("没有这个编号");
        }
    }
}
