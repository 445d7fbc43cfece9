package cn.gongkai.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request comes from this machine: its connection comes from a loopback address, and
 * no proxy header names a client elsewhere. A proxy on this machine (nginx) connects from
 * 127.0.0.1 on behalf of anyone; when it says who the client was, that client decides. Headers
 * can only make the answer stricter, so a client forging them gains nothing.
 */
public final class LocalClient {
    /** An IP literal: digits, hex and separators only, so parsing it never asks DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)for=\\\"?\\[?([^\\]\\\";,]+)");

    private LocalClient() {}

    public static boolean is(String remote, List<String> forwardedFor, List<String> realIp, List<String> forwarded) {
        if (!loopback(remote)) {
            return false;
        }
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!loopback(hop.strip())) {
                    return false;
                }
            }
        }
        for (String header : realIp) {
            if (!loopback(header.strip())) {
                return false;
            }
        }
        for (String header : forwarded) {
            Matcher m = FORWARDED_FOR.matcher(header);
            while (m.find()) {
                if (!loopback(withoutPort(m.group(1).strip()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A literal loopback address (127.0.0.0/8, ::1, ::ffff:127.x); anything else, names included, is not. */
    static boolean loopback(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code 127.0.0.1:4711} in a Forwarded header; IPv6 arrives without brackets here. */
    private static String withoutPort(String node) {
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }
}
