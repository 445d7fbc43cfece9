package cn.gongkai.report;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.EventKind;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestEvent;
import cn.gongkai.requests.RequestState;
import cn.gongkai.requests.ResultCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests texted or filed at a kiosk wait for staff to confirm receipt (Art. 31). The report
 * counts them apart, one rule at a time here: which ones wait, by channel, and that the wait is a
 * warning which never stops the report from printing.
 */
class UnconfirmedRequestsTest {

    static ReportRecord.Counted waiting(RequestChannel channel, LocalDate filed) {
        return new ReportRecord.Counted(ApplicantType.NATURAL_PERSON, RequestState.of(List.of()), channel, filed);
    }

    static ReportRecord.Counted received(RequestChannel channel, LocalDate filed) {
        return new ReportRecord.Counted(ApplicantType.NATURAL_PERSON,
                RequestState.of(List.of(RequestEvent.of(EventKind.RECEIVED, filed, null))), channel, filed);
    }

    static ReportRecord.Counted concludedUnreceived(RequestChannel channel, LocalDate filed) {
        return new ReportRecord.Counted(ApplicantType.NATURAL_PERSON, RequestState.of(List.of(
                new RequestEvent(0, EventKind.CONCLUDED, filed.plusDays(1), "a", null, ResultCode.OTHER_NO_CORRECTION, null, null, null))),
                channel, filed);
    }

    @Test
    void only_unreceived_unconcluded_requests_filed_by_the_last_day_wait_and_are_told_by_channel() {
        Map<String, Integer> by = AnnualReportBuilder.unconfirmed(2026, List.of(
                waiting(RequestChannel.KIOSK, of(2026, 12, 31)),        // the last day counts
                waiting(RequestChannel.SMS, of(2026, 3, 2)),
                waiting(RequestChannel.SMS, null),                      // no filing day kept: still waits
                waiting(RequestChannel.SMS, of(2027, 1, 1)),            // next year's
                waiting(null, of(2026, 5, 5)),                          // typed in by staff: not a waiting channel
                received(RequestChannel.SMS, of(2026, 4, 1)),
                concludedUnreceived(RequestChannel.KIOSK, of(2026, 6, 1))));
        assertThat(by).containsExactly(Map.entry("短信", 2), Map.entry("自助终端", 1));
    }

    @Test
    void waiting_requests_are_a_warning_naming_each_channel_and_the_report_still_verifies() {
        ReportRecord record = new ReportRecord(List.of(
                waiting(RequestChannel.SMS, of(2025, 11, 2)),
                waiting(RequestChannel.KIOSK, of(2025, 12, 1)),
                waiting(RequestChannel.SMS, of(2025, 12, 2))), List.of());
        AnnualReport r = AnnualReportTest.build(2025, List.of(), record, YearlyFigures.zero(2025));
        assertThat(r.unconfirmedTotal()).isEqualTo(3);
        ReportChecks.Check check = ReportChecks.run(r).stream().filter(ReportChecks.Check::warning).findFirst().orElseThrow();
        assertThat(check.ok()).isFalse();
        assertThat(check.failures()).containsExactly(
                "未确认收到 3 件（短信 2 件、自助终端 1 件）：确认收到后才计入表三，请在“申请”中逐件补全、确认");
        assertThatCode(() -> ReportChecks.verify(r)).doesNotThrowAnyException();
        assertThat(r.prose().requests()).doesNotContain("未收到");
    }
}
