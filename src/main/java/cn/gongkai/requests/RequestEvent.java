package cn.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a request's timeline. {@code date} is the legal date the periods count from;
 * {@code at} is when it was recorded, {@code actor} who recorded it.
 */
public record RequestEvent(
        long id,
        EventKind kind,
        LocalDate date,
        String actor,
        String detail,
        ResultCode result,
        String approvedBy,
        Integer days,
        Instant at) {

    /** An event about to be recorded (no id or time yet). */
    public static RequestEvent of(EventKind kind, LocalDate date, String detail) {
        return new RequestEvent(0, kind, date, null, detail, null, null, null, null);
    }
}
