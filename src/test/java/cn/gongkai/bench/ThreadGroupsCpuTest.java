package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sms bench's CPU by thread kind: names as /proc shows them (15 characters), and the per-request line. */
class ThreadGroupsCpuTest {
    @Test
    void proc_thread_names_fall_into_their_kinds() {
        assertThat(ThreadGroupsCpu.kind("JettyServerThre")).isEqualTo("server");
        assertThat(ThreadGroupsCpu.kind("sqlite-writer")).isEqualTo("writer");
        assertThat(ThreadGroupsCpu.kind("HttpClient-3-Wo")).isEqualTo("client");
        assertThat(ThreadGroupsCpu.kind("pool-7-thread-1")).isEqualTo("client");
        assertThat(ThreadGroupsCpu.kind("C2 CompilerThre")).isEqualTo("JIT");
        assertThat(ThreadGroupsCpu.kind("GC Thread#1")).isEqualTo("GC");
        assertThat(ThreadGroupsCpu.kind("G1 Refine#0")).isEqualTo("GC");
        assertThat(ThreadGroupsCpu.kind("main")).isEqualTo("other");
    }

    @Test
    void per_request_is_the_difference_over_the_requests_never_below_zero() {
        Map<String, Double> before = Map.of("server", 100.0, "writer", 50.0);
        Map<String, Double> after = new java.util.LinkedHashMap<>(Map.of("server", 300.0));
        after.put("writer", 40.0); // a thread that ended took its time with it
        assertThat(ThreadGroupsCpu.perRequest(before, after, 100)).isEqualTo("server 2.000, writer 0.000");
        assertThat(ThreadGroupsCpu.perRequest(Map.of(), after, 100)).isEqualTo("not available on this system");
    }

    @Test
    void this_process_is_read_by_kind_on_linux() {
        Map<String, Double> now = ThreadGroupsCpu.now();
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task"))) {
            assertThat(now).containsKeys("server", "writer", "client", "JIT", "GC", "other");
            assertThat(now.values().stream().mapToDouble(Double::doubleValue).sum()).isPositive();
        } else {
            assertThat(now).isEmpty();
        }
    }
}
