package cn.gongkai.console;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * What a console account may do, and what a console route asks for (Javalin route roles, declared
 * where the route is registered and checked once in {@link Auth#guard}): staff see phone numbers
 * masked; admin may also reveal one, add test numbers and read the audit log. A route declared
 * {@code STAFF} admits admins too.
 */
public enum Role implements RouteRole {
    STAFF("工作人员"),
    ADMIN("管理员");

    public final String label;

    Role(String label) {
        this.label = label;
    }

    /** Whether an account with this role may use a route declared with {@code declared}. */
    public boolean admits(Set<? extends RouteRole> declared) {
        return declared.contains(this) || (this == ADMIN && declared.contains(STAFF));
    }

    /** Whether a route asks for a console account at all (the login form does not). */
    public static boolean anyIn(Set<? extends RouteRole> declared) {
        return declared.stream().anyMatch(r -> r instanceof Role);
    }
}
