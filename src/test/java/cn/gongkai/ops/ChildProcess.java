package cn.gongkai.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs gongkai's Main in a separate JVM with this test's classpath, so a test can kill it for real. */
final class ChildProcess {
    private ChildProcess() {}

    static ProcessBuilder gongkai(List<String> prefix, String... args) {
        return gongkaiWith(prefix, System.getProperty("java.class.path"), args);
    }

    /**
     * A copy of this test's classpath in {@code dir}, readable by every user: a child run as
     * another user cannot read root's Maven repository.
     */
    static String worldReadableClasspath(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!java.nio.file.Files.exists(from)) {
                continue;
            }
            Path to = dir.resolve((i++) + "-" + from.getFileName());
            if (java.nio.file.Files.isDirectory(from)) {
                try (var walk = java.nio.file.Files.walk(from)) {
                    for (Path f : walk.toList()) {
                        Path t = to.resolve(from.relativize(f).toString());
                        if (java.nio.file.Files.isDirectory(f)) {
                            java.nio.file.Files.createDirectories(t);
                        } else {
                            java.nio.file.Files.copy(f, t);
                        }
                    }
                }
            } else {
                java.nio.file.Files.copy(from, to);
            }
            out.add(to.toString());
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path f : walk.toList()) {
                f.toFile().setReadable(true, false);
                if (java.nio.file.Files.isDirectory(f)) {
                    f.toFile().setExecutable(true, false);
                }
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    static ProcessBuilder gongkaiWith(List<String> prefix, String classpath, String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("cn.gongkai.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(false);
    }

    static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String readErr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
