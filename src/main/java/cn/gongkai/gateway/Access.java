package cn.gongkai.gateway;

import io.javalin.security.RouteRole;

/**
 * Who may use a route that needs no console account. Every route of {@link Server} declares its
 * roles when it is registered — these, or the console's {@code Role.STAFF}/{@code Role.ADMIN} —
 * and {@link RouteGuard} checks them once before the handler runs. A route with no role is
 * refused (and {@code RouteRolesTest} fails the build).
 */
public enum Access implements RouteRole {
    /** Anyone: the public API, the health check, the front page, the console's login form. */
    PUBLIC,
    /**
     * Twilio's webhooks: open to the network, but the webhook itself refuses (403) a request
     * whose signature does not match its form body — the check needs the parsed form and the
     * configured public address, so it stays in {@code TwilioSignature}.
     */
    TWILIO,
    /**
     * A registered kiosk (issue 20): {@code KioskApi}'s own check reads the bearer token and
     * refuses (401, audited) an unknown or revoked one; a kiosk token opens nothing else.
     */
    KIOSK,
    /** A client on this machine only, whatever address {@code serve} listens on (/metrics). */
    LOCAL
}
