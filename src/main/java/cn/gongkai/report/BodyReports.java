package cn.gongkai.report;

import cn.gongkai.bodies.Bodies;
import cn.gongkai.bodies.Body;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchService;
import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.RequestView;
import cn.gongkai.storage.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual report of one disclosing body (公开主体), and the platform's overview of every
 * body for the county office that supervises them. A body's report counts only its own
 * documents (section 二), requests (三) and reviews and suits (四); a single-body home counts
 * everything, as before bodies existed.
 */
public final class BodyReports {
    private final Bodies bodies;
    private final SearchService search;
    private final Database db;
    private final YearlyFiguresStore figures;
    private final ReportTemplate template;

    public BodyReports(Bodies bodies, SearchService search, Database db, YearlyFiguresStore figures,
            ReportTemplate template) {
        this.bodies = bodies;
        this.search = search;
        this.db = db;
        this.figures = figures;
        this.template = template;
    }

    /** One body's statutory report for the year. */
    public AnnualReport build(int year, Body body, LocalDate today) {
        boolean single = bodies.single();
        List<Disclosure> docs = search.ofBody(body.id(), single);
        ReportRecord record = single ? ReportRecord.read(db) : ReportRecord.read(db, body.id());
        ReportTemplate prose = single ? template : template.forBody(body.shortName(), body.name());
        return AnnualReportBuilder.build(year, docs, record, figures.get(year, single ? null : body.id()), prose, today);
    }

    /** One line of the platform overview: a body's year at a glance. */
    public record Line(Body body, long received, long concluded, long carriedOut, long overdue, long reviews,
            long suits, int published, boolean checksOk) {}

    /**
     * Every body's year: 新收, 办结, 结转, 逾期 (answered late in the year, or open and past due
     * today), 复议, 诉讼, and whether its report's cross-checks hold.
     */
    public List<Line> overview(int year, RequestService requests, LocalDate today) {
        List<Line> out = new ArrayList<>();
        for (Body b : bodies.all()) {
            AnnualReport r = build(year, b, today);
            long overdue = 0;
            for (RequestView v : requests.list(false, bodies.single() ? null : b.id(), false)) {
                var s = v.state();
                boolean lateInYear = v.answeredLate() && s.concluded() != null && s.concluded().getYear() == year;
                boolean openPastDue = v.overdue() && today.getYear() == year;
                if (lateInYear || openPastDue) {
                    overdue++;
                }
            }
            boolean ok = ReportChecks.run(r).stream().allMatch(ReportChecks.Check::ok);
            out.add(new Line(b, r.section3().get("NEW")[6], r.section3().get("RESULT_TOTAL")[6],
                    r.section3().get("CARRIED_OUT")[6], overdue, r.section4().get("REVIEW_TOTAL"),
                    r.section4().get("SUIT_DIRECT_TOTAL") + r.section4().get("SUIT_AFTER_REVIEW_TOTAL"),
                    r.publishedTotal(), ok));
        }
        return out;
    }
}
