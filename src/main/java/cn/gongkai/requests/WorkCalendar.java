package cn.gongkai.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days as the State Council's yearly holiday notice defines them: Monday to Friday,
 * minus public holidays, plus the weekend days made working days (调休). Years the calendar
 * does not cover fall back to plain weekdays, and callers flag what they compute there.
 */
public final class WorkCalendar {

    private final Set<Integer> years;
    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workdays;

    public WorkCalendar(Set<Integer> years, Map<LocalDate, String> holidays, Set<LocalDate> workdays) {
        this.years = Set.copyOf(new TreeSet<>(years));
        this.holidays = Map.copyOf(new TreeMap<>(holidays));
        this.workdays = Set.copyOf(workdays);
    }

    /** A calendar that knows no year: every date is computed on weekdays and flagged. */
    public static WorkCalendar weekdaysOnly() {
        return new WorkCalendar(Set.of(), Map.of(), Set.of());
    }

    public boolean covers(LocalDate day) {
        return years.contains(day.getYear());
    }

    public Set<Integer> years() {
        return years;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The holiday's name (春节, 国庆节…) or null. */
    public String holidayName(LocalDate day) {
        return holidays.get(day);
    }
}
