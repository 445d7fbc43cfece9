package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind (server, database writer, load generator, JIT, GC),
 * read from {@code /proc/self/task} on Linux: the JIT's and the GC's threads are invisible to the
 * JVM's own thread beans, and on a shared 2-core machine which kind a request's CPU went to is
 * what says whether a change helped. Empty elsewhere.
 */
final class ThreadGroupsCpu {
    /** Clock ticks per second of {@code /proc}'s counters (USER_HZ, 100 on every Linux we run). */
    private static final double TICK_MS = 10.0;

    private ThreadGroupsCpu() {
    }

    /** CPU ms so far per kind, summed over the threads alive now. */
    static Map<String, Double> now() {
        Map<String, Double> ms = new LinkedHashMap<>();
        for (String k : new String[] {"server", "writer", "client", "JIT", "GC", "other"}) {
            ms.put(k, 0.0);
        }
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return Map.of();
        }
        try (Stream<Path> all = Files.list(tasks)) {
            all.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    // The name is in parentheses and may hold spaces; the fields follow the last ')'.
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS; // utime, stime
                    ms.merge(kind(name), cpu, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while we read: its time is left out of both snapshots' kinds
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ms;
    }

    static String kind(String thread) {
        if (thread.startsWith("JettyServerThr") || thread.startsWith("qtp")) {
            return "server";
        }
        if (thread.startsWith("sqlite-writer")) {
            return "writer";
        }
        if (thread.startsWith("HttpClient-") || thread.startsWith("pool-")) {
            return "client";
        }
        if (thread.contains("CompilerThre")) {
            return "JIT";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.startsWith("VM Thread")) {
            return "GC";
        }
        return "other";
    }

    /** "server 0.31, writer 0.18, …" per request between two snapshots. */
    static String perRequest(Map<String, Double> before, Map<String, Double> after, int requests) {
        if (before.isEmpty() || after.isEmpty()) {
            return "not available on this system";
        }
        StringBuilder b = new StringBuilder();
        after.forEach((k, v) -> {
            // A thread that ended between the snapshots takes its time with it: never below zero.
            double d = Math.max(0, v - before.getOrDefault(k, 0.0));
            b.append(b.length() == 0 ? "" : ", ").append(k).append(String.format(" %.3f", d / requests));
        });
        return b.toString();
    }
}
