package cn.gongkai.console;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.requests.Records;
import java.time.Clock;
import java.time.Duration;

/**
 * The staff console's handlers, built once for a running {@code serve}. The gateway's
 * {@code Server} declares every /staff route against these.
 */
public final class Console {
    /** An office PC left alone: log out after half an hour without a request. */
    public static final Duration IDLE = Duration.ofMinutes(30);

    public final Auth auth;
    public final TodayPage today;
    public final InquiryPages inquiries;
    public final RequestPages requests;
    public final DemandPages demand;
    public final InsightPages insights;
    public final DisclosurePages disclosures;
    public final ReportPages report;
    public final AuditPage audit;

    /**
     * @param records the legal record, with the clock "today" is read from
     * @param wallClock real time for sessions and lockouts
     */
    public Console(Home home, Corpus corpus, Records records, Clock wallClock, Duration idle) {
        Accounts accounts = new Accounts(records.database(), wallClock);
        this.auth = new Auth(accounts, new Sessions(wallClock, idle));
        this.today = new TodayPage(records);
        this.inquiries = new InquiryPages(records);
        this.requests = new RequestPages(records);
        this.demand = new DemandPages(home, corpus, records);
        this.insights = new InsightPages(corpus, records);
        this.disclosures = new DisclosurePages(home, corpus, records);
        this.report = new ReportPages(corpus, records);
        this.audit = new AuditPage(records);
    }

    public static Console open(Home home, Corpus corpus) {
        return new Console(home, corpus, Records.open(home, Clock.systemDefaultZone()), Clock.systemUTC(), IDLE);
    }
}
