package cn.gongkai.requests;

import cn.gongkai.bodies.Bodies;
import cn.gongkai.bodies.Body;
import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every rule about formal requests, in one place: the command line and the staff console both
 * call this. Each change checks the request's current state and records one event (and an
 * audit line) in a single write transaction, or changes nothing and says why in one line.
 */
public final class RequestService {

    private final Database db;
    private final Deadlines deadlines;
    private final Clock clock;
    private final RequestListener listener;
    private final Bodies bodies;

    public RequestService(Database db, Deadlines deadlines, Clock clock) {
        this(db, deadlines, clock, RequestListener.NONE);
    }

    public RequestService(Database db, Deadlines deadlines, Clock clock, RequestListener listener) {
        this(db, deadlines, clock, listener, Bodies.single("本机关"));
    }

    /** With the platform's bodies: every request is one body's (or waits in the intake). */
    public RequestService(Database db, Deadlines deadlines, Clock clock, RequestListener listener, Bodies bodies) {
        this.db = db;
        this.deadlines = deadlines;
        this.clock = clock;
        this.listener = listener;
        this.bodies = bodies;
    }

    public Bodies bodies() {
        return bodies;
    }

    /** Runs after the change committed; a failing listener must not turn saved work into an error. */
    private void tell(long id, EventKind kind) {
        try {
            listener.committed(this, id, kind);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RequestService.class).error("notice for request {} ({}) failed", id, kind, e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * Records a new request and returns its id. In person, by post or by phone the receipt date
     * defaults to today; online, SMS and kiosk requests wait for {@link #confirmReceipt} unless a
     * date is given (Art. 31).
     */
    public long add(NewRequest r, String actor) {
        return add(r, null, actor);
    }

    /**
     * Records a new request for {@code body} (null: the only body of a single-body home, or the
     * intake for a request that waits for confirmation). On a platform of several bodies a
     * request received at once must name its body.
     */
    public long add(NewRequest r, String body, String actor) {
        LocalDate received = checked(r);
        String owner = bodyOf(body, received == null);
        long added = db.write(tx -> insert(tx, r, owner, received, actor));
        if (received != null) {
            tell(added, EventKind.RECEIVED);
        }
        return added;
    }

    /**
     * Files a request that waits for staff to confirm receipt (SMS, kiosk, online) inside the
     * caller's transaction, so a channel writes the request with the inquiry it came from and the
     * reply it gives in one commit. Nothing is received yet, so there is no notice to send.
     */
    public long addAwaitingReceipt(Tx tx, NewRequest r, String actor) throws SQLException {
        require(r.channel() != null && r.channel().needsConfirmation() && r.received() == null,
                "只有待确认收到的申请可以随咨询一起记录");
        checked(r);
        Body only = bodies.only();
        return insert(tx, r, only == null ? null : only.id(), null, actor);
    }

    /**
     * As {@link #addAwaitingReceipt(Tx, NewRequest, String)}, with the receipt code and the time
     * the kiosk gave it when the applicant tapped 提交 (its journal entry is written later).
     */
    long addAwaitingReceipt(Tx tx, NewRequest r, String actor, String receiptCode, Instant at) throws SQLException {
        require(r.channel() != null && r.channel().needsConfirmation() && r.received() == null,
                "只有待确认收到的申请可以随咨询一起记录");
        checked(r);
        Body only = bodies.only();
        return insert(tx, r, only == null ? null : only.id(), null, actor, receiptCode, at);
    }

    /** Refuses (UserException) what {@link #addAwaitingReceipt} would refuse, before it is journaled. */
    void checkAwaitingReceipt(NewRequest r) {
        require(r.channel() != null && r.channel().needsConfirmation() && r.received() == null,
                "只有待确认收到的申请可以随咨询一起记录");
        checked(r);
    }

    /** A receipt code no request has now (a read: it never waits for the write lock). */
    String drawReceiptCode() {
        return db.read(RequestStore::newReceiptCode);
    }

    /** The body a new request is filed under; null is the intake. */
    private String bodyOf(String body, boolean mayWait) {
        if (body != null && !body.isBlank()) {
            return bodies.require(body).id();
        }
        Body only = bodies.only();
        if (only != null) {
            return only.id();
        }
        require(mayWait, "本平台有多个公开主体，请指明受理的主体 (--body)，可用的有 "
                + String.join(", ", bodies.all().stream().map(Body::id).toList()));
        return null;
    }

    /**
     * Gives a request that waits in the intake (or was given to the wrong body) to {@code body}:
     * an event of its own, before receipt only — once received its periods run at that body.
     */
    public void assign(long id, String body, String actor) {
        String to = bodies.require(body).id();
        String who = actor(actor);
        db.write(tx -> {
            RequestRecord r = RequestStore.find(tx, existing(tx, id)).orElseThrow(() -> noSuch(id));
            require(r.received() == null, "申请 #" + id + " 已于 " + r.received() + " 确认收到，受理主体不能再改；"
                    + "不属于本机关的，按条例第三十六条第（五）项答复并告知负责的机关");
            require(!to.equals(r.body()), "申请 #" + id + " 已经是 " + bodies.require(to).name() + " 的申请");
            Instant now = clock.instant();
            RequestStore.assign(tx, id, to, r.body(), who, now);
            RequestStore.audit(tx, who, "ASSIGNED", id, "body=" + to + (r.body() == null ? " from=intake" : " from=" + r.body()), now);
            return null;
        });
    }

    /** The record of one request (its body, channel, …) without its timeline. */
    public RequestRecord record(long id) {
        return db.read(tx -> RequestStore.find(tx, id).orElseThrow(() -> noSuch(id)));
    }

    /** The request filed from this inquiry, if one was. */
    public static java.util.Optional<Long> fromInquiry(Tx tx, long inquiryId) throws SQLException {
        return RequestStore.byInquiry(tx, inquiryId);
    }

    /** Checks what is required and returns the receipt date the request gets now (null: later). */
    private LocalDate checked(NewRequest r) {
        require(r.applicantType() != null, "缺少申请人类型 (--applicant-type)");
        require(r.channel() != null, "缺少受理渠道 (--channel)");
        require(r.content() != null && !r.content().isBlank(), "申请内容不能为空 (--content)");
        LocalDate received = r.received() == null && !r.channel().needsConfirmation() ? today() : r.received();
        if (received != null) {
            notInFuture(received);
        }
        return received;
    }

    private long insert(Tx tx, NewRequest r, String body, LocalDate received, String actor) throws SQLException {
        return insert(tx, r, body, received, actor, RequestStore.newReceiptCode(tx), clock.instant());
    }

    private long insert(Tx tx, NewRequest r, String body, LocalDate received, String actor, String receiptCode,
            Instant now) throws SQLException {
        NewRequest toStore = new NewRequest(r.applicantType(), r.name(), r.contact(), r.identityVerified(),
                r.channel(), r.content().strip(), r.formWanted(), null, r.inquiryId(),
                r.address() == null || r.address().isBlank() ? null : r.address().strip(), r.delivery());
        String who = actor(actor);
        if (r.inquiryId() != null) {
            require(tx.one("SELECT 1 FROM inquiries WHERE id = ?", rs -> 1, r.inquiryId()).isPresent(),
                    "没有编号为 " + r.inquiryId() + " 的咨询记录");
            java.util.Optional<Long> filed = fromInquiry(tx, r.inquiryId());
            require(filed.isEmpty(), "咨询记录 " + r.inquiryId() + " 已转为申请 #" + filed.orElse(0L));
        }
        long id = RequestStore.insert(tx, toStore, body, receiptCode, now);
        if (body != null && r.inquiryId() != null) {
            RequestStore.route(tx, r.inquiryId(), body);
        }
        RequestStore.audit(tx, who, "REQUEST_ADDED", id,
                "channel=" + r.channel() + " applicant_type=" + r.applicantType() + " body=" + (body == null ? "intake" : body), now);
        if (received != null) {
            receive(tx, id, received, r.identityVerified(), who, now);
        }
        return id;
    }

    /** Art. 31(3): staff confirm an online, SMS or kiosk request; its periods count from here. */
    public void confirmReceipt(long id, LocalDate date, boolean identityVerified, String actor) {
        confirmReceipt(id, date, identityVerified, Completion.NONE, actor);
    }

    /**
     * Art. 31(3): staff confirm an online, SMS or kiosk request; its periods count from here.
     * Art. 29: refused while the request lacks a name, a contact or a description. What staff give
     * with the confirmation (the applicant type is chosen now: an organisation can text too) is
     * recorded first as a completion, in the same transaction.
     */
    public void confirmReceipt(long id, LocalDate date, boolean identityVerified, Completion completion, String actor) {
        String who = actor(actor);
        db.write(tx -> {
            RequestRecord r = RequestStore.find(tx, existing(tx, id)).orElseThrow();
            RequestState s = RequestState.of(RequestStore.events(tx, id));
            require(s.received() == null, "申请 #" + id + " 已于 " + s.received() + " 确认收到");
            require(RequestStore.find(tx, id).map(RequestRecord::body).isPresent(), "申请 #" + id
                    + " 还在平台待分办，先分给一个公开主体 (requests assign " + id + " --body ID)");
            notInFuture(date);
            require(s.lastDate() == null || !date.isBefore(s.lastDate()),
                    "确认收到日期 " + date + " 早于补全日期 " + s.lastDate() + "；收到日期应是收到完整申请的那天");
            Instant now = clock.instant();
            if (completion != null && !completion.isEmpty()) {
                r = recordCompletion(tx, r, completion, date, who, now, false);
            }
            List<String> missing = Completions.missing(r);
            require(missing.isEmpty(), "申请 #" + id + " 还缺" + String.join("、", missing)
                    + "，请先补全再确认收到（条例第二十九条；命令行：requests complete " + id + "）");
            receive(tx, id, date, identityVerified || r.identityVerified(), who, now);
            return null;
        });
        tell(id, EventKind.RECEIVED);
    }

    /**
     * Art. 29: staff complete what a request lacks (SMS and kiosk requests arrive with a description
     * and a phone number at most). Each completion is a COMPLETED event with its audit line, and
     * the old values are kept in request_completions. While the applicant is being asked to
     * supplement (Art. 30) the completion is that supplement: CORRECTED is recorded the same day
     * and the answer period counts from it. Returns whether it counted as the supplement.
     */
    public boolean complete(long id, LocalDate date, Completion completion, String actor) {
        require(completion != null && !completion.isEmpty(),
                "请写明要补全的内容（--name、--contact、--description、--address 等）");
        String who = actor(actor);
        return db.write(tx -> {
            RequestRecord r = RequestStore.find(tx, existing(tx, id)).orElseThrow();
            RequestState s = RequestState.of(RequestStore.events(tx, id));
            open(id, s);
            notInFuture(date);
            require(s.lastDate() == null || !date.isBefore(s.lastDate()),
                    "日期 " + date + " 早于上一步的日期 " + s.lastDate() + "；请按时间顺序记录");
            Instant now = clock.instant();
            recordCompletion(tx, r, completion, date, who, now, true);
            boolean supplement = s.status() == RequestStatus.AWAITING_CORRECTION;
            if (supplement) {
                RequestStore.addEvent(tx, id, RequestEvent.of(EventKind.CORRECTED, date, "补正内容见同日补全"), who, now);
                RequestStore.audit(tx, who, EventKind.CORRECTED.name(), id, date.toString(), now);
            }
            return supplement;
        });
    }

    private RequestRecord recordCompletion(Tx tx, RequestRecord r, Completion c, LocalDate date, String who, Instant now,
            boolean mustChange) throws SQLException {
        List<String> changed = Completions.apply(tx, r, c, date, who, now);
        require(!mustChange || !changed.isEmpty(), "申请 #" + r.id() + " 登记的内容与所填相同，没有需要补全的");
        if (!changed.isEmpty()) {
            RequestStore.addEvent(tx, r.id(), RequestEvent.of(EventKind.COMPLETED, date,
                    "补全" + Completions.describe(changed)), who, now);
            RequestStore.audit(tx, who, EventKind.COMPLETED.name(), r.id(), date + " fields=" + String.join(",", changed), now);
        }
        return RequestStore.find(tx, r.id()).orElseThrow();
    }

    /** Art. 29: what the request still lacks before its receipt can be confirmed (empty: nothing). */
    public List<String> missing(long id) {
        return db.read(tx -> Completions.missing(RequestStore.find(tx, existing(tx, id)).orElseThrow()));
    }

    /** Art. 30: the one correction notice, within 7 working days of receipt. */
    public void requestCorrection(long id, LocalDate notified, String detail, String actor) {
        requestCorrection(id, notified, detail, DEFAULT_CORRECTION_PERIOD, actor);
    }

    /**
     * Art. 30: the reasonable period given to supplement is what the notice said: 15 working days
     * unless staff give another. Closing as OTHER_NO_CORRECTION waits until it has passed.
     */
    public static final int DEFAULT_CORRECTION_PERIOD = 15;

    /** Art. 30, with the period (working days after the notice) the notice gives to supplement. */
    public void requestCorrection(long id, LocalDate notified, String detail, int periodDays, String actor) {
        require(periodDays >= 1 && periodDays <= 60, "补正期限应为 1 到 60 个工作日，不能是 " + periodDays);
        event(id, actor, s -> {
            running(id, s, false);
            require(s.correctionRequested() == null, "申请 #" + id + " 已于 " + s.correctionRequested()
                    + " 告知补正；条例第三十条规定只能一次性告知");
            require(s.extendedOn() == null && s.pauses().isEmpty() && s.laterDeadlineOn() == null,
                    "申请 #" + id + " 已在办理中（延长、征求意见或延迟答复），不能再告知补正");
            LocalDate due = deadlines.correctionDue(s.received()).date();
            require(!notified.isAfter(due), "告知补正的期限已于 " + due + " 届满（条例第三十条：收到申请之日起7个工作日内）");
            return new RequestEvent(0, EventKind.CORRECTION_REQUESTED, notified, null, detail, null, null, periodDays, null);
        });
        tell(id, EventKind.CORRECTION_REQUESTED);
    }

    /** Art. 30: the supplemented request arrived; the answer period restarts from this date. */
    public void corrected(long id, LocalDate date, String actor) {
        event(id, actor, s -> {
            running(id, s, false);
            require(s.correctionRequested() != null, "申请 #" + id + " 没有告知补正，无从记录补正");
            require(s.corrected() == null, "申请 #" + id + " 已于 " + s.corrected() + " 收到补正");
            return RequestEvent.of(EventKind.CORRECTED, date, null);
        });
    }

    /** Art. 33 ¶1: one extension of at most 20 working days, approved by the office's head. */
    public void extend(long id, LocalDate date, int days, String approvedBy, String actor) {
        event(id, actor, s -> {
            running(id, s, true);
            require(s.extendedOn() == null, "申请 #" + id + " 已于 " + s.extendedOn() + " 延长过 " + s.extensionDays()
                    + " 个工作日；条例第三十三条只允许延长一次");
            require(s.laterDeadlineOn() == null, "申请 #" + id + " 已于 " + s.laterDeadlineOn()
                    + " 按条例第三十五条确定延迟答复期限，不再延长");
            require(days >= 1 && days <= Deadlines.MAX_EXTENSION,
                    "延长期限最多20个工作日（条例第三十三条），不能是 " + days);
            require(approvedBy != null && !approvedBy.isBlank(), "延长须写明批准人 (--approved-by)");
            LocalDate due = deadlines.answerDue(s.clockStart(), 0, s.pauses()).date();
            require(!date.isAfter(due), "答复期限已于 " + due + " 届满，不能再延长");
            return new RequestEvent(0, EventKind.EXTENDED, date, null, null, null, approvedBy.strip(), days, null);
        });
        // Art. 33: the applicant must be told of the extension, like receipt, correction and answer.
        tell(id, EventKind.EXTENDED);
    }

    /** Art. 32–34: consulting a third party or another body stops the clock. */
    public void pause(long id, LocalDate date, String reason, String actor) {
        event(id, actor, s -> {
            running(id, s, true);
            LocalDate due = deadlines.answerDue(s).date();
            require(!date.isAfter(due), "答复期限已于 " + due + " 届满，不能再暂停计时");
            return RequestEvent.of(EventKind.PAUSED, date, reason);
        });
    }

    public void resume(long id, LocalDate date, String actor) {
        resume(id, date, null, actor);
    }

    /** Art. 32: the third party has 15 working days to answer; a consultation takes no longer without a reason. */
    public static final int CONSULTATION_DAYS = 15;

    /**
     * Ends a pause. One that lasted beyond the third party's 15 working days (Art. 32) needs the
     * reason recorded, since those days do not count against the applicant's answer period.
     */
    public void resume(long id, LocalDate date, String reason, String actor) {
        event(id, actor, s -> {
            open(id, s);
            require(s.paused(), "申请 #" + id + " 没有暂停计时，无从恢复");
            LocalDate from = s.pauses().get(s.pauses().size() - 1).from();
            int days = consultationDays(from, date);
            require(days <= CONSULTATION_DAYS || (reason != null && !reason.isBlank()),
                    "征求意见已暂停 " + days + " 个工作日，超过条例第三十二条的15个工作日，须写明原因 (--reason)");
            return RequestEvent.of(EventKind.RESUMED, date, reason == null || reason.isBlank() ? null : reason.strip());
        });
    }

    /** Working days the clock has stood still for a consultation begun on {@code from}, up to {@code to}. */
    public int consultationDays(LocalDate from, LocalDate to) {
        return deadlines.workingDaysBetween(from, to, List.of());
    }

    /** Art. 35: the applicant is asked to explain requests clearly beyond a reasonable number or frequency. */
    public void askReasons(long id, LocalDate date, String detail, String actor) {
        event(id, actor, s -> {
            running(id, s, false);
            require(s.laterDeadlineOn() == null, "申请 #" + id + " 已于 " + s.laterDeadlineOn() + " 确定延迟答复期限");
            return RequestEvent.of(EventKind.REASONS_ASKED, date, detail == null || detail.isBlank() ? null : detail.strip());
        });
    }

    /**
     * Art. 35: the applicant's reasons were found reasonable but the answer cannot be given within
     * Art. 33's period, so a reasonable later deadline is set and told to the applicant; it
     * replaces the due date. Given either as working days from the clock's start or as the last
     * day itself (a working day). Returns the new due date.
     */
    public LocalDate setLaterDeadline(long id, LocalDate date, Integer workingDays, LocalDate until, String reason,
            String actor) {
        require((workingDays == null) != (until == null),
                "请给出延迟后的答复期限：--working-days 工作日数 或 --until 日期，二选一");
        require(reason != null && !reason.isBlank(), "请写明确定延迟答复期限的理由 (--reason)");
        event(id, actor, s -> {
            running(id, s, true);
            require(s.reasonsAsked() != null, "条例第三十五条：先要求申请人说明理由 (requests ask-reasons " + id
                    + ")，认为理由合理才能确定延迟答复期限");
            require(s.laterDeadlineOn() == null, "申请 #" + id + " 已于 " + s.laterDeadlineOn() + " 确定延迟答复期限");
            LocalDate due = deadlines.answerDue(s).date();
            require(!date.isAfter(due), "答复期限已于 " + due + " 届满，不能再确定延迟答复期限");
            int days;
            if (until != null) {
                require(deadlines.calendar().isWorkingDay(until), until + " 不是工作日，请选一个工作日作为答复期限");
                days = deadlines.workingDaysBetween(s.clockStart(), until, s.pauses());
            } else {
                days = workingDays;
            }
            require(days > s.answerDays(), "延迟后的答复期限应晚于现在的答复期限 " + due + "（自 " + s.clockStart()
                    + " 起 " + s.answerDays() + " 个工作日），不能是 " + days + " 个工作日");
            return new RequestEvent(0, EventKind.LATER_DEADLINE, date, null, reason.strip(), null, null, days, null);
        });
        tell(id, EventKind.LATER_DEADLINE);
        return show(id).answerDue();
    }

    /** Concludes the request with one result code; a partly granted request is PARTIAL only. */
    public void conclude(long id, ResultCode result, LocalDate date, String detail, String actor) {
        eventWithTx(id, actor, (tx, s, events) -> {
            open(id, s);
            require(s.received() != null, "申请 #" + id + " 尚未确认收到，先确认收到再办结");
            if (result == ResultCode.OTHER_NO_CORRECTION) {
                require(s.correctionRequested() != null && s.corrected() == null,
                        "OTHER_NO_CORRECTION 只用于告知补正后逾期未补正的申请");
                LocalDate until = correctionUntil(events);
                require(date.isAfter(until), "补正期限到 " + until + " 才届满；期满仍未补正，才能按逾期不补正办结（条例第三十条）");
            }
            if (result == ResultCode.OTHER_FEE_UNPAID) {
                FeeNotice fee = FeeNotices.find(tx, id).orElseThrow(() -> new UserException(
                        "申请 #" + id + " 没有发过收费通知，不能按逾期未缴费办结 (requests fee-notice)"));
                require(date.isAfter(fee.payBy()), "缴费期限到 " + fee.payBy() + " 才届满（收费通知后20个工作日），期满未缴费才能按 OTHER_FEE_UNPAID 办结");
            }
            if (result == ResultCode.UNAVAILABLE_UNCLEAR) {
                require(s.corrected() != null, "UNAVAILABLE_UNCLEAR 只用于补正后内容仍不明确的申请");
            }
            return new RequestEvent(0, EventKind.CONCLUDED, date, null, detail, result, null, null, null);
        });
        tell(id, EventKind.CONCLUDED);
    }

    public RequestView show(long id) {
        return db.read(tx -> RequestView.of(RequestStore.find(tx, id).orElseThrow(() -> noSuch(id)),
                RequestStore.events(tx, id), deadlines, today()));
    }

    /** The request an inquiry already made (an SMS or kiosk application), if any: the first one. */
    public java.util.Optional<Long> requestOfInquiry(long inquiryId) {
        return db.read(tx -> RequestStore.byInquiry(tx, inquiryId));
    }

    /** Requests found by receipt code or by the applicant's number, for the SMS and voice channels. */
    public RequestLookup lookup() {
        return new RequestLookup(db, deadlines, clock);
    }

    /** Every request (or only the open ones), oldest first. */
    public List<RequestView> list(boolean openOnly) {
        return list(openOnly, null, false);
    }

    /**
     * The requests of one body ({@code body} null and {@code intake}: those waiting in the
     * intake; {@code body} null otherwise: every body's), oldest first.
     */
    public List<RequestView> list(boolean openOnly, String body, boolean intake) {
        LocalDate today = today();
        return db.read(tx -> {
            boolean one = body != null || intake;
            Map<Long, List<RequestEvent>> events = one && body != null ? RequestStore.eventsOfBody(tx, body)
                    : RequestStore.allEvents(tx);
            List<RequestView> out = new ArrayList<>();
            for (RequestRecord r : one ? RequestStore.ofBody(tx, body) : RequestStore.all(tx)) {
                RequestView v = RequestView.of(r, events.getOrDefault(r.id(), List.of()), deadlines, today);
                if (!openOnly || v.status().isOpen()) {
                    out.add(v);
                }
            }
            return out;
        });
    }

    // --- the shared checks ---

    private interface Change {
        void apply(Tx tx, RequestState s, Instant now) throws SQLException;
    }

    private interface NextEvent {
        RequestEvent next(RequestState s);
    }

    /** A next event whose checks also read other tables (the fee notice) or the raw events. */
    private interface NextEventTx {
        RequestEvent next(Tx tx, RequestState s, List<RequestEvent> events) throws SQLException;
    }

    private void change(long id, String actor, Change change) {
        db.write(tx -> {
            change.apply(tx, RequestState.of(RequestStore.events(tx, existing(tx, id))), clock.instant());
            return null;
        });
    }

    /** Checks the new event against the current state, then records it with its audit line. */
    private void event(long id, String actor, NextEvent next) {
        String who = actor(actor);
        change(id, actor, (tx, s, now) -> {
            RequestEvent e = next.next(s);
            notInFuture(e.date());
            require(s.lastDate() == null || !e.date().isBefore(s.lastDate()),
                    "日期 " + e.date() + " 早于上一步的日期 " + s.lastDate() + "；请按时间顺序记录");
            RequestStore.addEvent(tx, id, e, who, now);
            RequestStore.audit(tx, who, e.kind().name(), id, auditDetail(e), now);
        });
    }

    private void eventWithTx(long id, String actor, NextEventTx next) {
        String who = actor(actor);
        db.write(tx -> {
            List<RequestEvent> events = RequestStore.events(tx, existing(tx, id));
            RequestState s = RequestState.of(events);
            RequestEvent e = next.next(tx, s, events);
            notInFuture(e.date());
            require(s.lastDate() == null || !e.date().isBefore(s.lastDate()),
                    "日期 " + e.date() + " 早于上一步的日期 " + s.lastDate() + "；请按时间顺序记录");
            Instant now = clock.instant();
            RequestStore.addEvent(tx, id, e, who, now);
            RequestStore.audit(tx, who, e.kind().name(), id, auditDetail(e), now);
            return null;
        });
    }

    /** Art. 30: the last day of the period the correction notice gave (its recorded working days). */
    public LocalDate correctionUntil(List<RequestEvent> events) {
        RequestEvent notice = events.stream().filter(e -> e.kind() == EventKind.CORRECTION_REQUESTED).findFirst()
                .orElseThrow(() -> new UserException("没有告知补正"));
        int days = notice.days() == null ? DEFAULT_CORRECTION_PERIOD : notice.days();
        return deadlines.addWorkingDays(notice.date(), days, List.of()).date();
    }

    private void receive(Tx tx, long id, LocalDate date, boolean verified, String who, Instant now)
            throws SQLException {
        RequestStore.setReceived(tx, id, date, verified);
        RequestStore.addEvent(tx, id, RequestEvent.of(EventKind.RECEIVED, date, null), who, now);
        RequestStore.audit(tx, who, "RECEIVED", id, date.toString(), now);
    }

    private static void open(long id, RequestState s) {
        require(s.concluded() == null, "申请 #" + id + " 已于 " + s.concluded() + " 办结 (" + s.result() + ")，不能再更改");
    }

    /** Open and received; with {@code clock}, also the answer period running (not waiting, not paused). */
    private static void running(long id, RequestState s, boolean clock) {
        open(id, s);
        require(s.received() != null, "申请 #" + id + " 尚未确认收到 (requests confirm)");
        if (clock) {
            require(s.correctionRequested() == null || s.corrected() != null, "申请 #" + id + " 正在等待补正");
            require(!s.paused(), "申请 #" + id + " 正在暂停计时，先恢复 (requests resume)");
        }
    }

    private static long existing(Tx tx, long id) throws SQLException {
        return Rules.existing(tx, id);
    }

    private void notInFuture(LocalDate date) {
        Rules.notInFuture(date, today());
    }

    private static String auditDetail(RequestEvent e) {
        StringBuilder b = new StringBuilder(e.date().toString());
        if (e.result() != null) b.append(" result=").append(e.result());
        if (e.days() != null) b.append(" days=").append(e.days());
        if (e.approvedBy() != null) b.append(" approved_by=").append(e.approvedBy());
        return b.toString();
    }

    private static String actor(String actor) {
        return Rules.actor(actor);
    }

    private static UserException noSuch(long id) {
        return Rules.noSuch(id);
    }

    private static void require(boolean ok, String reason) {
        Rules.require(ok, reason);
    }

}
