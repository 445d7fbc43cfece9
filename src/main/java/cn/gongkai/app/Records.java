package cn.gongkai.app;

import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.PickupCodes;
import cn.gongkai.report.ReportTemplate;
import cn.gongkai.report.YearlyFiguresStore;
import cn.gongkai.requests.CalendarFile;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.FeeNotices;
import cn.gongkai.requests.RequestListener;
import cn.gongkai.requests.RequestLookup;
import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.ReviewService;

import cn.gongkai.bodies.Bodies;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.RequestNotices;
import cn.gongkai.outreach.SmsSettings;
import cn.gongkai.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The record of one home opened for work: the database, the calendar and the services over
 * them. The command line, the gateway and the console each build one with their own clock.
 */
public final class Records {

    private final Database db;
    private final Clock clock;
    private final ConfigFiles config;
    private final Deadlines deadlines;
    private final RequestListener notices;
    private final Bodies bodies;

    /**
     * Every request change through these records queues the applicant's SMS notice by the same
     * rule, whoever makes it (command line, console, SMS).
     */
    public Records(Database db, ConfigFiles config, Clock clock) {
        this.db = db;
        this.clock = clock;
        InquiryJournal.register(db);
        this.config = config;
        this.deadlines = new Deadlines(CalendarFile.load(config));
        this.bodies = Bodies.load(config);
        this.notices = new RequestNotices(new Outbox(db, clock), Messages.load(config),
                SmsSettings.load(config).segments());
        // A local kiosk's requests and staff calls, journaled at the tap (issue 22).
        cn.gongkai.requests.RequestJournal.register(db, requests());
        cn.gongkai.hall.StaffCalls.register(db);
        try {
            db.replayJournal();
        } catch (RuntimeException e) {
            // Still not writable: the entries stay in the journal for the next write that succeeds.
            org.slf4j.LoggerFactory.getLogger(Records.class).warn("journal not replayed yet: {}", e.getMessage());
        }
    }

    public static Records open(Home home, Clock clock) {
        ConfigFiles config = new ConfigFiles(home);
        return new Records(Database.open(home), config, clock);
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public RequestService requests() {
        return new RequestService(db, deadlines, clock, notices, bodies);
    }

    public ReviewService reviews() {
        return new ReviewService(db, clock);
    }

    public InquiryLog inquiries() {
        return new InquiryLog(db, clock);
    }

    /**
     * Queues again any applicant notice for events of the last {@code days} days. A notice is
     * queued just after its change commits, so a crash in between would lose it; run at start-up,
     * this puts it back (the outbox's dedupe key means a notice already queued is not queued twice).
     * Returns how many events were looked at.
     */
    public int catchUpNotices(int days) {
        Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
        RequestService service = requests();
        List<RequestLookup.Recorded> events = service.lookup().recordedSince(since,
                Set.of(EventKind.RECEIVED, EventKind.CORRECTION_REQUESTED, EventKind.EXTENDED, EventKind.LATER_DEADLINE, EventKind.CONCLUDED));
        for (RequestLookup.Recorded e : events) {
            notices.committed(service, e.requestId(), e.kind());
        }
        return events.size();
    }

    /** The platform's disclosing bodies (bodies.yaml, or the one body of the hall). */
    public Bodies bodies() {
        return bodies;
    }

    public ConfigFiles config() {
        return config;
    }

    public FeeNotices feeNotices() {
        return new FeeNotices(db, deadlines, clock);
    }

    public PickupCodes pickupCodes() {
        return new PickupCodes(db, clock);
    }

    public YearlyFiguresStore yearlyFigures() {
        return new YearlyFiguresStore(db, clock);
    }

    public ReportTemplate reportTemplate() {
        return ReportTemplate.load(config);
    }
}
