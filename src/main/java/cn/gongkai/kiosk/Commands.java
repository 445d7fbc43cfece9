package cn.gongkai.kiosk;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a configured helper (speech, receipt printer) with its text on standard input. */
final class Commands {
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private Commands() {}

    /** The command's program exists: an absolute path, or found on PATH. */
    static boolean available(List<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        String prog = command.get(0);
        if (prog.contains(File.separator)) {
            return Files.isExecutable(Path.of(prog));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, prog))) {
                return true;
            }
        }
        return false;
    }

    /** Starts the command and feeds it the text; its output is discarded (never the terminal's). */
    static Process start(List<String> command, String text) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // stopped before it had read everything: nothing to do
            }
        }, "kiosk-command-input");
        feeder.setDaemon(true);
        feeder.start();
        return p;
    }

    /** Runs to the end (a receipt print); false, logged, when it cannot. */
    static boolean run(List<String> command, String text) {
        try {
            Process p = start(command, text);
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log.warn("kiosk helper {} took longer than 30 s", command.get(0));
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            log.warn("kiosk helper {} could not run: {}", command.get(0), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
