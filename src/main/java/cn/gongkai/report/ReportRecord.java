package cn.gongkai.report;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.RequestEvent;
import cn.gongkai.requests.RequestRecord;
import cn.gongkai.requests.RequestState;
import cn.gongkai.requests.RequestStore;
import cn.gongkai.requests.Review;

import cn.gongkai.requests.RequestChannel;
import cn.gongkai.storage.Database;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the annual report counts from the database: every request's state, every review. */
public record ReportRecord(List<Counted> requests, List<Review> reviews) {

    /**
     * One request as the report sees it: its column and its state; for one never confirmed as
     * received, the channel it came by and the day it was filed (the report warns about those).
     */
    public record Counted(ApplicantType applicantType, RequestState state, RequestChannel channel, LocalDate filed) {
        public Counted(ApplicantType applicantType, RequestState state) {
            this(applicantType, state, null, null);
        }
    }

    /** Every request's state and every review, read in one snapshot. */
    public static ReportRecord read(Database db) {
        return db.read(tx -> {
            Map<Long, List<RequestEvent>> events = RequestStore.allEvents(tx);
            List<Counted> counted = new ArrayList<>();
            for (RequestRecord r : RequestStore.all(tx)) {
                counted.add(new Counted(r.applicantType(), RequestState.of(events.getOrDefault(r.id(), List.of())),
                        r.channel(), LocalDate.ofInstant(r.createdAt(), ZoneId.systemDefault())));
            }
            return new ReportRecord(counted, RequestStore.allReviews(tx));
        });
    }

    /** One body's requests and their reviews and suits, read in one snapshot. */
    public static ReportRecord read(Database db, String body) {
        return db.read(tx -> {
            Map<Long, List<RequestEvent>> events = RequestStore.eventsOfBody(tx, body);
            List<Counted> counted = new ArrayList<>();
            for (RequestRecord r : RequestStore.ofBody(tx, body)) {
                counted.add(new Counted(r.applicantType(), RequestState.of(events.getOrDefault(r.id(), List.of()))));
            }
            return new ReportRecord(counted, RequestStore.reviewsOfBody(tx, body));
        });
    }

    public static ReportRecord empty() {
        return new ReportRecord(List.of(), List.of());
    }
}
