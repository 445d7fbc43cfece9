package cn.gongkai.console;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.app.Records;
import java.time.Clock;
import java.time.Duration;

/**
 * The staff console's handlers, built once for a running {@code serve}. The gateway's
 * {@code Server} declares every /staff route against these.
 */
public final class Console {
    /** An office PC left alone: log out after half an hour without a request. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** However busy: a working day, then log in again. */
    public static final Duration LIFETIME = Duration.ofHours(10);

    public final Auth auth;
    public final TodayPage today;
    public final InquiryPages inquiries;
    public final RequestPages requests;
    public final LetterPages letters;
    public final DemandPages demand;
    public final InsightPages insights;
    public final DisclosurePages disclosures;
    public final ReportPages report;
    public final AuditPage audit;
    public final SmsSimulator smsSimulator;
    public final VillagePages villages;
    public final BodyPages bodies;
    public final KioskPages kiosks;

    /**
     * @param records the legal record, with the clock "today" is read from
     * @param wallClock real time for sessions and lockouts
     */
    public Console(Home home, Corpus corpus, Records records, Clock wallClock, Duration idle) {
        this(home, corpus, records, wallClock, idle, null);
    }

    /**
     * @param sms the SMS channel the simulator talks to and new disclosures notify subscribers
     *     through; null where no SMS gateway runs (the simulator then says so, and no notices are queued)
     */
    public Console(Home home, Corpus corpus, Records records, Clock wallClock, Duration idle, SmsGateway sms) {
        this(home, corpus, records, wallClock, idle, LIFETIME, sms);
    }

    public Console(Home home, Corpus corpus, Records records, Clock wallClock, Duration idle, Duration lifetime,
            SmsGateway sms) {
        Accounts accounts = new Accounts(records.database(), wallClock);
        this.auth = new Auth(accounts, new Sessions(records.database(), wallClock, idle, lifetime));
        this.today = new TodayPage(records);
        this.inquiries = new InquiryPages(records);
        this.requests = new RequestPages(records);
        this.letters = new LetterPages(records);
        this.demand = new DemandPages(home, corpus, records);
        this.insights = new InsightPages(corpus, records);
        this.disclosures = new DisclosurePages(home, corpus, records, sms == null ? null : sms.subscriptions());
        this.report = new ReportPages(corpus, records);
        this.audit = new AuditPage(records);
        this.smsSimulator = new SmsSimulator(records, sms == null ? null : sms.channel());
        this.bodies = new BodyPages(records);
        this.kiosks = new KioskPages(records);
        this.villages = new VillagePages(corpus, records,
                sms == null ? new Preferences(records.database(), records.clock()) : sms.preferences());
    }

    /**
     * The console of {@code serve}, wired to its SMS gateway and sharing its record (one database,
     * one writer, per process).
     */
    public static Console open(Home home, Corpus corpus, SmsGateway sms) {
        return new Console(home, corpus, sms.records(), Clock.systemUTC(), IDLE, sms);
    }
}
