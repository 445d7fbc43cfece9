package cn.gongkai.gammu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real gammu-smsd on gammu's dummy phone (a folder stands in for the modem), in a scratch
 * folder, stopped by {@link #close}. Without gammu installed the tests skip on a developer's
 * machine and fail under CI ({@code CI} set), where scripts/install-test-deps.sh installs it.
 */
final class Smsd implements AutoCloseable {
    final Path dir;
    final Path rc;
    final Path inbox;
    final Path outbox;
    final Path sent;
    final Path error;
    private Process daemon;

    Smsd(Path dir) throws IOException {
        requireGammu();
        this.dir = dir;
        Path phone = Files.createDirectories(dir.resolve("phone"));
        inbox = Files.createDirectories(dir.resolve("spool/inbox"));
        outbox = Files.createDirectories(dir.resolve("spool/outbox"));
        sent = Files.createDirectories(dir.resolve("spool/sent"));
        error = Files.createDirectories(dir.resolve("spool/error"));
        rc = dir.resolve("gammu-smsdrc");
        Files.writeString(rc, """
                [gammu]
                model = dummy
                connection = none
                device = %s
                [smsd]
                service = files
                inboxpath = %s/
                outboxpath = %s/
                sentsmspath = %s/
                errorsmspath = %s/
                inboxformat = unicode
                outboxformat = unicode
                transmitformat = auto
                logfile = %s
                debuglevel = 0
                commtimeout = 1
                sendtimeout = 1
                receivefrequency = 1
                statusfrequency = 0
                loopsleep = 1
                """.formatted(phone, inbox, outbox, sent, error, dir.resolve("smsd.log")));
    }

    static void requireGammu() {
        boolean there = Files.isExecutable(Path.of("/usr/bin/gammu-smsd")) && Files.isExecutable(Path.of("/usr/bin/gammu"));
        if (System.getenv("CI") != null) {
            assertThat(there).as("gammu and gammu-smsd installed (scripts/install-test-deps.sh)").isTrue();
        }
        assumeTrue(there, "gammu-smsd not installed (apt-get install gammu gammu-smsd)");
    }

    Smsd start() throws IOException {
        daemon = new ProcessBuilder("gammu-smsd", "-c", rc.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("smsd.out").toFile()).start();
        return this;
    }

    void stop() throws InterruptedException {
        if (daemon != null) {
            daemon.destroy();
            if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            daemon = null;
        }
    }

    /** A text arrives at the modem from this number ({@code gammu savesms}, as the issue describes). */
    void receive(String from, String text) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("gammu", "-c", rc.toString(), "savesms", "TEXT", "-folder", "1",
                "-sender", from, "-unicode"));
        if (text.length() > 70) {
            cmd.addAll(List.of("-len", String.valueOf(text.length())));
        }
        cmd.addAll(List.of("-text", text));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** Files in a spool folder. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("O") || p.getFileName().toString().startsWith("I"))
                    .sorted().toList();
        }
    }

    String log() throws IOException {
        Path log = dir.resolve("smsd.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    static long count(Path home, String sql, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/gongkai.db"));
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static boolean waitFor(Duration max, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
