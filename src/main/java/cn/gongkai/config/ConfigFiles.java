package cn.gongkai.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file from {@code kiosk-config/}: the district's copy under the home when there is
 * one, otherwise the default that ships inside the jar (same relative name). Every text the
 * public reads comes through here, so a district can reword without a rebuild.
 */
public final class ConfigFiles {
    private final Home home;

    public ConfigFiles(Home home) {
        this.home = home;
    }

    /** The file's text and where it came from (for error messages that name the file). */
    public record Source(String name, String location, String text) {}

    public Source read(String name) {
        Path local = home.configDir().resolve(name);
        if (Files.isRegularFile(local)) {
            try {
                return new Source(name, local.toString(), Files.readString(local, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserException("无法读取配置文件 " + local + ": " + e.getMessage(), e);
            }
        }
        return readDefault(name);
    }

    /** The default shipped in the jar; used when the district has no copy of its own. */
    public static Source readDefault(String name) {
        String resource = "/kiosk-config/" + name;
        try (InputStream in = ConfigFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("default config missing from the jar: " + resource);
            }
            return new Source(name, "jar:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML tree of a config file; a file that does not parse is a one-line
     * {@link UserException} naming the file and line, never a stack trace at start-up.
     */
    public static com.fasterxml.jackson.databind.JsonNode yaml(Source src) {
        try {
            return YAML.readTree(src.text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " 第 " + e.getLocation().getLineNr() + " 行";
            throw new UserException(src.location() + line + ": 格式错误 (" + e.getOriginalMessage().split("\n")[0] + ")");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

    public Home home() {
        return home;
    }
}
