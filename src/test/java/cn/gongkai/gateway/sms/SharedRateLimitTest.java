package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.sms.SmsRulesTest.HandClock;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import java.util.Optional;
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
    private static Optional<Long> windowStart(Database db, String phone) {
        return db.read(tx -> tx.one("SELECT window_start FROM sms_rate WHERE phone = ?", rs -> rs.getLong(1),
                RateLimiter.key(phone)));
    }

    @Test
    void the_row_holds_a_hash_never_the_number_and_a_minute_to_the_millisecond_is_still_one_window() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 1, clock);
        String phone = "+8613800000001";
        assertThat(limiter.check(phone, null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(windowStart(db, phone)).contains(1_000_000L);
        Optional<Integer> withNumber = db.read(tx -> tx.one("SELECT count(*) FROM sms_rate WHERE phone LIKE '%13800000001%'",
                rs -> rs.getInt(1)));
        assertThat(withNumber).contains(0);
        clock.millis.addAndGet(60_000);
        assertThat(limiter.check(phone, null)).as("exactly a minute on").isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.check(phone, null)).isEqualTo(RateLimiter.Verdict.SILENT);
        clock.millis.addAndGet(1);
        assertThat(limiter.check(phone, null)).as("a new window").isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(windowStart(db, phone)).contains(1_060_001L);
        assertThat(limiter.check(phone, null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    @Test
    void a_retry_is_let_through_only_for_a_text_that_was_answered_and_a_new_window_forgets_it() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 1, clock);
        String phone = "+8613800000001";
        assertThat(limiter.check(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check(phone, "SM2")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.check(phone, "SM2")).as("the refusal's retry").isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check(phone, "SM3")).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(limiter.check(phone, "SM3")).as("a silenced text's retry stays silent").isEqualTo(RateLimiter.Verdict.SILENT);
        // Texts without an id are each counted.
        assertThat(limiter.check(phone, null)).isEqualTo(RateLimiter.Verdict.SILENT);
        clock.millis.addAndGet(60_001);
        assertThat(limiter.check(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check(phone, "SM4")).as("SM1 counted again in the new window")
                .isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    @Test
    void a_damaged_row_starts_its_list_of_seen_texts_over() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 2, clock);
        String phone = "+8613800000001";
        assertThat(limiter.check(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        db.write(tx -> tx.update("UPDATE sms_rate SET seen = 'not json' WHERE phone = ?", RateLimiter.key(phone)));
        // SM1 is no longer known as seen: counted (two of two), the window and its count kept.
        assertThat(limiter.check(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check(phone, "SM2")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    @Test
    void every_five_hundredth_text_clears_the_rows_older_than_ten_minutes() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 3, clock);
        limiter.check("old", null); // 1st text, at t
        clock.millis.addAndGet(1);
        limiter.check("ten-minutes", null); // 2nd, at t + 1
        clock.millis.addAndGet(600_000); // now t + 600,001: "ten-minutes" is exactly ten minutes old
        for (int i = 3; i < 500; i++) {
            limiter.check("n" + i, null);
        }
        assertThat(windowStart(db, "old")).as("before the 500th text nothing is cleared").isPresent();
        limiter.check("n500", null);
        assertThat(windowStart(db, "old")).isEmpty();
        assertThat(windowStart(db, "ten-minutes")).isPresent();
        assertThat(windowStart(db, "n499")).isPresent();
    }

    @Test
    void a_peek_tells_whether_the_next_text_would_be_answered_and_counts_nothing() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 2, clock);
        String phone = "+8613800000001";
        String key = RateLimiter.key(phone);
        long now = clock.millis();
        assertThat(peek(db, limiter, key, "SM1", now)).as("no row yet").isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(windowStart(db, phone)).as("a peek writes nothing").isEmpty();
        assertThat(inTransaction(db, limiter, key, "SM1", now)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(peek(db, limiter, key, "SM2", now)).as("the second of two").isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(peek(db, limiter, key, "SM2", now)).as("still, nothing was counted")
                .isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(inTransaction(db, limiter, key, "SM2", now)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(peek(db, limiter, key, "SM3", now)).as("the third of two")
                .isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(inTransaction(db, limiter, key, "SM3", now)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(peek(db, limiter, key, "SM4", now)).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(peek(db, limiter, key, "SM1", now)).as("an answered text's retry").isEqualTo(RateLimiter.Verdict.ALLOW);
    }

    @Test
    void this_nodes_own_count_says_over_when_this_node_alone_saw_the_flood() {
        Database db = Database.open(dir.resolve("gongkai.db"));
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(db, 1, clock);
        String phone = "+8613800000001";
        assertThat(limiter.local(phone, "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.local(phone, "SM2")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.local(phone, "SM3")).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(windowStart(db, phone)).as("the local count is memory only").isEmpty();
    }

    private static RateLimiter.Verdict peek(Database db, RateLimiter limiter, String key, String id, long now) {
        RateLimiter.Verdict v = db.write(tx -> limiter.peek(tx, key, id, now));
        return v;
    }

    private static RateLimiter.Verdict inTransaction(Database db, RateLimiter limiter, String key, String id, long now) {
        RateLimiter.Verdict v = db.write(tx -> limiter.inTransaction(tx, key, id, now));
        return v;
    }
}
