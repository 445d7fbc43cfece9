package cn.gongkai.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and commit this jar was built from, as Maven filtered them into
 * {@code gongkai-version.properties}. A build without git (a source tarball) leaves the
 * commit's placeholder unfilled: that reads as "unknown" rather than as a fake commit.
 */
public record BuildInfo(String version, String commit) {
    static final String RESOURCE = "/gongkai-version.properties";

    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BuildInfo(filled(p.getProperty("version")), filled(p.getProperty("commit")));
    }

    static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }

    /** What {@code gongkai --version} prints. */
    public String line() {
        return "gongkai " + version + " (commit " + commit + ")";
    }

    /** picocli's hook for {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {current().line()};
        }
    }
}
