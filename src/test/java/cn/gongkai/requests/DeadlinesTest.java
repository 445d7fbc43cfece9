package cn.gongkai.requests;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final Deadlines D = new Deadlines(CalendarFile.parse(ConfigFiles.readDefault("calendar.yaml")));

    static LocalDate answer(LocalDate received) {
        return D.answerDue(received, 0, List.of()).date();
    }

    @Test
    void request_received_friday_before_spring_festival_is_due_27_february() {
        Deadlines.Due due = D.answerDue(of(2025, 1, 24), 0, List.of());
        assertThat(due.date()).isEqualTo(of(2025, 2, 27));
        assertThat(due.estimated()).isFalse();
    }

    @Test
    void correction_notice_for_friday_before_spring_festival_counts_the_working_sunday_and_saturday() {
        // Jan 26 (Sun, 调休) and Feb 8 (Sat, 调休) count; Jan 28–Feb 4 do not.
        assertThat(D.correctionDue(of(2025, 1, 24)).date()).isEqualTo(of(2025, 2, 10));
    }

    @Test
    void request_received_before_national_day_2025_counts_working_sunday_28_september_and_saturday_11_october() {
        assertThat(D.correctionDue(of(2025, 9, 26)).date()).isEqualTo(of(2025, 10, 13));
        assertThat(answer(of(2025, 9, 26))).isEqualTo(of(2025, 10, 30));
    }

    @Test
    void request_received_on_last_day_before_national_day_starts_counting_on_9_october() {
        assertThat(D.correctionDue(of(2025, 9, 30)).date()).isEqualTo(of(2025, 10, 16));
        assertThat(answer(of(2025, 9, 30))).isEqualTo(of(2025, 11, 4));
    }

    @Test
    void request_confirmed_during_the_national_day_holiday_runs_as_if_received_on_its_last_working_day() {
        assertThat(answer(of(2025, 10, 3))).isEqualTo(answer(of(2025, 9, 30)));
    }

    @Test
    void request_received_friday_before_spring_festival_2026_counts_saturdays_14_and_28_february() {
        assertThat(D.correctionDue(of(2026, 2, 13)).date()).isEqualTo(of(2026, 3, 2));
        assertThat(answer(of(2026, 2, 13))).isEqualTo(of(2026, 3, 19));
    }

    @Test
    void twenty_day_extension_from_spring_festival_2026_skips_qingming() {
        assertThat(D.answerDue(of(2026, 2, 13), 20, List.of()).date()).isEqualTo(of(2026, 4, 17));
    }

    @Test
    void answer_period_after_correction_runs_from_the_supplement_not_the_first_receipt() {
        // Art. 30: a supplement received Saturday 14 Feb 2026 (a working day) restarts the clock.
        assertThat(answer(of(2026, 2, 14))).isEqualTo(of(2026, 3, 20));
    }

    @Test
    void consultation_pause_does_not_count_the_days_the_clock_stood_still() {
        // Paused Mon 10 Feb 2025 (counted), resumed Fri 14 Feb (not counted): four working days stop.
        var pause = new Deadlines.Pause(of(2025, 2, 10), of(2025, 2, 14));
        assertThat(D.answerDue(of(2025, 1, 24), 0, List.of(pause)).date()).isEqualTo(of(2025, 3, 5));
    }

    @Test
    void date_in_a_year_the_calendar_does_not_cover_is_computed_on_weekdays_and_flagged() {
        Deadlines.Due due = D.answerDue(of(2027, 3, 1), 0, List.of());
        assertThat(due.date()).isEqualTo(of(2027, 3, 29));
        assertThat(due.estimated()).isTrue();
        assertThat(D.answerDue(of(2026, 12, 20), 0, List.of()).estimated()).isTrue();
    }

    @Test
    void working_days_left_is_zero_on_the_due_day_and_negative_once_overdue() {
        LocalDate due = of(2025, 2, 27);
        assertThat(D.workingDaysLeft(of(2025, 2, 25), due)).isEqualTo(2);
        assertThat(D.workingDaysLeft(due, due)).isZero();
        assertThat(Deadlines.overdue(due, due)).isFalse();
        assertThat(D.workingDaysLeft(of(2025, 3, 3), due)).isEqualTo(-2);
        assertThat(Deadlines.overdue(of(2025, 2, 28), due)).isTrue();
    }

    @Test
    void calendar_knows_2025_and_2026_holidays_and_working_weekends() {
        WorkCalendar c = D.calendar();
        assertThat(c.isWorkingDay(of(2025, 10, 8))).isFalse();
        assertThat(c.isWorkingDay(of(2025, 10, 11))).isTrue();
        assertThat(c.isWorkingDay(of(2026, 2, 23))).isFalse();
        assertThat(c.isWorkingDay(of(2026, 2, 28))).isTrue();
        assertThat(c.holidayName(of(2026, 2, 17))).isEqualTo("春节");
        assertThat(c.years()).containsExactlyInAnyOrder(2025, 2026);
    }
}
