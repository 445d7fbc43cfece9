package cn.gongkai.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PickupCodesTest {
    @TempDir Path home;

    @Test
    void a_code_opens_its_disclosure_until_it_expires() {
        Database db = Database.open(new Home(home));
        Instant t0 = Instant.parse("2026-11-01T08:00:00Z");
        String code = new PickupCodes(db, Clock.fixed(t0, ZoneOffset.UTC)).issue("QH-2025-0017");
        assertThat(code).matches("\\d{6}");
        PickupCodes later = new PickupCodes(db, Clock.fixed(t0.plus(Duration.ofDays(29)), ZoneOffset.UTC));
        assertThat(later.resolve(code)).contains("QH-2025-0017");
        assertThat(later.resolve(" " + code + " ")).contains("QH-2025-0017");
        PickupCodes expired = new PickupCodes(db, Clock.fixed(t0.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertThat(expired.resolve(code)).isEmpty();
    }

    @Test
    void malformed_codes_open_nothing() {
        PickupCodes codes = new PickupCodes(Database.open(new Home(home)), Clock.systemUTC());
        for (String bad : new String[] {null, "", "12345", "1234567", "abcdef", "12 456", "'; --"}) {
            assertThat(codes.resolve(bad)).isEmpty();
        }
    }
}
