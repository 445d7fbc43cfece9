package cn.gongkai.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drives programs in a private tmux server, the way the end-to-end tests tap a kiosk: start a
 * session, send keys or text, wait until the pane shows something, read the pane. Each instance
 * has its own socket, so tests running side by side (or a person's own tmux) never meet, and
 * {@link #close()} ends only that server.
 */
public final class Tmux implements AutoCloseable {
    /** A finished command: exit status, what it printed (stdout and stderr), and how long it took. */
    public record Result(int exit, String out, long millis) {}

    private final String socket;
    private final long pauseMillis;
    private final long pollMillis;

    /**
     * @param name a name for the socket; the process id is added
     * @param pauseMillis how long to let the program react after each key (0: none, for timing)
     * @param pollMillis how long to wait between looks at the pane (0: look again at once)
     */
    public Tmux(String name, long pauseMillis, long pollMillis) {
        this.socket = name + "-" + ProcessHandle.current().pid();
        this.pauseMillis = pauseMillis;
        this.pollMillis = pollMillis;
    }

    /** Paced as a person taps: 100 ms after a key, a look at the pane every 150 ms. */
    public Tmux(String name) {
        this(name, 100, 150);
    }

    /** Skips the calling test unless tmux is installed. */
    public static void required(String why) throws Exception {
        Needs.tool(run(List.of("sh", "-c", "command -v tmux")).exit() == 0,
                "tmux is not installed: skipping " + why + " (scripts/install-test-deps.sh installs it)");
    }

    /** Starts {@code command} (a shell line) in a new 100×30 session; fails if tmux refuses. */
    public void start(String session, String command) throws Exception {
        Result r = run(List.of("tmux", "-L", socket, "-u", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                command));
        if (r.exit() != 0) {
            throw new AssertionError("tmux could not start " + session + ": " + r.out());
        }
    }

    public String capture(String session) throws Exception {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", session)).out();
    }

    /** A key by tmux's name for it ("Enter", "Escape", "F12") or a single character. */
    public void keys(String session, String key) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, key));
        pause();
    }

    /** Text typed as it is, never read as key names. */
    public void literal(String session, String text) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", session, "-l", text));
        pause();
    }

    public boolean alive(String session) throws Exception {
        return run(List.of("tmux", "-L", socket, "has-session", "-t", session)).exit() == 0;
    }

    /** The pane once it shows {@code text}; fails with the last pane and {@code more} (a log, say). */
    public String waitFor(String session, String text, java.time.Duration max, Supplier<String> more) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            last = capture(session);
            if (last.contains(text)) {
                return last;
            }
            if (pollMillis > 0) {
                Thread.sleep(pollMillis);
            }
        }
        throw new AssertionError("\"" + text + "\" never showed on " + session + "; the pane was:\n" + last
                + (more == null ? "" : "\n" + more.get()));
    }

    public String waitFor(String session, String text, java.time.Duration max) throws Exception {
        return waitFor(session, text, max, null);
    }

    /** Ends this tmux server and everything running in it. */
    @Override
    public void close() throws Exception {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    private void pause() throws InterruptedException {
        if (pauseMillis > 0) {
            Thread.sleep(pauseMillis);
        }
    }

    /** A word the shell passes on unchanged, whatever is in it. */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs a command in UTF-8, outside any tmux the test itself runs in, and waits for it. */
    public static Result run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("TMUX");
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, (System.nanoTime() - t0) / 1_000_000);
    }
}
