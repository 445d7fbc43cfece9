package cn.gongkai.cli;

import cn.gongkai.requests.ReviewKind;
import cn.gongkai.requests.ReviewOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Recording 行政复议 and 行政诉讼 against a request (the annual report's section 四). */
final class ReviewCommands {
    private ReviewCommands() {}

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "登记针对某申请的行政复议或行政诉讼；输出其编号")
    static class FileReview extends StaffCommand {
        @Parameters(paramLabel = "ID", description = "申请编号") long id;
        @Option(names = "--kind", required = true, description = "REVIEW, SUIT_DIRECT, SUIT_AFTER_REVIEW") String kind;
        @Option(names = "--filed", required = true, paramLabel = "YYYY-MM-DD", description = "提起日期") String filed;
        @Option(names = "--outcome", description = "已审结的结果: UPHELD, CORRECTED, OTHER (默认尚未审结)") String outcome;
        @Option(names = "--decided", paramLabel = "YYYY-MM-DD", description = "审结日期 (与 --outcome 同给)") String decided;
        @Option(names = "--detail") String detail;

        @Override
        public void run() {
            ReviewKind k = ReviewKind.parse(kind);
            ReviewOutcome o = outcome == null ? ReviewOutcome.PENDING : ReviewOutcome.parse(outcome);
            long reviewId = records().reviews().fileReview(id, k, date("--filed", filed), o,
                    date("--decided", decided), detail, actor);
            out().println(reviewId);
        }
    }

    @Command(name = "review-outcome", mixinStandardHelpOptions = true, description = "记录复议或诉讼的审结结果")
    static class DecideReview extends StaffCommand {
        @Parameters(paramLabel = "REVIEW_ID") long reviewId;
        @Option(names = "--outcome", required = true, description = "UPHELD, CORRECTED, OTHER") String outcome;
        @Option(names = "--decided", required = true, paramLabel = "YYYY-MM-DD") String decided;

        @Override
        public void run() {
            records().reviews().decideReview(reviewId, ReviewOutcome.parse(outcome), date("--decided", decided), actor);
        }
    }
}
