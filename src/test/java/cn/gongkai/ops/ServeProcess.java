package cn.gongkai.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code gongkai serve} in its own JVM, so it can be killed for real; waits for its "started" line. */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("http://localhost:(\\d+)/");

    private final Process process;
    private final StringBuffer output;
    private final int port;

    private ServeProcess(Process process, int port, StringBuffer output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Everything it printed on standard output and error so far. */
    public String output() {
        return output.toString();
    }

    /** The java command that runs gongkai: the built jar if given, else this JVM's classpath. */
    public static List<String> launcher(String jar, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Xmx512m");
        cmd.addAll(jvmOptions);
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar);
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("cn.gongkai.Main");
        }
        return cmd;
    }

    /** Starts {@code serve --home HOME --port 0} with these variables and waits (up to 90 s) until it listens. */
    public static ServeProcess start(List<String> launcher, Path home, Map<String, String> env) throws IOException {
        return start(launcher, home, env, List.of());
    }

    /** As above, with more options for {@code serve} (such as {@code --bind}). */
    public static ServeProcess start(List<String> launcher, Path home, Map<String, String> env, List<String> options)
            throws IOException {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("serve", "--home", home.toString(), "--port", "0"));
        cmd.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        StringBuffer out = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> pump(p.getInputStream(), out, port), "serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int n = port.get(90, TimeUnit.SECONDS);
            return new ServeProcess(p, n, out);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("serve did not start: " + out, e);
        }
    }

    private static void pump(InputStream in, StringBuffer out, CompletableFuture<Integer> port) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.append(line).append('\n');
                Matcher m = STARTED.matcher(line);
                if (!port.isDone() && m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process died; whoever waits sees it
        }
        port.completeExceptionally(new IOException("serve exited"));
    }

    public int port() {
        return port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd stops it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
