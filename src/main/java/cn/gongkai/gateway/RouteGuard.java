package cn.gongkai.gateway;

import cn.gongkai.console.Console;
import cn.gongkai.console.Role;
import cn.gongkai.ops.LocalClient;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.security.RouteRole;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one access check of {@code serve}, run before every matched route: it reads the roles the
 * route declared at registration and lets the request on, or answers 401/403 before any handler
 * sees it. Handlers do no role checks of their own.
 */
final class RouteGuard {
    private static final Logger log = LoggerFactory.getLogger(RouteGuard.class);

    private final Console console;

    /** @param console null where the console is not served (then no route declares a console role) */
    RouteGuard(Console console) {
        this.console = console;
    }

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            // Fail closed: a route someone forgot to declare is nobody's.
            log.error("route {} {} declares no role; refused", ctx.method(), ctx.path());
            throw new ForbiddenResponse("这个地址没有开放。");
        }
        boolean consoleRoute = Role.anyIn(roles);
        if (consoleRoute && console == null) {
            log.error("route {} {} asks for a console account but no console runs; refused", ctx.method(),
                    ctx.path());
            throw new ForbiddenResponse("这个地址没有开放。");
        }
        if (console != null) {
            // Security headers on every /staff answer; session, CSRF token and role for the console's routes.
            console.auth.guard(ctx, roles);
        }
        if (consoleRoute || roles.contains(Access.PUBLIC) || roles.contains(Access.TWILIO)
                || roles.contains(Access.KIOSK)) {
            return;
        }
        if (roles.contains(Access.LOCAL)) {
            if (!LocalClient.is(ctx.req().getRemoteAddr(), header(ctx, "X-Forwarded-For"), header(ctx, "X-Real-IP"),
                    header(ctx, "Forwarded"))) {
                throw new ForbiddenResponse("运行指标只对本机开放");
            }
            return;
        }
        log.error("route {} {} declares roles no check knows: {}; refused", ctx.method(), ctx.path(), roles);
        throw new ForbiddenResponse("这个地址没有开放。");
    }

    /** Every value of a header that may be sent more than once. */
    private static List<String> header(Context ctx, String name) {
        return Collections.list(ctx.req().getHeaders(name));
    }
}
