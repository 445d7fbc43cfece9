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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Art. 29: an SMS or kiosk request is completed by staff, each completion on record, before it is confirmed. */
class CompletionRulesTest {

    @TempDir Path home;

    Records at(LocalDate today) {
        return Records.open(new Home(home), Cli.clockAt(today));
    }

    static long sms(Records r, String phone, String text) {
        return r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, null, phone, false, RequestChannel.SMS, text,
                null, null, null), "sms");
    }

    static Completion name(String name) {
        return new Completion(null, name, null, null, null, null, null, null);
    }

    @Test
    void an_sms_request_without_a_name_cannot_be_confirmed_until_staff_complete_it() {
        Records r = at(of(2026, 11, 30));
        long id = sms(r, "13812345678", "申请公开石门村2026年修路账目");
        assertThatThrownBy(() -> r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("申请人姓名或名称").hasMessageNotContaining("联系方式")
                .hasMessageContaining("第二十九条").hasMessageContaining("requests complete " + id);
        assertThat(r.requests().show(id).state().received()).isNull();
        assertThat(r.requests().show(id).events()).isEmpty();

        // The applicant wants the answer posted: then the address is missing too.
        r.requests().complete(id, of(2026, 11, 2), new Completion(null, "王五", null, null, null, "纸质",
                null, DeliveryWanted.MAIL), "王芳");
        assertThat(r.requests().missing(id)).containsExactly("邮寄地址（要求邮寄）");
        assertThatThrownBy(() -> r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("邮寄地址");
        r.requests().complete(id, of(2026, 11, 3), new Completion(null, null, null, null, null, null,
                "青禾区石门村3组12号", null), "王芳");
        // The completion came on the 3rd: receipt cannot be dated before the request was complete.
        assertThatThrownBy(() -> r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("早于补全日期");

        // The applicant type is chosen at confirmation: a company can text too.
        r.requests().confirmReceipt(id, of(2026, 11, 3), true, Completion.applicantType(ApplicantType.BUSINESS), "王芳");
        RequestView v = r.requests().show(id);
        assertThat(v.request().applicantType()).isEqualTo(ApplicantType.BUSINESS);
        assertThat(v.request().name()).isEqualTo("王五");
        assertThat(v.request().address()).isEqualTo("青禾区石门村3组12号");
        assertThat(v.request().delivery()).isEqualTo(DeliveryWanted.MAIL);
        assertThat(v.events()).extracting(RequestEvent::kind).containsExactly(
                EventKind.COMPLETED, EventKind.COMPLETED, EventKind.COMPLETED, EventKind.RECEIVED);
        assertThat(v.events().get(0).detail()).isEqualTo("补全申请人姓名或名称、获取信息的形式、送达方式");
        // Received Tuesday 3 November 2026: 20 working days later is Tuesday 1 December.
        assertThat(v.answerDue()).isEqualTo(of(2026, 12, 1));

        // Every completion is audited by field, never by value (personal data stays out of the log).
        List<String> audit = r.database().read(tx -> tx.list(
                "SELECT action || ' ' || detail FROM audit_log WHERE request_id = ? AND action = 'COMPLETED' ORDER BY id",
                rs -> rs.getString(1), id));
        assertThat(audit).containsExactly("COMPLETED 2026-11-02 fields=name,form_wanted,delivery",
                "COMPLETED 2026-11-03 fields=address", "COMPLETED 2026-11-03 fields=applicant_type");
        assertThat(String.join(" ", audit)).doesNotContain("王五").doesNotContain("石门村3组");
        // The values before each completion are kept.
        assertThat(r.database().read(tx -> tx.one("SELECT before FROM request_completions WHERE request_id = ? AND fields = 'applicant_type'",
                rs -> rs.getString(1), id)).orElseThrow()).isEqualTo("{\"applicant_type\":\"NATURAL_PERSON\"}");
    }

    @Test
    void the_request_row_changes_only_to_a_recorded_completion() {
        Records r = at(of(2026, 11, 30));
        long id = sms(r, "13812345678", "申请公开低保名单");
        assertThatThrownBy(() -> r.database().write(tx -> tx.update("UPDATE requests SET name = '某人' WHERE id = ?", id)))
                .hasStackTraceContaining("recorded completions");
        r.requests().complete(id, of(2026, 11, 2), name("赵六"), "王芳");
        r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳");
        assertThatThrownBy(() -> r.database().write(tx -> tx.update("UPDATE requests SET received = '2026-11-01' WHERE id = ?", id)))
                .hasStackTraceContaining("recorded completions");
        assertThat(r.requests().show(id).request().name()).isEqualTo("赵六");
    }

    @Test
    void a_completion_while_the_applicant_is_asked_to_supplement_is_the_supplement_and_restarts_the_period() {
        Records r = at(of(2026, 11, 30));
        long id = r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "13812345678", true,
                RequestChannel.IN_PERSON, "修路的账", null, of(2026, 11, 2), null), "王芳");
        r.requests().requestCorrection(id, of(2026, 11, 4), "请写明哪条村道、哪一年", "王芳");
        assertThat(r.requests().show(id).answerDue()).isNull();
        boolean supplement = r.requests().complete(id, of(2026, 11, 9), new Completion(null, null, null, null,
                "石门村至李庄村道2025年硬化工程的资金使用情况", null, null, null), "王芳");
        assertThat(supplement).isTrue();
        RequestView v = r.requests().show(id);
        assertThat(v.state().corrected()).isEqualTo(of(2026, 11, 9));
        assertThat(v.request().content()).startsWith("石门村至李庄村道");
        // Counted from Monday 9 November 2026, the completed request's receipt: 20 working days is Monday 7 December.
        assertThat(v.answerDue()).isEqualTo(of(2026, 12, 7));
        assertThat(r.database().read(tx -> tx.one("SELECT before FROM request_completions WHERE request_id = ?",
                rs -> rs.getString(1), id)).orElseThrow()).contains("修路的账");
        // Once supplemented, a later completion is just a completion: the period stays.
        assertThat(r.requests().complete(id, of(2026, 11, 10), name("张三丰"), "王芳")).isFalse();
        assertThat(r.requests().show(id).answerDue()).isEqualTo(of(2026, 12, 7));
    }

    @Test
    void an_empty_or_unchanged_completion_and_one_after_the_answer_are_refused() {
        Records r = at(of(2026, 11, 30));
        long id = sms(r, "13812345678", "申请公开低保名单");
        assertThatThrownBy(() -> r.requests().complete(id, of(2026, 11, 2), Completion.NONE, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("--name");
        assertThatThrownBy(() -> r.requests().complete(id, of(2026, 11, 2),
                new Completion(null, null, "13812345678", null, null, null, null, null), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("没有需要补全的");
        r.requests().complete(id, of(2026, 11, 2), name("赵六"), "王芳");
        r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳");
        r.requests().conclude(id, ResultCode.GRANTED, of(2026, 11, 20), null, "王芳");
        assertThatThrownBy(() -> r.requests().complete(id, of(2026, 11, 21), name("赵七"), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("已于 2026-11-20 办结");
    }
}
