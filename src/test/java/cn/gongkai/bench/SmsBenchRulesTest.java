package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sms bench's warm-up rule and how its paired timed runs are summed. */
class SmsBenchRulesTest {
    @Test
    void a_round_is_settled_only_when_the_jit_is_quiet_and_throughput_stopped_rising() {
        // The JIT busy for more than a twentieth of the round: not settled, however steady.
        assertThat(SmsBenchCommand.settled(60, 1000, 2000, 2000)).isFalse();
        // Quiet, but still 10 % faster than the round before: hot code was recompiled, warm on.
        assertThat(SmsBenchCommand.settled(10, 1000, 2200, 2000)).isFalse();
        // The first settle round has nothing to compare with.
        assertThat(SmsBenchCommand.settled(10, 1000, 2000, 0)).isFalse();
        // Quiet and no faster (or within 5 %): settled.
        assertThat(SmsBenchCommand.settled(10, 1000, 2090, 2000)).isTrue();
        assertThat(SmsBenchCommand.settled(0, 1000, 1500, 2000)).isTrue();
    }

    @Test
    void the_ratio_is_the_median_of_the_pairs() {
        assertThat(SmsBenchCommand.median(List.of(0.45, 0.34, 0.40))).isEqualTo(0.40);
        assertThat(SmsBenchCommand.median(List.of(0.30, 0.50, 0.40, 0.20))).isEqualTo(0.35);
    }

    @Test
    void rounds_sum_to_one_row_with_every_failure_by_kind() {
        SmsBenchCommand.Round a = new SmsBenchCommand.Round(4, 1.0, new double[] {1, 2, 3, 4}, 3, 4_000_000, 5,
                Map.of("server", 8.0), Map.of("HTTP 503", 1));
        SmsBenchCommand.Round b = new SmsBenchCommand.Round(4, 3.0, new double[] {5, 6, 7, 8}, 2, 4_000_000, 7,
                Map.of("server", 4.0), Map.of("HTTP 503", 1, "IOException: closed", 1));
        SmsBenchCommand.Figures f = SmsBenchCommand.Round.figures(List.of(a, b));
        assertThat(f.perSecond()).isEqualTo(2.0); // 8 requests in 4 s, not the mean of 4/s and 1.33/s
        assertThat(f.p50()).isEqualTo(4.0);
        assertThat(f.p99()).isEqualTo(8.0);
        assertThat(f.ok()).isEqualTo(5);
        assertThat(f.failed()).isEqualTo(3);
        assertThat(f.cpuMs()).isEqualTo(1.0);
        assertThat(f.jitMs()).isEqualTo(12);
        assertThat(f.byThread()).isEqualTo("server 1.500");
        assertThat(f.failures()).isEqualTo("{HTTP 503=2, IOException: closed=1}");
    }
}
