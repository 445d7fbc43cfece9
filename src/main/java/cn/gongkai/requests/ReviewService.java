package cn.gongkai.requests;

import static cn.gongkai.requests.Rules.actor;
import static cn.gongkai.requests.Rules.existing;
import static cn.gongkai.requests.Rules.require;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政复议 and 行政诉讼 recorded against a request (the annual report's section 四). Filing and
 * deciding each leave an event on the request and an audit line, in the same transaction.
 */
public final class ReviewService {

    private final Database db;
    private final Clock clock;

    public ReviewService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a 行政复议 or 行政诉讼 against a request and returns its id; with an outcome other
     * than PENDING it is recorded as already decided, in the same transaction.
     */
    public long fileReview(long id, ReviewKind kind, LocalDate filed, ReviewOutcome outcome, LocalDate decided,
            String detail, String actor) {
        require(kind != null, "缺少复议诉讼类型 (--kind)");
        notInFuture(filed);
        ReviewOutcome o = outcome == null ? ReviewOutcome.PENDING : outcome;
        require((o == ReviewOutcome.PENDING) == (decided == null), "--outcome 和 --decided 要么都给，要么都不给");
        String who = actor(actor);
        return db.write(tx -> {
            RequestState s = RequestState.of(RequestStore.events(tx, existing(tx, id)));
            require(s.received() != null && !filed.isBefore(s.received()),
                    "复议或诉讼日期 " + filed + " 早于收到申请的日期 " + s.received());
            Instant now = clock.instant();
            long reviewId = RequestStore.insertReview(tx, id, kind, filed, detail, now);
            RequestStore.addEvent(tx, id, RequestEvent.of(EventKind.REVIEW_FILED, filed, kind + " #" + reviewId),
                    who, now);
            RequestStore.audit(tx, who, "REVIEW_FILED", id, kind + " #" + reviewId, now);
            if (o != ReviewOutcome.PENDING) {
                decide(tx, RequestStore.review(tx, reviewId).orElseThrow(), o, decided, who, now);
            }
            return reviewId;
        });
    }

    /** Records the outcome of a review or suit, once. */
    public void decideReview(long reviewId, ReviewOutcome outcome, LocalDate decided, String actor) {
        String who = actor(actor);
        db.write(tx -> {
            Review r = RequestStore.review(tx, reviewId)
                    .orElseThrow(() -> new UserException("没有编号为 " + reviewId + " 的复议或诉讼"));
            decide(tx, r, outcome, decided, who, clock.instant());
            return null;
        });
    }

    private void decide(Tx tx, Review r, ReviewOutcome outcome, LocalDate decided, String who, Instant now)
            throws SQLException {
        require(outcome != ReviewOutcome.PENDING, "结果不能是 PENDING；尚未审结就不必记录结果");
        notInFuture(decided);
        require(r.outcome() == ReviewOutcome.PENDING, "复议或诉讼 #" + r.id() + " 已于 " + r.decided()
                + " 审结 (" + r.outcome() + ")");
        require(!decided.isBefore(r.filed()), "审结日期 " + decided + " 早于提起日期 " + r.filed());
        RequestStore.decideReview(tx, r.id(), outcome, decided);
        String what = r.kind() + " #" + r.id() + " " + outcome;
        RequestStore.addEvent(tx, r.requestId(), RequestEvent.of(EventKind.REVIEW_DECIDED, decided, what), who, now);
        RequestStore.audit(tx, who, "REVIEW_DECIDED", r.requestId(), what, now);
    }

    /** The reviews and suits against one request, oldest first. */
    public List<Review> of(long requestId) {
        return db.read(tx -> RequestStore.reviews(tx, existing(tx, requestId)));
    }

    private void notInFuture(LocalDate date) {
        Rules.notInFuture(date, LocalDate.now(clock));
    }
}
