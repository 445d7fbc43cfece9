package cn.gongkai.requests;

import java.time.LocalDate;

/** A 行政复议 or 行政诉讼 against a request; {@code decided} is null while pending. */
public record Review(
        long id, long requestId, ReviewKind kind, LocalDate filed, ReviewOutcome outcome, LocalDate decided,
        String detail) {

    /** Still undecided at the end of the day given (尚未审结 in that year's report). */
    public boolean pendingOn(LocalDate day) {
        return !filed.isAfter(day) && (decided == null || decided.isAfter(day));
    }
}
