package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.requests.CalendarFile;
import cn.gongkai.requests.WorkCalendar;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 0 connects to the staff phone in office hours on working days, by calendar.yaml. */
class OfficeHoursTest {
    @TempDir Path home;

    private boolean open(VoiceSettings s, WorkCalendar cal, String when) {
        return s.staffAvailable(ZonedDateTime.parse(when + "+08:00[Asia/Shanghai]").toInstant(), cal);
    }

    @Test
    void national_day_is_closed_and_the_adjusted_working_sunday_is_open() {
        ConfigFiles config = new ConfigFiles(new Home(home));
        VoiceSettings s = VoiceSettings.load(config);
        WorkCalendar cal = CalendarFile.load(config);
        assertThat(open(s, cal, "2025-09-29T10:00")).as("Monday").isTrue();
        assertThat(open(s, cal, "2025-10-01T10:00")).as("National Day, a Wednesday").isFalse();
        assertThat(open(s, cal, "2025-09-28T10:00")).as("Sunday made a working day").isTrue();
        assertThat(open(s, cal, "2025-10-04T10:00")).as("an ordinary Saturday in the holiday").isFalse();
        assertThat(open(s, cal, "2025-09-29T21:00")).as("after hours").isFalse();
    }
}
