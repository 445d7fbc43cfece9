package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision behind /metrics: a client on this machine, and no proxy saying otherwise. */
class LocalClientTest {
    static boolean direct(String remote) {
        return LocalClient.is(remote, List.of(), List.of(), List.of());
    }

    @Test
    void loopback_connections_are_local_others_are_not() {
        assertThat(direct("127.0.0.1")).isTrue();
        assertThat(direct("127.0.0.2")).isTrue();
        assertThat(direct("::1")).isTrue();
        assertThat(direct("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(direct("::ffff:127.0.0.1")).isTrue();
        assertThat(direct("192.0.2.2")).isFalse();
        assertThat(direct("10.0.0.1")).isFalse();
        assertThat(direct("fd00::2")).isFalse();
        assertThat(direct("0.0.0.0")).isFalse();
        // Names are never looked up: "localhost" in a header or a remote address is not trusted.
        assertThat(direct("localhost")).isFalse();
        assertThat(direct("")).isFalse();
        assertThat(direct(null)).isFalse();
    }

    @Test
    void a_proxy_on_this_machine_that_names_a_client_elsewhere_is_refused() {
        assertThat(LocalClient.is("127.0.0.1", List.of("203.0.113.9"), List.of(), List.of())).isFalse();
        assertThat(LocalClient.is("127.0.0.1", List.of("127.0.0.1, 203.0.113.9"), List.of(), List.of())).isFalse();
        assertThat(LocalClient.is("127.0.0.1", List.of("127.0.0.1"), List.of(), List.of())).isTrue();
        assertThat(LocalClient.is("127.0.0.1", List.of(), List.of("198.51.100.4"), List.of())).isFalse();
        assertThat(LocalClient.is("127.0.0.1", List.of(), List.of(), List.of("for=198.51.100.4;proto=https"))).isFalse();
        assertThat(LocalClient.is("127.0.0.1", List.of(), List.of(), List.of("for=\"[2001:db8::1]:4711\""))).isFalse();
        assertThat(LocalClient.is("127.0.0.1", List.of(), List.of(), List.of("for=\"[::1]:4711\""))).isTrue();
        assertThat(LocalClient.is("127.0.0.1", List.of(), List.of(), List.of("for=127.0.0.1:80"))).isTrue();
        assertThat(LocalClient.is("127.0.0.1", List.of("unknown"), List.of(), List.of())).isFalse();
        // A header cannot make a remote client local.
        assertThat(LocalClient.is("192.0.2.2", List.of("127.0.0.1"), List.of("127.0.0.1"), List.of("for=127.0.0.1"))).isFalse();
    }
}
