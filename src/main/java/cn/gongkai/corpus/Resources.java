package cn.gongkai.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists shipped in the jar: one entry a line, {@code #} comments. */
final class Resources {
    private Resources() {}

    static List<String> lines(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the jar");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
