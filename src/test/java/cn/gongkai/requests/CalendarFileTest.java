package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    static WorkCalendar parse(String yaml) {
        return CalendarFile.parse(new ConfigFiles.Source("calendar.yaml", "/home/kiosk-config/calendar.yaml", yaml));
    }

    @Test
    void a_new_year_added_by_staff_is_read() {
        WorkCalendar c = parse("""
                2027:
                  holidays:
                    春节: 2027-02-05 ~ 2027-02-11
                  workdays:
                    - 2027-02-14
                """);
        assertThat(c.covers(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 14))).isTrue();
    }

    @Test
    void a_misspelt_date_names_the_file_and_line() {
        assertThatThrownBy(() -> parse("""
                2027:
                  holidays:
                    元旦: 2027-01-01
                    春节: 2027-02-30 ~ 2027-02-11
                """))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("/home/kiosk-config/calendar.yaml")
                .hasMessageContaining("第 4 行")
                .hasMessageContaining("2027-02-30");
    }

    @Test
    void a_weekday_listed_as_adjusted_working_day_is_refused() {
        assertThatThrownBy(() -> parse("""
                2027:
                  workdays:
                    - 2027-02-15
                """))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("第 3 行")
                .hasMessageContaining("周一至周五");
    }

    @Test
    void a_date_filed_under_the_wrong_year_is_refused() {
        assertThatThrownBy(() -> parse("""
                2027:
                  holidays:
                    元旦: 2026-01-01
                """))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("不在 2027 年内");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> parse("""
                2027:
                  holidays:
                    春节: 2027-02-11 ~ 2027-02-05
                """))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("早于起始日期");
    }

    @Test
    void broken_yaml_is_a_one_line_user_error() {
        assertThatThrownBy(() -> parse("2027: [unclosed\n"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("calendar.yaml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
