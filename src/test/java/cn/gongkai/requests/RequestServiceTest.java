package cn.gongkai.requests;

import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.AnnualReportBuilder;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportRecord;
import cn.gongkai.report.ReportTemplate;
import cn.gongkai.report.YearlyFigures;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestServiceTest {

    @TempDir
    Path home;

    Database db;
    RequestService service;

    @BeforeEach
    void open() {
        db = Database.open(new Home(home));
        service = at(of(2025, 3, 3));
    }

    RequestService at(LocalDate today) {
        return new RequestService(db, new Deadlines(CalendarFile.parse(ConfigFiles.readDefault("calendar.yaml"))),
                Cli.clockAt(today));
    }

    long inPerson(LocalDate received) {
        return service.add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "13812345678", true,
                RequestChannel.IN_PERSON, "村道硬化工程资金使用情况", "纸质", received, null), "王芳");
    }

    int events() {
        return db.read(tx -> tx.one("SELECT count(*) FROM request_events", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void a_request_received_in_person_runs_its_answer_period_at_once() {
        long id = inPerson(of(2025, 1, 24));
        RequestView v = at(of(2025, 2, 25)).show(id);
        assertThat(v.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(v.correctionDue()).isEqualTo(of(2025, 2, 10));
        assertThat(v.answerDue()).isEqualTo(of(2025, 2, 27));
        assertThat(v.workingDaysLeft()).isEqualTo(2);
        assertThat(v.overdue()).isFalse();
        assertThat(v.request().receiptCode()).startsWith("GK").hasSize(10);
        assertThat(v.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.RECEIVED);
            assertThat(e.actor()).isEqualTo("王芳");
        });
    }

    @Test
    void an_online_request_waits_for_staff_to_confirm_receipt() {
        long id = service.add(new NewRequest(ApplicantType.BUSINESS, "某公司", "010-12345678", false, RequestChannel.ONLINE,
                "招标文件", null, null, null), "王芳");
        assertThat(service.show(id).status()).isEqualTo(RequestStatus.AWAITING_RECEIPT);
        assertThat(service.show(id).answerDue()).isNull();
        service.confirmReceipt(id, of(2025, 1, 24), true, "王芳");
        assertThat(service.show(id).answerDue()).isEqualTo(of(2025, 2, 27));
        assertThat(service.show(id).request().identityVerified()).isTrue();
        assertThatThrownBy(() -> service.confirmReceipt(id, of(2025, 1, 27), true, "王芳"))
                .hasMessageContaining("已于 2025-01-24 确认收到");
    }

    @Test
    void correction_restarts_the_answer_period_from_the_supplement() {
        long id = inPerson(of(2025, 1, 24));
        service.requestCorrection(id, of(2025, 2, 5), "请写明路段", "王芳");
        assertThat(service.show(id).status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
        assertThat(service.show(id).answerDue()).isNull();
        service.corrected(id, of(2025, 2, 12), "王芳");
        // 20 working days after Wed 12 Feb 2025
        assertThat(service.show(id).answerDue()).isEqualTo(of(2025, 3, 12));
    }

    @Test
    void correction_notice_after_seven_working_days_is_refused() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> service.requestCorrection(id, of(2025, 2, 11), null, "王芳"))
                .hasMessageContaining("2025-02-10").hasMessageContaining("第三十条");
    }

    @Test
    void extension_adds_working_days_once_and_at_most_twenty() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> service.extend(id, of(2025, 2, 20), 21, "李主任", "王芳"))
                .hasMessageContaining("最多20个工作日");
        service.extend(id, of(2025, 2, 20), 10, "李主任", "王芳");
        assertThat(service.show(id).answerDue()).isEqualTo(of(2025, 3, 13));
        assertThatThrownBy(() -> service.extend(id, of(2025, 2, 21), 5, "李主任", "王芳"))
                .hasMessageContaining("只允许延长一次");
    }

    @Test
    void extension_after_the_period_has_lapsed_is_refused() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> service.extend(id, of(2025, 2, 28), 20, "李主任", "王芳"))
                .hasMessageContaining("已于 2025-02-27 届满");
    }

    @Test
    void consultation_pause_stops_the_clock_and_resume_restarts_it() {
        long id = inPerson(of(2025, 1, 24));
        service.pause(id, of(2025, 2, 10), "征求第三方意见 (第三十二条)", "王芳");
        RequestView paused = at(of(2025, 2, 13)).show(id);
        assertThat(paused.status()).isEqualTo(RequestStatus.PAUSED);
        assertThat(paused.answerDue()).isNull();
        assertThat(paused.workingDaysLeft()).isEqualTo(13); // 7 of 20 used when the clock stopped
        service.resume(id, of(2025, 2, 14), "王芳");
        assertThat(service.show(id).answerDue()).isEqualTo(of(2025, 3, 5));
    }

    @Test
    void resume_without_pause_is_refused_and_changes_nothing() {
        long id = inPerson(of(2025, 1, 24));
        int before = events();
        assertThatThrownBy(() -> service.resume(id, of(2025, 2, 3), "王芳")).hasMessageContaining("没有暂停计时");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void closing_a_closed_request_is_refused() {
        long id = inPerson(of(2025, 1, 24));
        service.conclude(id, ResultCode.GRANTED, of(2025, 2, 20), null, "王芳");
        RequestView v = service.show(id);
        assertThat(v.status()).isEqualTo(RequestStatus.CONCLUDED);
        assertThat(v.workingDaysLeft()).isNull();
        assertThat(v.answeredLate()).isFalse();
        int before = events();
        assertThatThrownBy(() -> service.conclude(id, ResultCode.PARTIAL, of(2025, 2, 21), null, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("已于 2025-02-20 办结 (GRANTED)");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_date_before_the_previous_step_is_refused() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> service.conclude(id, ResultCode.GRANTED, of(2025, 1, 20), null, "王芳"))
                .hasMessageContaining("早于上一步的日期 2025-01-24");
        service.pause(id, of(2025, 2, 10), null, "王芳");
        assertThatThrownBy(() -> service.resume(id, of(2025, 2, 7), "王芳")).hasMessageContaining("早于上一步");
    }

    @Test
    void a_date_in_the_future_is_refused() {
        assertThatThrownBy(() -> inPerson(of(2025, 3, 4))).hasMessageContaining("晚于今天 2025-03-03");
    }

    @Test
    void result_codes_that_presuppose_a_correction_need_one() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> service.conclude(id, ResultCode.OTHER_NO_CORRECTION, of(2025, 2, 20), null, "王芳"))
                .hasMessageContaining("逾期未补正");
        assertThatThrownBy(() -> service.conclude(id, ResultCode.UNAVAILABLE_UNCLEAR, of(2025, 2, 20), null, "王芳"))
                .hasMessageContaining("补正后");
        service.requestCorrection(id, of(2025, 2, 5), null, "王芳");
        service.conclude(id, ResultCode.OTHER_NO_CORRECTION, of(2025, 2, 28), null, "王芳");
        assertThat(service.show(id).state().result()).isEqualTo(ResultCode.OTHER_NO_CORRECTION);
    }

    @Test
    void an_open_request_past_its_due_date_is_overdue() {
        long id = inPerson(of(2025, 1, 24));
        RequestView v = at(of(2025, 3, 3)).show(id);
        assertThat(v.overdue()).isTrue();
        assertThat(v.workingDaysLeft()).isEqualTo(-2);
        assertThat(service.list(true)).hasSize(1);
        service.conclude(id, ResultCode.GRANTED, of(2025, 3, 3), null, "王芳");
        assertThat(service.show(id).answeredLate()).isTrue();
        assertThat(service.list(true)).isEmpty();
        assertThat(service.list(false)).hasSize(1);
    }

    @Test
    void every_change_leaves_an_audit_line_with_who_and_which_request() {
        long id = inPerson(of(2025, 1, 24));
        service.conclude(id, ResultCode.GRANTED, of(2025, 2, 20), null, "李四");
        var actions = db.read(tx -> tx.list("SELECT actor || ':' || action FROM audit_log WHERE request_id = ? ORDER BY id",
                rs -> rs.getString(1), id));
        assertThat(actions).containsExactly("王芳:REQUEST_ADDED", "王芳:RECEIVED", "李四:CONCLUDED");
    }

    @Test
    void the_database_refuses_to_rewrite_a_request_behind_the_events_back() {
        long id = inPerson(of(2025, 1, 24));
        assertThatThrownBy(() -> db.write(tx -> tx.update("UPDATE requests SET received = '2025-01-01' WHERE id = ?", id)))
                .hasMessageContaining("only through request_events");
    }

    @Test
    void reviews_are_filed_and_decided_once() {
        long id = inPerson(of(2025, 1, 24));
        service.conclude(id, ResultCode.DENIED_THIRD_PARTY, of(2025, 2, 20), null, "王芳");
        ReviewService reviews = new ReviewService(db, Cli.clockAt(of(2025, 3, 3)));
        long review = reviews.fileReview(id, ReviewKind.REVIEW, of(2025, 2, 25), null, null, null, "王芳");
        reviews.decideReview(review, ReviewOutcome.UPHELD, of(2025, 3, 1), "王芳");
        assertThat(reviews.of(id)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(ReviewOutcome.UPHELD);
            assertThat(r.decided()).isEqualTo(of(2025, 3, 1));
        });
        assertThatThrownBy(() -> reviews.decideReview(review, ReviewOutcome.CORRECTED, of(2025, 3, 2), "王芳"))
                .hasMessageContaining("已于 2025-03-01 审结");
        assertThatThrownBy(() -> reviews.fileReview(id, ReviewKind.SUIT_DIRECT, of(2025, 1, 2), null, null, null, "王芳"))
                .hasMessageContaining("早于收到申请的日期");
    }

    @Test
    void the_annual_report_counts_what_the_database_recorded() {
        long granted = inPerson(of(2025, 1, 24));
        inPerson(of(2025, 2, 3));
        service.conclude(granted, ResultCode.GRANTED, of(2025, 2, 20), null, "王芳");
        service.add(new NewRequest(ApplicantType.OTHER_ORG, null, null, false, RequestChannel.KIOSK, "未确认的申请",
                null, null, null), "王芳");
        AnnualReport r = AnnualReportBuilder.build(2025, java.util.List.of(), ReportRecord.read(db),
                YearlyFigures.zero(2025), ReportTemplate.parse(ConfigFiles.readDefault("report.yaml")), of(2026, 1, 12));
        assertThat(r.section3().get("NEW")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(r.section3().get("GRANTED")[6]).isEqualTo(1);
        assertThat(r.section3().get("CARRIED_OUT")[6]).isEqualTo(1);
        assertThat(ReportFormat.MD.render(r)).contains("| 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||");
    }
}
