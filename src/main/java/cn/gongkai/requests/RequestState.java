package cn.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The current state of a request: the fold of its events in the order they were recorded. */
public record RequestState(
        LocalDate received,
        LocalDate correctionRequested,
        LocalDate corrected,
        LocalDate extendedOn,
        int extensionDays,
        String extensionApprovedBy,
        List<Deadlines.Pause> pauses,
        LocalDate concluded,
        ResultCode result,
        LocalDate lastDate,
        LocalDate completed,
        LocalDate reasonsAsked,
        LocalDate laterDeadlineOn,
        int laterDeadlineDays,
        String laterDeadlineReason) {

    public static RequestState of(List<RequestEvent> events) {
        LocalDate received = null, correctionRequested = null, corrected = null, extendedOn = null;
        LocalDate concluded = null, last = null, completed = null, reasonsAsked = null, laterOn = null;
        int extension = 0, laterDays = 0;
        String approvedBy = null, laterReason = null;
        ResultCode result = null;
        List<Deadlines.Pause> pauses = new ArrayList<>();
        for (RequestEvent e : events) {
            if (e.kind() == EventKind.REVIEW_FILED || e.kind() == EventKind.REVIEW_DECIDED
                    || e.kind() == EventKind.NOTE) {
                continue; // after-the-fact records: they do not move the request's own timeline
            }
            last = e.date();
            switch (e.kind()) {
                case RECEIVED -> received = e.date();
                case CORRECTION_REQUESTED -> correctionRequested = e.date();
                case CORRECTED -> corrected = e.date();
                case EXTENDED -> {
                    extendedOn = e.date();
                    extension = e.days();
                    approvedBy = e.approvedBy();
                }
                case PAUSED -> pauses.add(new Deadlines.Pause(e.date(), null));
                case RESUMED -> {
                    Deadlines.Pause open = pauses.remove(pauses.size() - 1);
                    pauses.add(new Deadlines.Pause(open.from(), e.date()));
                }
                case CONCLUDED -> {
                    concluded = e.date();
                    result = e.result();
                }
                case COMPLETED -> completed = e.date();
                case REASONS_ASKED -> reasonsAsked = e.date();
                case LATER_DEADLINE -> {
                    laterOn = e.date();
                    laterDays = e.days();
                    laterReason = e.detail();
                }
                default -> throw new IllegalStateException("unhandled event " + e.kind());
            }
        }
        return new RequestState(received, correctionRequested, corrected, extendedOn, extension, approvedBy,
                List.copyOf(pauses), concluded, result, last, completed, reasonsAsked, laterOn, laterDays, laterReason);
    }

    public RequestStatus status() {
        if (concluded != null) {
            return RequestStatus.CONCLUDED;
        }
        if (received == null) {
            return RequestStatus.AWAITING_RECEIPT;
        }
        if (correctionRequested != null && corrected == null) {
            return RequestStatus.AWAITING_CORRECTION;
        }
        return paused() ? RequestStatus.PAUSED : RequestStatus.OPEN;
    }

    /**
     * The answer period in working days from {@link #clockStart}: Art. 33's 20 plus any
     * extension, or the later period set under Art. 35, which replaces it.
     */
    public int answerDays() {
        return laterDeadlineDays > 0 ? laterDeadlineDays : Deadlines.ANSWER_DAYS + extensionDays;
    }

    public boolean paused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).to() == null;
    }

    /** Art. 30: after a correction the answer period runs from the supplement's receipt. */
    public LocalDate clockStart() {
        return corrected != null ? corrected : received;
    }

    /** Open on the given day: received by then and not concluded by then (report carry-over). */
    public boolean openOn(LocalDate day) {
        return received != null && !received.isAfter(day) && (concluded == null || concluded.isAfter(day));
    }
}
