package cn.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as staff see it on a given day: its facts, timeline, state and deadlines.
 *
 * @param correctionDue last day for the Art. 30 correction notice (null before receipt)
 * @param answerDue last day to answer (null while no period runs: before receipt, awaiting the
 *     supplement, or while the clock is stopped for consultation)
 * @param workingDaysLeft left of the answer period (negative when overdue; while paused, what
 *     was left when the clock stopped; null when concluded or not yet running)
 * @param estimated some deadline lies in a year the calendar does not cover (weekdays only)
 * @param answeredLate concluded after the answer was due
 */
public record RequestView(
        RequestRecord request,
        List<RequestEvent> events,
        RequestState state,
        LocalDate correctionDue,
        LocalDate answerDue,
        Integer workingDaysLeft,
        boolean overdue,
        boolean estimated,
        boolean answeredLate) {

    public RequestStatus status() {
        return state.status();
    }

    public static RequestView of(RequestRecord r, List<RequestEvent> events, Deadlines deadlines, LocalDate today) {
        RequestState s = RequestState.of(events);
        if (s.received() == null) {
            return new RequestView(r, events, s, null, null, null, false, false, false);
        }
        Deadlines.Due correction = deadlines.correctionDue(s.received());
        boolean estimated = correction.estimated();
        LocalDate answerDue = null;
        Integer left = null;
        boolean overdue = false;
        boolean late = false;
        int period = s.answerDays();
        boolean waitingForSupplement = s.correctionRequested() != null && s.corrected() == null;
        if (waitingForSupplement) {
            // Art. 30: no answer period runs until the supplemented request arrives.
        } else if (s.paused()) {
            LocalDate stoppedOn = s.pauses().get(s.pauses().size() - 1).from();
            if (s.concluded() == null) {
                left = period - deadlines.workingDaysBetween(s.clockStart(), stoppedOn, s.pauses());
            }
        } else {
            Deadlines.Due due = deadlines.answerDue(s);
            answerDue = due.date();
            estimated |= due.estimated();
            if (s.concluded() != null) {
                late = s.concluded().isAfter(answerDue);
            } else {
                left = deadlines.workingDaysLeft(today, answerDue);
                overdue = Deadlines.overdue(today, answerDue);
                estimated |= !deadlines.calendar().covers(today);
            }
        }
        return new RequestView(r, events, s, correction.date(), answerDue, left, overdue, estimated, late);
    }
}
