package cn.gongkai.cluster;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who this {@code serve} is among the nodes sharing a database: {@code --node NAME}, else
 * {@code GONGKAI_NODE}, else the host name. The name marks the outbox rows a node is sending
 * and, when given, names the node's own index folder.
 */
public record NodeName(String name, boolean given) {
    /** Safe in a folder name and in a log line. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public static NodeName of(String option, Map<String, String> env) {
        String chosen = option != null && !option.isBlank() ? option.strip()
                : env.get("GONGKAI_NODE") != null && !env.get("GONGKAI_NODE").isBlank() ? env.get("GONGKAI_NODE").strip()
                : null;
        if (chosen == null) {
            return new NodeName(hostName(), false);
        }
        if (!NAME.matcher(chosen).matches()) {
            throw new UserException("节点名只能用字母、数字、点、横线和下划线 (最长 63 个字符): " + chosen);
        }
        return new NodeName(chosen, true);
    }

    /**
     * The index folder of this node: {@code --index-dir} if given; else, for a named node,
     * {@code nodes/NAME/index} under the home (two nodes on one machine never share a Lucene
     * folder); else the home's {@code index/} as on a single-node home.
     */
    public Path indexDir(Home home, Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        return given ? home.root().resolve("nodes").resolve(name).resolve("index") : home.indexDir();
    }

    private static String hostName() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            String safe = h.replaceAll("[^A-Za-z0-9._-]", "-");
            return NAME.matcher(safe).matches() ? safe : "node";
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
