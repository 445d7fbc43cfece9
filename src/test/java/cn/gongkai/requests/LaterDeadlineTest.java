package cn.gongkai.requests;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Art. 35: for requests clearly beyond a reasonable number or frequency the applicant is asked for
 * reasons; found reasonable, a later deadline is set with its reason and replaces the due date.
 * Dates are from the State Council's 2025 and 2026 holiday notices (kiosk-config/calendar.yaml).
 */
class LaterDeadlineTest {

    @TempDir Path home;

    Records at(LocalDate today) {
        return Records.open(new Home(home), Cli.clockAt(today));
    }

    static long received(Records r, LocalDate on) {
        return r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "13812345678", true,
                RequestChannel.IN_PERSON, "2019年以来全镇每一笔惠农补贴的发放明细", null, on, null), "王芳");
    }

    @Test
    void across_the_2026_spring_festival_and_qingming_the_later_deadline_replaces_the_due_date() {
        Records r = at(of(2026, 12, 31));
        long id = received(r, of(2026, 2, 2));
        // Art. 33: from Monday 2 February 2026, with 15–23 February off and Saturdays 14 and 28
        // February worked, the 20th working day is Friday 6 March.
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2026, 3, 6));

        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2026, 2, 10), 45, null, "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("先要求申请人说明理由");
        r.requests().askReasons(id, of(2026, 2, 4), "本月已申请 36 件", "王芳");
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2026, 2, 10), 45, null, " ", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("理由");
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2026, 2, 10), 20, null, "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("应晚于现在的答复期限 2026-03-06");
        // Decided after the due date has passed: too late.
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2026, 3, 9), 45, null, "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("2026-03-06 届满");

        // 45 working days: past Qingming (4–6 April 2026 off), Monday 13 April.
        LocalDate due = r.requests().setLaterDeadline(id, of(2026, 3, 6), 45, null, "涉及七年、九个村的发放明细，需逐笔核对", "王芳");
        assertThat(due).isEqualTo(of(2026, 4, 13));
        RequestView v = r.requests().show(id);
        assertThat(v.answerDue()).isEqualTo(of(2026, 4, 13));
        assertThat(v.state().laterDeadlineReason()).isEqualTo("涉及七年、九个村的发放明细，需逐笔核对");
        assertThat(v.events()).extracting(RequestEvent::kind).endsWith(EventKind.REASONS_ASKED, EventKind.LATER_DEADLINE);
        assertThat(r.database().read(tx -> tx.one("SELECT detail FROM audit_log WHERE request_id = ? AND action = 'LATER_DEADLINE'",
                rs -> rs.getString(1), id)).orElseThrow()).isEqualTo("2026-03-06 days=45");
        // The applicant is told, like an extension: one text with the new due date.
        assertThat(r.database().read(tx -> tx.one("SELECT body FROM outbox WHERE dedupe_key = ?",
                rs -> rs.getString(1), "request:" + id + ":LATER_DEADLINE")).orElseThrow())
                .contains("延迟答复", "2026.4.13");

        // Once set, it is set: no second one and no Art. 33 extension on top.
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2026, 3, 9), 50, null, "再延", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("已于 2026-03-06 确定延迟答复期限");
        assertThatThrownBy(() -> r.requests().extend(id, of(2026, 3, 9), 20, "科长刘强", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("第三十五条");
        // Answered on the new due date: on time.
        r.requests().conclude(id, ResultCode.GRANTED, of(2026, 4, 13), null, "王芳");
        assertThat(r.requests().show(id).answeredLate()).isFalse();
    }

    @Test
    void a_last_day_given_as_a_date_must_be_a_working_day_and_later_than_the_extended_due_date_2025() {
        Records r = at(of(2025, 12, 31));
        long id = received(r, of(2025, 9, 22));
        // From Monday 22 September 2025: Sunday 28 September worked, 1–8 October off, Saturday
        // 11 October worked: the 20th working day is Friday 24 October.
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2025, 10, 24));
        r.requests().extend(id, of(2025, 10, 9), 5, "科长刘强", "王芳");
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2025, 10, 31));
        r.requests().askReasons(id, of(2025, 10, 10), null, "王芳");
        // Sunday 12 October 2025 is not a working day; Saturday 11 October is one, but earlier than the due date.
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2025, 10, 10), null, of(2025, 10, 12), "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("不是工作日");
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2025, 10, 10), null, of(2025, 10, 31), "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("应晚于现在的答复期限 2025-10-31");
        assertThatThrownBy(() -> r.requests().setLaterDeadline(id, of(2025, 10, 10), 30, of(2025, 11, 28), "件数多", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("二选一");
        LocalDate due = r.requests().setLaterDeadline(id, of(2025, 10, 10), null, of(2025, 11, 28), "需调取档案", "王芳");
        assertThat(due).isEqualTo(of(2025, 11, 28));
        // Stored as working days from receipt (25 to 31 October is 5 more, November adds 20), so a
        // later consultation pause moves it like any period.
        assertThat(r.requests().show(id).state().laterDeadlineDays()).isEqualTo(45);
        r.requests().pause(id, of(2025, 11, 3), "征求李庄村委会意见", "王芳");
        r.requests().resume(id, of(2025, 11, 5), "王芳");
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2025, 12, 2));
    }

    @Test
    void the_calendar_computes_the_later_due_date_and_refuses_one_not_longer_than_the_statute() {
        Deadlines d = new Deadlines(CalendarFile.load(new cn.gongkai.config.ConfigFiles(new Home(home))));
        assertThat(d.laterDue(of(2026, 2, 2), 45, java.util.List.of()).date()).isEqualTo(of(2026, 4, 13));
        assertThat(d.laterDue(of(2026, 2, 2), 21, java.util.List.of()).date()).isEqualTo(of(2026, 3, 9));
        assertThatThrownBy(() -> d.laterDue(of(2026, 2, 2), 20, java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
