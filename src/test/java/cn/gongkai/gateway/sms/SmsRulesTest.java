package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Segments;
import cn.gongkai.requests.Phones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The rules of the SMS conversation one at a time: the rate-limit window, the words a text is
 * read as ({@code IntentTest}), which numbers are mobiles, how texts are counted and cut; the
 * signature gate has its own {@code TwilioSignatureTest}.
 */
class SmsRulesTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_000_000);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    // --- rate limit ---

    @Test
    void a_flood_gets_one_refusal_then_silence_and_other_numbers_are_untouched() {
        RateLimiter limiter = new RateLimiter(3, new HandClock());
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.SILENT);
        assertThat(limiter.check("+8613800000002", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
    }

    @Test
    void the_window_resets_after_a_minute_so_a_number_is_not_silenced_until_restart() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(1, clock);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        clock.millis.addAndGet(60_000); // exactly one minute: still the same window
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.SILENT);
        clock.millis.addAndGet(1); // past the minute: a fresh window
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    @Test
    void many_numbers_do_not_keep_old_windows_forever_and_still_count_right() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(1, clock);
        for (int i = 0; i <= 50_001; i++) {
            limiter.check("n" + i, null);
        }
        assertThat(limiter.check("n0", null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        clock.millis.addAndGet(60_000);
        // Exactly a minute old: still the same window, and the sweep must not drop it either.
        assertThat(limiter.check("n0", null)).isEqualTo(RateLimiter.Verdict.SILENT);
        clock.millis.addAndGet(-60_000);
        clock.millis.addAndGet(60_001);
        // The sweep of stale windows must not forget a number's fresh count.
        assertThat(limiter.check("n1", null)).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("n1", null)).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    @Test
    void a_carriers_retry_of_one_message_is_not_counted_twice_but_a_new_window_forgets_it() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(1, clock);
        assertThat(limiter.check("+8613800000001", "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        // Twilio retrying SM1 is the same text: let through, not a second one.
        assertThat(limiter.check("+8613800000001", "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", "SM2")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        clock.millis.addAndGet(60_001);
        // A fresh window starts with nothing seen: SM1 again counts, so SM3 is one too many.
        assertThat(limiter.check("+8613800000001", "SM1")).isEqualTo(RateLimiter.Verdict.ALLOW);
        assertThat(limiter.check("+8613800000001", "SM3")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
    }

    // --- numbers ---

    @Test
    void a_line_is_the_same_whatever_way_it_is_written_and_an_empty_one_is_nobodys() {
        assertThat(Phones.line("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(Phones.line("8613812345678")).isEqualTo("13812345678");
        assertThat(Phones.line("008613812345678")).isEqualTo("13812345678");
        assertThat(Phones.line("(0421) 123-4567")).isEqualTo("4211234567");
        assertThat(Phones.line("+1 415 555 0100")).isEqualTo("+14155550100");
        assertThat(Phones.line("+1234")).isEmpty();
        assertThat(Phones.line("+12345")).isEqualTo("+12345");
        assertThat(Phones.line("01234")).isEmpty();
        assertThat(Phones.line("12345")).isEqualTo("12345");
        assertThat(Phones.line("+86")).isEmpty();
        assertThat(Phones.line(null)).isEmpty();
        assertThat(Numbers.same("138 1234 5678", "+8613812345678")).isTrue();
        assertThat(Numbers.same("0421-1234567", "+864211234567")).isTrue();
        assertThat(Numbers.same("+14155550100", "4155550100")).isFalse();
        assertThat(Numbers.same("", "")).isFalse();
        assertThat(Numbers.same(null, null)).isFalse();
        assertThat(Phones.mask("+8613812345678")).isEqualTo("138****5678");
        assertThat(Phones.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Phones.mask("0421-1234567")).isEqualTo("042****4567");
        assertThat(Phones.mask("1234567")).isEqualTo("****");
        assertThat(Phones.mask("12345678")).isEqualTo("123****5678");
        assertThat(Phones.mask(null)).isNull();
    }

    @Test
    void mainland_mobiles_typed_any_usual_way_become_e164() {
        assertThat(Numbers.normalize(null)).isEmpty();
        assertThat(Numbers.normalize(" 138-1234 5678 ")).isEqualTo("+8613812345678");
        assertThat(Numbers.normalize("(138)12345678")).isEqualTo("+8613812345678");
        assertThat(Numbers.normalize("8613812345678")).isEqualTo("+8613812345678");
        assertThat(Numbers.normalize("008613812345678")).isEqualTo("+8613812345678");
        assertThat(Numbers.normalize("+8613812345678")).isEqualTo("+8613812345678");
        assertThat(Numbers.normalize("0044 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(Numbers.normalize("12812345678")).isEqualTo("12812345678");
        assertThat(Numbers.normalize("010-12345678")).isEqualTo("01012345678");
    }

    @Test
    void only_real_mainland_mobiles_are_taken_as_mobiles() {
        assertThat(Numbers.isMobile("13812345678")).isTrue();
        assertThat(Numbers.isMobile("+8619912345678")).isTrue();
        assertThat(Numbers.isMobile("+8612812345678")).isFalse(); // 12x is no mobile prefix
        assertThat(Numbers.isMobile("+861381234567")).isFalse(); // a digit short
        assertThat(Numbers.isMobile("+86138123456789")).isFalse(); // a digit long
        assertThat(Numbers.isMobile("+86108888888")).isFalse(); // a Beijing landline
        assertThat(Numbers.isMobile("+86abc")).isFalse();
        assertThat(Numbers.isMobile("+442079460958")).isTrue();
        assertThat(Numbers.isMobile("+1234567")).isFalse(); // too short for E.164
        assertThat(Numbers.isMobile("+0123456789")).isFalse();
        assertThat(Numbers.isMobile("01012345678")).isFalse();
    }

    // --- counting and cutting ---

    @Test
    void gsm_texts_count_160_then_153_and_extension_characters_twice() {
        assertThat(Segments.count("")).isEqualTo(1);
        assertThat(Segments.count("a".repeat(160))).isEqualTo(1);
        assertThat(Segments.count("a".repeat(161))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(306))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(307))).isEqualTo(3);
        assertThat(Segments.count("€".repeat(80))).isEqualTo(1);
        assertThat(Segments.count("€".repeat(80) + "a")).isEqualTo(2);
        assertThat(Segments.isGsm("abc[]€")).isTrue();
        // The first character of each GSM table: '@' basic, '^' extension (counts twice).
        assertThat(Segments.isGsm("@^")).isTrue();
        assertThat(Segments.count("^".repeat(80))).isEqualTo(1);
        assertThat(Segments.count("^".repeat(80) + "a")).isEqualTo(2);
        assertThat(Segments.isGsm("abc低")).isFalse();
    }

    @Test
    void ucs2_texts_count_70_then_67_and_never_split_a_surrogate_pair() {
        assertThat(Segments.count("低".repeat(70))).isEqualTo(1);
        assertThat(Segments.count("低".repeat(71))).isEqualTo(2);
        assertThat(Segments.count("低".repeat(134))).isEqualTo(2);
        assertThat(Segments.count("低".repeat(135))).isEqualTo(3);
        // 66 units then an emoji: the pair would straddle 67, so it starts the second segment.
        assertThat(Segments.count("低".repeat(66) + "😀" + "低".repeat(65))).isEqualTo(2);
        assertThat(Segments.count("低".repeat(66) + "😀" + "低".repeat(66))).isEqualTo(3);
        assertThat(Segments.count("低".repeat(65) + "😀" + "低".repeat(67))).isEqualTo(2);
        assertThat(Segments.fits("低".repeat(71), 2)).isTrue();
        assertThat(Segments.fits("低".repeat(135), 2)).isFalse();
    }

    @Test
    void a_cut_keeps_the_longest_start_that_fits_and_never_half_an_emoji() {
        assertThat(Segments.cut("低保", 1)).isEqualTo("低保");
        String cut = Segments.cut("低".repeat(200), 1);
        assertThat(cut).isEqualTo("低".repeat(69) + "…");
        // An emoji whose pair straddles the cut point: the whole emoji goes, not half of it.
        String emojis = "低".repeat(68) + "😀" + "低".repeat(10);
        assertThat(Segments.cut(emojis, 1)).isEqualTo("低".repeat(68) + "…");
        assertThat(Segments.cut("a".repeat(400), 1)).isEqualTo("a".repeat(70 - 1) + "…");
    }

    @Test
    void prefix_and_shorten_stop_before_half_a_surrogate_pair() {
        assertThat(Segments.prefix("低保标准", 9)).isEqualTo("低保标准");
        assertThat(Segments.prefix("低保标准", 4)).isEqualTo("低保标准");
        assertThat(Segments.prefix("低保标准", 2)).isEqualTo("低保");
        assertThat(Segments.prefix("a😀b", 2)).isEqualTo("a");
        assertThat(Segments.prefix("a😀b", 3)).isEqualTo("a😀");
        assertThat(Segments.prefix("😀b", 0)).isEmpty();
        assertThat(Segments.shorten("低保标准", 4)).isEqualTo("低保标准");
        assertThat(Segments.shorten("低保标准", 3)).isEqualTo("低保…");
        assertThat(Segments.shorten("a😀bc", 3)).isEqualTo("a…");
        assertThat(Segments.shorten("低保", 0)).isEqualTo("…");
    }
}
