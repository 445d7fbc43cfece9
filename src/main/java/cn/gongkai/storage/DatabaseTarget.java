package cn.gongkai.storage;

import cn.gongkai.config.UserException;
import java.util.Map;
import java.util.Optional;

/**
 * Where a city platform's records are: {@code GONGKAI_DATABASE_URL} ({@code jdbc:postgresql://…})
 * with {@code GONGKAI_DATABASE_USER} and {@code GONGKAI_DATABASE_PASSWORD}. Without it, the home's
 * SQLite file as always: nothing changes for a single district.
 *
 * <p>The same three settings are read from the system properties {@code gongkai.database.url},
 * {@code .user}, {@code .password} when the environment has none: a process that cannot change its
 * environment (a test that composes {@code serve} in its own JVM) names its database that way. The
 * password is never logged or shown.
 */
public record DatabaseTarget(String url, String user, String password) {
    public static final String URL = "GONGKAI_DATABASE_URL";
    public static final String USER = "GONGKAI_DATABASE_USER";
    public static final String PASSWORD = "GONGKAI_DATABASE_PASSWORD";

    public DatabaseTarget {
        if (!url.startsWith("jdbc:postgresql:")) {
            // Only PostgreSQL is served by a URL; SQLite is the home's own file.
            throw new UserException(URL + " 须以 jdbc:postgresql:// 开头");
        }
    }

    /** The configured server, if any: the environment first, then the system properties. */
    public static Optional<DatabaseTarget> configured() {
        return from(System.getenv(), System.getProperties());
    }

    static Optional<DatabaseTarget> from(Map<String, String> env, java.util.Properties props) {
        String url = blankToNull(env.get(URL));
        if (url != null) {
            return Optional.of(new DatabaseTarget(url, env.get(USER), env.get(PASSWORD)));
        }
        url = blankToNull(props.getProperty("gongkai.database.url"));
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseTarget(url, props.getProperty("gongkai.database.user"),
                props.getProperty("gongkai.database.password")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The URL without its query string (which may carry a password): for logs and messages. */
    public String shown() {
        return shownUrl(url);
    }

    static String shownUrl(String url) {
        int q = url.indexOf('?');
        String shown = q < 0 ? url : url.substring(0, q);
        // user:password@host written into the URL: the password goes, the user stays.
        return shown.replaceFirst("//([^/@:]*):[^/@]*@", "//$1@");
    }

    @Override
    public String toString() {
        return shown();
    }
}
