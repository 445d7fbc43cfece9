package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Instants bound as text keep the fixed-width form the formatter wrote (text order is time order). */
class InstantTextTest {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void every_instant_is_written_as_the_formatter_writes_it() {
        Random r = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(-40_000_000_000L, 260_000_000_000L), r.nextInt(1_000_000_000));
            assertThat(Tx.text(t)).isEqualTo(FORMAT.format(t));
        }
        for (String edge : new String[] {"1000-01-01T00:00:00Z", "0999-12-31T23:59:59.999999999Z",
                "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999Z", "2026-12-01T01:00:00.000500Z", "2024-02-29T12:00:00.5Z"}) {
            Instant t = Instant.parse(edge);
            assertThat(Tx.text(t)).as(edge).isEqualTo(FORMAT.format(t));
        }
    }
}
