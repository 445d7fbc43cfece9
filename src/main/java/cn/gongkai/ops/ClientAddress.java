package cn.gongkai.ops;

import cn.gongkai.config.UserException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a request really came from, for the record (a refused kiosk token, a kiosk's last contact).
 * Behind the shipped nginx every connection comes from 127.0.0.1 and the client is named in
 * {@code X-Forwarded-For}; but anyone can send that header, so it is read only when the
 * connection comes from a trusted proxy ({@code GONGKAI_TRUSTED_PROXIES}, loopback by default).
 * The header's list is read from the right: nginx appends the address it saw, so the last
 * entry that is not itself a trusted proxy is the client; what a client put further left is
 * its own claim and ignored.
 */
public final class ClientAddress {
    /** The environment variable: addresses or ranges (10.0.0.0/8, ::1), comma-separated; "none" trusts nobody. */
    public static final String ENV = "GONGKAI_TRUSTED_PROXIES";
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Range(byte[] base, int bits) {
        boolean contains(byte[] a) {
            if (a.length != base.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (base[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;
    private final boolean loopback;

    private ClientAddress(List<Range> trusted, boolean loopback) {
        this.trusted = trusted;
        this.loopback = loopback;
    }

    /** The proxy on this machine (the shipped nginx) and nobody else. */
    public static ClientAddress loopbackProxy() {
        return new ClientAddress(List.of(), true);
    }

    /** From {@code GONGKAI_TRUSTED_PROXIES}; unset or empty: loopback. A bad entry stops serve with one line. */
    public static ClientAddress fromEnv(Map<String, String> env) {
        String v = env.get(ENV);
        if (v == null || v.isBlank()) {
            return loopbackProxy();
        }
        if (v.strip().equalsIgnoreCase("none")) {
            return new ClientAddress(List.of(), false);
        }
        List<Range> ranges = new ArrayList<>();
        boolean lo = false;
        for (String part : v.split(",")) {
            String p = part.strip();
            if (p.equalsIgnoreCase("loopback")) {
                lo = true;
                continue;
            }
            String[] ab = p.split("/", 2);
            byte[] base = bytes(ab[0]);
            int max = base == null ? 0 : base.length * 8;
            int bits;
            try {
                bits = ab.length == 2 ? Integer.parseInt(ab[1]) : max;
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (base == null || bits < 0 || bits > max) {
                throw new UserException(ENV + " 里的 \"" + p + "\" 不是 IP 地址或网段 (如 127.0.0.1、10.0.0.0/8、loopback)");
            }
            ranges.add(new Range(base, bits));
        }
        return new ClientAddress(List.copyOf(ranges), lo);
    }

    /**
     * The client's address: {@code remote} unless it is a trusted proxy, in which case the
     * proxy's {@code X-Forwarded-For} (else {@code X-Real-IP}) names the client.
     */
    public String of(String remote, List<String> forwardedFor, List<String> realIp) {
        if (!trusted(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String h : forwardedFor) {
            for (String hop : h.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (bytes(hop) == null) {
                return client; // not an address: what stands left of it cannot be trusted either
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        if (hops.isEmpty() && !realIp.isEmpty()) {
            String r = realIp.get(realIp.size() - 1).strip();
            if (bytes(r) != null) {
                return r;
            }
        }
        return client;
    }

    boolean trusted(String address) {
        byte[] a = bytes(address);
        if (a == null) {
            return false;
        }
        if (loopback && LocalClient.loopback(address)) {
            return true;
        }
        for (Range r : trusted) {
            if (r.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The address's bytes if it is an IP literal (never a name: no DNS lookup), else null. */
    private static byte[] bytes(String address) {
        if (address == null || !LITERAL.matcher(address).matches() || !(address.contains(".") || address.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
