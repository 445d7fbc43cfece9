package cn.gongkai.requests;

import java.util.List;

/** What the annual report counts from the database: every request's state, every review. */
public record ReportRecord(List<Counted> requests, List<Review> reviews) {

    /** One request as the report sees it: its column and its state. */
    public record Counted(ApplicantType applicantType, RequestState state) {}

    public static ReportRecord empty() {
        return new ReportRecord(List.of(), List.of());
    }
}
