package cn.gongkai.corpus;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A body's annual report on disclosure work (政府信息公开工作年度报告) is about disclosure work: how
 * much was published, requests, fees, appeals. It touches many words in passing (年度, 个人, 申请,
 * a list of categories), so a question on any topic (个人所得税年度汇算怎么操作) may share enough of
 * them to qualify it — and a report of another body on the same platform then answers a question
 * about this district. Such a report answers only a question about disclosure work or one naming
 * what its title names beyond the kind of report (its body: 下府开发区).
 */
final class WorkReport {
    /** Words of disclosure work: a question with one of them (or a reading of one) is about it. */
    private static final List<String> WORK = List.of("公开", "公布", "报告", "年报");
    /** The title every such report shares; its words say what kind of document, not whose. */
    private static final String KIND = "政府信息公开工作年度报告";
    /** The part of the title that makes a document such a report. */
    private static final String REPORT = "年度报告";

    private WorkReport() {}

    /** The question is about disclosure work: a work word in it or in a reading of one of its words. */
    static boolean asked(QueryPlan plan) {
        if (WORK.stream().anyMatch(plan.text()::contains)) {
            return true;
        }
        return plan.terms().stream().flatMap(t -> t.alternatives().stream())
                .anyMatch(a -> WORK.stream().anyMatch(a::contains));
    }

    /**
     * The query without annual reports whose title names none of the question's own words (the
     * words beyond the kind of report and a year); unchanged for a question about disclosure work.
     */
    static Query without(Query q, QueryPlan plan, Function<String, Query> inTitle) {
        if (q == null || plan.initials() != null || asked(plan)) {
            return q;
        }
        Query report = inTitle.apply(REPORT);
        if (report == null) {
            return q;
        }
        BooleanQuery.Builder named = new BooleanQuery.Builder();
        int names = 0;
        for (QueryPlan.Term t : plan.terms()) {
            if (t.generic() || t.unknown() || t.text().length() < 2 || KIND.contains(t.text())
                    || t.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            Query name = inTitle.apply(t.text());
            if (name != null) {
                named.add(name, Occur.SHOULD);
                names++;
            }
        }
        BooleanQuery.Builder unnamed = new BooleanQuery.Builder().add(report, Occur.MUST);
        if (names > 0) {
            unnamed.add(named.build(), Occur.MUST_NOT);
        }
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(unnamed.build(), Occur.MUST_NOT).build();
    }
}
