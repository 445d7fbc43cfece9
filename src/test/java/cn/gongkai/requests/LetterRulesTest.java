package cn.gongkai.requests;

import cn.gongkai.app.Records;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules around the letters: each refuses the day before it may and allows the day it may. */
class LetterRulesTest {

    @TempDir Path home;

    Records at(LocalDate today) {
        return Records.open(new Home(home), Cli.clockAt(today));
    }

    long add(Records r, String name, LocalDate received, String formWanted) {
        return r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, name, "13812345678", true,
                RequestChannel.IN_PERSON, "村道硬化工程资金使用情况", formWanted, received, null), "王芳");
    }

    @Test
    void closing_as_no_correction_waits_until_the_period_the_notice_gave_has_passed() {
        Records r = at(of(2026, 12, 31));
        long id = add(r, "张三", of(2026, 11, 2), null);
        r.requests().requestCorrection(id, of(2026, 11, 4), "请写明村道名称", 15, "王芳");
        // 15 working days after Wednesday 4 November 2026 is Wednesday 25 November.
        assertThatThrownBy(() -> r.requests().conclude(id, ResultCode.OTHER_NO_CORRECTION, of(2026, 11, 25), null, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("2026-11-25").hasMessageContaining("第三十条");
        r.requests().conclude(id, ResultCode.OTHER_NO_CORRECTION, of(2026, 11, 26), null, "王芳");
        assertThat(r.requests().show(id).state().result()).isEqualTo(ResultCode.OTHER_NO_CORRECTION);

        long shorter = add(r, "李四", of(2026, 11, 2), null);
        r.requests().requestCorrection(shorter, of(2026, 11, 4), "请写明年份", 5, "王芳");
        assertThatThrownBy(() -> r.requests().conclude(shorter, ResultCode.OTHER_NO_CORRECTION, of(2026, 11, 11), null, "王芳"))
                .isInstanceOf(UserException.class);
        r.requests().conclude(shorter, ResultCode.OTHER_NO_CORRECTION, of(2026, 11, 12), null, "王芳");
        assertThatThrownBy(() -> r.requests().requestCorrection(add(r, "王五", of(2026, 11, 2), null), of(2026, 11, 4), "x", 0, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("补正期限");
    }

    @Test
    void the_fee_counts_the_applicants_earlier_requests_this_month_from_the_register() {
        Records r = at(of(2026, 12, 31));
        add(r, "张三", of(2026, 10, 30), null); // last month: does not count
        for (int i = 0; i < 10; i++) {
            add(r, "张三", of(2026, 11, 2 + i % 3), null);
        }
        add(r, "李四", of(2026, 11, 3), null); // another applicant: does not count
        long eleventh = add(r, "张三", of(2026, 11, 5), "电子邮件");
        FeeNotice n = r.feeNotices().notify(eleventh, Fees.Basis.PER_ITEM, 1, of(2026, 11, 6), "王芳");
        assertThat(n.earlier()).isEqualTo(10);
        assertThat(n.amount()).isEqualTo(100);
        assertThat(n.payBy()).isEqualTo(r.requests().deadlines().addWorkingDays(of(2026, 11, 6), 20, java.util.List.of()).date());
        assertThat(r.requests().show(eleventh).events()).anyMatch(e -> e.kind() == EventKind.NOTE && e.detail().contains("收费通知"));
        assertThatThrownBy(() -> r.feeNotices().notify(eleventh, Fees.Basis.PER_ITEM, 1, of(2026, 11, 6), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("已发过");

        long byEmail = add(r, "李四", of(2026, 11, 9), "电子邮件");
        assertThatThrownBy(() -> r.feeNotices().notify(byEmail, Fees.Basis.PER_PAGE, 40, of(2026, 11, 9), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("不能按页计收");
        long first = add(r, "赵六", of(2026, 11, 9), "纸质");
        assertThatThrownBy(() -> r.feeNotices().notify(first, Fees.Basis.PER_ITEM, 1, of(2026, 11, 9), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("不收费");
    }

    @Test
    void closing_as_fee_unpaid_needs_a_notice_and_twenty_working_days() {
        Records r = at(of(2026, 12, 31));
        long id = add(r, "张三", of(2026, 11, 2), "纸质");
        assertThatThrownBy(() -> r.requests().conclude(id, ResultCode.OTHER_FEE_UNPAID, of(2026, 12, 30), null, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("没有发过收费通知");
        FeeNotice n = r.feeNotices().notify(id, Fees.Basis.PER_PAGE, 31, of(2026, 11, 5), "王芳");
        assertThat(n.amount()).isEqualTo(10);
        assertThatThrownBy(() -> r.requests().conclude(id, ResultCode.OTHER_FEE_UNPAID, n.payBy(), null, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining(n.payBy().toString());
        r.requests().conclude(id, ResultCode.OTHER_FEE_UNPAID, n.payBy().plusDays(1), null, "王芳");
        assertThat(r.requests().show(id).state().result()).isEqualTo(ResultCode.OTHER_FEE_UNPAID);
    }

    @Test
    void the_twenty_days_to_pay_skip_mid_autumn_and_national_day_and_closing_waits_for_them() {
        Records r = at(of(2026, 12, 31));
        // Received Monday 14 September 2026. Answer due (Art. 33), with Sunday 20 September worked,
        // 25 September and 1–7 October off and Saturday 10 October worked: Friday 16 October.
        long id = add(r, "张三", of(2026, 9, 14), "纸质");
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2026, 10, 16));
        // Notice on Tuesday 22 September: the 20 working days to pay run from the 23rd, skip
        // 25–27 September and 1–7 October, count Saturday 10 October: Tuesday 27 October.
        FeeNotice n = r.feeNotices().notify(id, Fees.Basis.PER_PAGE, 31, of(2026, 9, 22), "王芳");
        assertThat(n.payBy()).isEqualTo(of(2026, 10, 27));
        // The answer period is left as it was: the clause that would stop the clock while the
        // applicant pays could not be confirmed from the sources at hand (README, issue 15).
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2026, 10, 16));
        assertThatThrownBy(() -> r.requests().conclude(id, ResultCode.OTHER_FEE_UNPAID, of(2026, 10, 27), null, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("2026-10-27");
        r.requests().conclude(id, ResultCode.OTHER_FEE_UNPAID, of(2026, 10, 28), null, "王芳");
        assertThat(r.requests().show(id).state().result()).isEqualTo(ResultCode.OTHER_FEE_UNPAID);
    }

    @Test
    void an_extension_texts_the_applicant_like_receipt_correction_and_answer() {
        Records r = at(of(2026, 11, 30));
        long id = add(r, "张三", of(2026, 11, 2), null);
        r.requests().extend(id, of(2026, 11, 27), 10, "科长刘强", "王芳");
        String body = r.database().read(tx -> tx.one("SELECT body FROM outbox WHERE dedupe_key = ?",
                rs -> rs.getString(1), "request:" + id + ":EXTENDED")).orElseThrow();
        assertThat(body).contains(r.requests().show(id).request().receiptCode()).contains("延长");
    }

    @Test
    void a_consultation_longer_than_fifteen_working_days_needs_its_reason() {
        Records r = at(of(2026, 12, 31));
        long onTime = add(r, "张三", of(2026, 11, 2), null);
        long late = add(r, "李四", of(2026, 11, 2), null);
        r.requests().pause(onTime, of(2026, 11, 4), "青禾建设有限公司", "王芳");
        r.requests().pause(late, of(2026, 11, 4), "青禾建设有限公司", "王芳");
        assertThat(r.requests().consultationDays(of(2026, 11, 4), of(2026, 11, 25))).isEqualTo(15);
        r.requests().resume(onTime, of(2026, 11, 25), null, "王芳");
        assertThatThrownBy(() -> r.requests().resume(late, of(2026, 11, 26), " ", "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("16 个工作日").hasMessageContaining("第三十二条");
        r.requests().resume(late, of(2026, 11, 26), "第三方负责人出差，延后三天答复", "王芳");
        assertThat(r.requests().show(late).events()).anyMatch(e -> e.kind() == EventKind.RESUMED
                && "第三方负责人出差，延后三天答复".equals(e.detail()));
    }
}
