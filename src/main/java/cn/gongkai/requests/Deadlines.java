package cn.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory periods of the 条例 (2019) as pure functions over a {@link WorkCalendar}.
 * Counting follows Art. 31 and general practice: the day of receipt is not counted, the period
 * starts on the next working day, and the last working day counted is the due date.
 */
public final class Deadlines {

    /** Art. 30: the applicant is told what to supplement within 7 working days of receipt. */
    public static final int CORRECTION_DAYS = 7;
    /** Art. 33 ¶1: answer within 20 working days of receipt. */
    public static final int ANSWER_DAYS = 20;
    /** Art. 33 ¶1: one extension of at most 20 working days. */
    public static final int MAX_EXTENSION = 20;

    /** A due date; {@code estimated} when some day on the way lies in a year the calendar lacks. */
    public record Due(LocalDate date, boolean estimated) {}

    /**
     * A consultation pause (Art. 32–34: third party or another body). The clock stops after
     * {@code from} (work that day counts) and restarts after {@code to} (like a receipt, the day
     * the answer comes back is not counted). {@code to} is null while the pause lasts.
     */
    public record Pause(LocalDate from, LocalDate to) {
        public boolean stops(LocalDate day) {
            return day.isAfter(from) && (to == null || !day.isAfter(to));
        }
    }

    private final WorkCalendar calendar;

    public Deadlines(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** Art. 30: the last day to send the correction notice. */
    public Due correctionDue(LocalDate received) {
        return addWorkingDays(received, CORRECTION_DAYS, List.of());
    }

    /**
     * Art. 33: the last day to answer. {@code clockStart} is the receipt date, or the date the
     * corrected request was received (Art. 30); {@code extension} the approved extra working
     * days (0 if none); closed pauses are not counted (Art. 32–34). Every pause must be closed.
     */
    public Due answerDue(LocalDate clockStart, int extension, List<Pause> pauses) {
        if (extension < 0 || extension > MAX_EXTENSION) {
            throw new IllegalArgumentException("extension must be 0.." + MAX_EXTENSION + ": " + extension);
        }
        return addWorkingDays(clockStart, ANSWER_DAYS + extension, pauses);
    }

    /**
     * The last day to answer a request in its current state: Art. 33 (with any extension), or the
     * later period set under Art. 35, which replaces it. Every pause must be closed.
     */
    public Due answerDue(RequestState s) {
        return s.laterDeadlineDays() > 0 ? laterDue(s.clockStart(), s.laterDeadlineDays(), s.pauses())
                : answerDue(s.clockStart(), s.extensionDays(), s.pauses());
    }

    /**
     * Art. 35: a reasonable later deadline for requests whose number or frequency is clearly
     * beyond a reasonable range, as {@code days} working days from the clock's start; it must be
     * longer than anything Art. 33 allows without it (20 working days).
     */
    public Due laterDue(LocalDate clockStart, int days, List<Pause> pauses) {
        if (days <= ANSWER_DAYS) {
            throw new IllegalArgumentException("a later deadline is longer than " + ANSWER_DAYS + " working days: " + days);
        }
        return addWorkingDays(clockStart, days, pauses);
    }

    /** The {@code n}th counted working day after {@code start} (start itself never counts). */
    public Due addWorkingDays(LocalDate start, int n, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (p.to() == null) {
                throw new IllegalArgumentException("the clock is stopped since " + p.from());
            }
        }
        boolean estimated = false;
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            estimated |= !calendar.covers(day);
            if (counts(day, pauses)) {
                counted++;
            }
        }
        return new Due(day, estimated);
    }

    /** Counted working days in (from, to]: how much of a period has run between two dates. */
    public int workingDaysBetween(LocalDate from, LocalDate to, List<Pause> pauses) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (counts(d, pauses)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Working days left until {@code due}: 0 on the due day itself, negative once it has passed
     * (minus the working days overdue).
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        if (!today.isAfter(due)) {
            return workingDaysBetween(today, due, List.of());
        }
        return -workingDaysBetween(due, today, List.of());
    }

    /** Overdue from the day after the due date. */
    public static boolean overdue(LocalDate today, LocalDate due) {
        return today.isAfter(due);
    }

    private boolean counts(LocalDate day, List<Pause> pauses) {
        if (!calendar.isWorkingDay(day)) {
            return false;
        }
        for (Pause p : pauses) {
            if (p.stops(day)) {
                return false;
            }
        }
        return true;
    }
}
