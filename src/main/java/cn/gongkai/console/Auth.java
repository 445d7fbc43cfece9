package cn.gongkai.console;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Login, logout and the guard in front of every {@code /staff} route: no session, no page;
 * a form without this session's CSRF token changes nothing. The session cookie is HttpOnly,
 * SameSite=Strict, limited to /staff, and Secure when the request came over HTTPS.
 */
public final class Auth {
    static final String COOKIE = "gk_session";
    /** Login form's own CSRF token (double submit): there is no session yet to hold one. */
    static final String LOGIN_COOKIE = "gk_login";

    private final Accounts accounts;
    private final Sessions sessions;

    Auth(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Runs before every matched route, with the roles the route declared: every /staff answer gets
     * the console's security headers; a route declared {@link Role#STAFF} or {@link Role#ADMIN}
     * needs a live session (401: the login page for a page, JSON for an API call), a POST that
     * session's CSRF token (403), and an account whose role the route admits (403).
     */
    public void guard(Context ctx, Set<? extends RouteRole> roles) {
        String path = ctx.path();
        if (path.equals("/staff") || path.startsWith("/staff/")) {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Frame-Options", "SAMEORIGIN");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                    + " media-src 'self' https: http:; script-src 'none'; form-action 'self'; frame-ancestors 'self'");
        }
        if (!Role.anyIn(roles)) {
            return;
        }
        var session = sessions.find(ctx.cookie(COOKIE)).filter(this::stillValid);
        if (session.isEmpty()) {
            if (wantsJson(ctx)) {
                ctx.status(401).contentType("application/json; charset=utf-8")
                        .result("{\"error\":\"请先登录工作台。\"}");
            } else if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/staff/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            } else {
                ctx.status(401).contentType("text/plain; charset=utf-8").result("登录已过期，请重新登录后再提交。");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method() == HandlerType.POST && !same(ctx.formParam("csrf"), session.get().csrf)) {
            ctx.status(403).contentType("text/plain; charset=utf-8")
                    .result("这个表单已失效（缺少或不符的安全令牌），没有做任何更改。请返回页面刷新后再提交。");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(Web.SESSION, session.get());
        if (!session.get().user.role().admits(roles)) {
            throw new ForbiddenResponse("这一项只有管理员可以使用。");
        }
    }

    /** An API call (a script, the kiosk) rather than a browser page: it reads JSON, not a login form. */
    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }

    /**
     * The account is read again on every request: a password change, a disable or a deleted
     * account ends the session; a new role applies at once.
     */
    private boolean stillValid(Sessions.Session s) {
        var now = accounts.current(s.user.name());
        if (now.isEmpty() || now.get().disabled() || now.get().epoch() != s.epoch) {
            sessions.close(s.id);
            return false;
        }
        if (now.get().role() != s.user.role()) {
            s.user = new Accounts.User(s.user.name(), now.get().role());
        }
        s.body = now.get().body();
        return true;
    }

    public void loginPage(Context ctx) {
        showLogin(ctx, 200, null);
    }

    public void login(Context ctx) {
        if (!same(ctx.formParam("csrf"), ctx.cookie(LOGIN_COOKIE))) {
            showLogin(ctx, 403, "登录表单已失效，请重新输入。");
            return;
        }
        String password = ctx.formParam("password");
        Accounts.Login result = accounts.login(ctx.formParam("name"), password == null ? new char[0] : password.toCharArray(),
                clientAddress(ctx));
        if (!result.ok()) {
            showLogin(ctx, result.status(), result.message());
            return;
        }
        Sessions.Session s = sessions.open(result.user(), result.epoch());
        ctx.addHeader("Set-Cookie", cookie(ctx, COOKIE, s.id, -1));
        ctx.addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, "", 0));
        ctx.redirect(safeNext(ctx.formParam("next")));
    }

    public void logout(Context ctx) {
        sessions.close(ctx.cookie(COOKIE));
        ctx.addHeader("Set-Cookie", cookie(ctx, COOKIE, "", 0));
        ctx.redirect("/staff/login");
    }

    public void home(Context ctx) {
        ctx.redirect("/staff/today");
    }

    private void showLogin(Context ctx, int status, String error) {
        String token = Sessions.token();
        ctx.addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, token, 3600));
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", token);
        params.put("error", error);
        params.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        params.put("idleMinutes", sessions.idle().toMinutes());
        Web.html(ctx, status, "login.jte", params);
    }

    /**
     * Who is trying, for the login throttle. Behind our nginx (a loopback peer) the client is the
     * last address nginx appended to X-Forwarded-For; a header from anyone else is ignored, so a
     * client cannot pick its own address.
     */
    static String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        boolean loopback = peer != null && (peer.startsWith("127.") || peer.equals("::1") || peer.equals("0:0:0:0:0:0:0:1")
                || peer.equals("[::1]"));
        if (loopback && forwarded != null && !forwarded.isBlank()) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return peer == null ? "?" : peer;
    }

    /** Only our own pages: never an address elsewhere (open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/staff/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/staff/login")) {
            return "/staff/today";
        }
        return next;
    }

    static String cookie(Context ctx, String name, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        StringBuilder b = new StringBuilder(name).append('=').append(value).append("; Path=/staff; HttpOnly; SameSite=Strict");
        if (maxAge >= 0) {
            b.append("; Max-Age=").append(maxAge);
        }
        if (https) {
            b.append("; Secure");
        }
        return b.toString();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !b.isEmpty()
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
