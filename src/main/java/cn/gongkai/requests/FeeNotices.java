package cn.gongkai.requests;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fee notices: one per request, recorded with a NOTE on the request's timeline. The count of
 * the applicant's earlier requests this month comes from the register, never typed, and per-page
 * charging is allowed only where paper or copies were asked for (国办函〔2020〕109号).
 */
public final class FeeNotices {
    /** 国办函〔2020〕109号: the applicant has 20 working days from the notice to pay. */
    public static final int PAY_DAYS = 20;
    /** How the fee notice's note on the timeline starts; the console sets the 收费通知书 beside it. */
    public static final String TIMELINE_NOTE = "收费通知：";

    private final Database db;
    private final Deadlines deadlines;
    private final Clock clock;

    public FeeNotices(Database db, Deadlines deadlines, Clock clock) {
        this.db = db;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public FeeNotice notify(long id, Fees.Basis basis, int quantity, LocalDate notified, String actor) {
        String who = Rules.actor(actor);
        Rules.require(basis != null, "请选择按件计收 (--items) 或按量计收 (--pages)");
        Rules.require(quantity >= 1, "件数或页数应至少为 1");
        Rules.notInFuture(notified, LocalDate.now(clock));
        return db.write(tx -> {
            RequestRecord r = RequestStore.find(tx, Rules.existing(tx, id)).orElseThrow();
            RequestState s = RequestState.of(RequestStore.events(tx, id));
            Rules.require(s.received() != null, "申请 #" + id + " 尚未确认收到 (requests confirm)");
            Rules.require(s.concluded() == null, "申请 #" + id + " 已办结，不能再发收费通知");
            Rules.require(find(tx, id).isEmpty(), "申请 #" + id + " 已发过收费通知");
            Rules.require(!notified.isBefore(s.received()), "收费通知日期早于收到日期 " + s.received());
            if (basis == Fees.Basis.PER_PAGE) {
                Rules.require(wantsPaper(r.formWanted()), "申请人没有要求纸质件或复制件（获取方式："
                        + (r.formWanted() == null ? "未填" : r.formWanted()) + "），不能按页计收");
            }
            int earlier = basis == Fees.Basis.PER_ITEM ? earlierThisMonth(tx, r, s.received()) : 0;
            long amount = Fees.quote(basis, quantity, earlier);
            Rules.require(amount > 0, "按" + (basis == Fees.Basis.PER_ITEM ? "件（本月此前已有 " + earlier + " 件）" : "页")
                    + "计算，本申请不收费，无须发收费通知");
            LocalDate payBy = deadlines.addWorkingDays(notified, PAY_DAYS, List.of()).date();
            var now = clock.instant();
            tx.insert("""
                    INSERT INTO fee_notices (request_id, basis, quantity, earlier, amount, notified, pay_by, actor, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, basis, quantity, earlier, amount, notified, payBy, who, now);
            String detail = TIMELINE_NOTE + amount + " 元，缴费截止 " + payBy;
            RequestStore.addEvent(tx, id, RequestEvent.of(EventKind.NOTE, notified, detail), who, now);
            RequestStore.audit(tx, who, "FEE_NOTICE", id, "basis=" + basis + " quantity=" + quantity
                    + " earlier=" + earlier + " amount=" + amount, now);
            return new FeeNotice(id, basis, quantity, earlier, amount, notified, payBy);
        });
    }

    public Optional<FeeNotice> of(long id) {
        return db.read(tx -> find(tx, id));
    }

    static Optional<FeeNotice> find(Tx tx, long id) throws SQLException {
        return tx.one("SELECT * FROM fee_notices WHERE request_id = ?", rs -> new FeeNotice(rs.getLong("request_id"),
                Fees.Basis.valueOf(rs.getString("basis")), rs.getInt("quantity"), rs.getInt("earlier"),
                rs.getLong("amount"), Tx.date(rs, "notified"), Tx.date(rs, "pay_by")), id);
    }

    /**
     * The same applicant's items already asked for this calendar month: their other requests
     * received earlier in the month (or the same day and registered before). Same applicant means
     * the same name; without a name no count can be made and no per-item fee charged.
     */
    static int earlierThisMonth(Tx tx, RequestRecord r, LocalDate received) throws SQLException {
        Rules.require(r.name() != null && !r.name().isBlank(), "申请 #" + r.id() + " 没有申请人姓名，无法按件统计本月申请数");
        LocalDate first = received.withDayOfMonth(1);
        return tx.one("""
                SELECT COUNT(*) FROM requests
                WHERE TRIM(name) = ? AND id <> ? AND received IS NOT NULL AND received >= ?
                  AND (received < ? OR (received = ? AND id < ?))""",
                rs -> rs.getInt(1), r.name().strip(), r.id(), first, received, received, r.id()).orElse(0);
    }

    /** Paper or copies asked for: the only case where per-page charging applies. */
    static boolean wantsPaper(String formWanted) {
        return formWanted != null && (formWanted.contains("纸") || formWanted.contains("复制") || formWanted.contains("复印"));
    }
}
