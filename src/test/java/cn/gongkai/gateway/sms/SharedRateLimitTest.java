package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.sms.SmsRulesTest.HandClock;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flood limit kept in the database: two nodes (two limiters, as two serve processes would
 * hold) on one real SQLite file count one number's flood once, whichever node each text reaches.
 */
class SharedRateLimitTest {
    @TempDir Path dir;

    @Test
    void a_flood_split_over_two_nodes_is_counted_once_and_a_retried_message_is_not_a_second_text() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter a = new RateLimiter(db, 3, clock);
        RateLimiter b = new RateLimiter(db, 3, clock);
        String phone = "+8613800000001";
        assertThat(a.check(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(b.check(phone, "SM2")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(b.check(phone, "SM1")).as("Twilio's retry of SM1, on the other node").isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(a.check(phone, "SM3")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(b.check(phone, "SM4")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(a.check(phone, "SM5")).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(a.check("+8613800000002", "SM6")).isEqualTo(RateLimiter.Verdict.ALLOW);
        clock.millis.addAndGet(60_001); // a new minute, on either node
        assertThat(b.check(phone, "SM7")).isEqualTo(RateLimiter.Verdict.ALLOW);
    }
}
