package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRoomLogFilterTest {
    @TempDir
    Path home;

    @AfterEach
    void forget() {
        JournalRoomLogFilter.unwatchAll();
        JournalRoomLogFilter.takeDropped();
    }

    private static LoggingEvent line() {
        LoggerContext ctx = new LoggerContext();
        return new LoggingEvent("x", ctx.getLogger("cn.gongkai.test"), Level.WARN, "SMS not logged", null, null);
    }

    @Test
    void lines_are_left_out_while_the_journal_reserve_on_the_same_disk_is_released() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Ballast reserve = new Ballast(data, "journal-reserve.bin", 0.25);
        JournalRoomLogFilter.watch(reserve, home.resolve("logs").toString()); // folder not made yet: its parent's disk
        JournalRoomLogFilter filter = new JournalRoomLogFilter();

        assertThat(filter.decide(line())).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(line())).isEqualTo(FilterReply.DENY);
        Files.createFile(reserve.file()); // the reserve is back
        assertThat(filter.decide(line())).isEqualTo(FilterReply.NEUTRAL);
        assertThat(JournalRoomLogFilter.takeDropped()).isEqualTo(2);
        assertThat(JournalRoomLogFilter.takeDropped()).isZero();
    }

    @Test
    void logs_elsewhere_or_no_reserve_are_never_held_back() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        JournalRoomLogFilter.watch(new Ballast(data, "journal-reserve.bin", 0.25), null);
        JournalRoomLogFilter.watch(new Ballast(data, "journal-reserve.bin", 0.0), home.toString());
        assertThat(new JournalRoomLogFilter().decide(line())).isEqualTo(FilterReply.NEUTRAL);

        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(home)),
                "needs a second file system");
        JournalRoomLogFilter.watch(new Ballast(data, "journal-reserve.bin", 0.25), shm.toString());
        assertThat(new JournalRoomLogFilter().decide(line())).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void the_shipped_logging_configuration_filters_the_log_file() throws Exception {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("logback.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int appender = xml.indexOf("<appender name=\"FILE\"");
        int filter = xml.indexOf("<filter class=\"" + JournalRoomLogFilter.class.getName() + "\"/>");
        assertThat(appender).isNotNegative();
        assertThat(filter).isGreaterThan(appender).isLessThan(xml.indexOf("</appender>", appender));
    }
}
