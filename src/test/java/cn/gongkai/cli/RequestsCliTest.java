package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestsCliTest {

    @TempDir
    Path home;

    Clock today = Cli.clockAt(LocalDate.of(2025, 2, 25));

    Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        return Cli.run(today, all.toArray(String[]::new));
    }

    String add() {
        Cli.Result r = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2025-01-24", "--content", "2024年村集体土地流转收益分配", "--name", "张三",
                "--contact", "13812345678", "--actor", "王芳");
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().strip();
    }

    static void assertRefused(Cli.Result r, String reason) {
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains(reason);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void requests_add_prints_only_the_new_id() {
        Cli.Result r = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2025-01-24", "--content", "…");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("1" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void requests_show_json_has_the_deadlines_as_iso_dates() throws Exception {
        String id = add();
        Cli.Result r = run("requests", "show", id, "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("received").asText()).isEqualTo("2025-01-24");
        assertThat(j.get("correction_due").asText()).isEqualTo("2025-02-10");
        assertThat(j.get("answer_due").asText()).isEqualTo("2025-02-27");
        assertThat(j.get("working_days_left").asInt()).isEqualTo(2);
        assertThat(j.get("overdue").asBoolean()).isFalse();
        assertThat(j.get("status").asText()).isEqualTo("OPEN");
        assertThat(j.get("result").isNull()).isTrue();
        assertThat(j.get("events").get(0).get("actor").asText()).isEqualTo("王芳");
    }

    @Test
    void a_request_walks_through_its_whole_timeline_on_the_command_line() throws Exception {
        String id = add();
        assertThat(run("requests", "pause", id, "--date", "2025-02-10", "--reason", "征求第三方意见").status()).isZero();
        assertThat(run("requests", "resume", id, "--date", "2025-02-14").status()).isZero();
        assertThat(run("requests", "extend", id, "--date", "2025-02-20", "--approved-by", "李主任").status()).isZero();
        JsonNode j = new ObjectMapper().readTree(run("requests", "show", id, "--format", "json").out());
        assertThat(j.get("answer_due").asText()).isEqualTo("2025-04-02");
        assertThat(j.get("extension_approved_by").asText()).isEqualTo("李主任");
        assertThat(run("requests", "close", id, "--result", "PARTIAL", "--date", "2025-02-25").status()).isZero();
        j = new ObjectMapper().readTree(run("requests", "show", id, "--format", "json").out());
        assertThat(j.get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(j.get("result").asText()).isEqualTo("PARTIAL");
        assertThat(j.get("events")).extracting(e -> e.get("kind").asText())
                .containsExactly("RECEIVED", "PAUSED", "RESUMED", "EXTENDED", "CONCLUDED");
        assertThat(run("requests", "show", id).out()).contains("部分公开").contains("李主任");
    }

    @Test
    void requests_list_open_shows_only_open_requests() throws Exception {
        String first = add();
        String second = add();
        run("requests", "close", first, "--result", "GRANTED", "--date", "2025-02-20");
        JsonNode open = new ObjectMapper().readTree(run("requests", "list", "--open", "--format", "json").out());
        assertThat(open).extracting(n -> n.get("id").asText()).containsExactly(second);
        JsonNode all = new ObjectMapper().readTree(run("requests", "list", "--format", "json").out());
        assertThat(all).hasSize(2);
        assertThat(run("requests", "list").out()).contains("2025-02-27");
    }

    @Test
    void an_unknown_result_code_is_refused_in_one_line() {
        String id = add();
        Cli.Result r = run("requests", "close", id, "--result", "APPROVED", "--date", "2025-02-20");
        assertRefused(r, "未知的办理结果代码 \"APPROVED\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_exit_status_one() {
        String id = add();
        assertRefused(run("requests", "close", id, "--result", "GRANTED", "--date", "2025-01-20"), "早于上一步");
        assertRefused(run("requests", "resume", id, "--date", "2025-02-20"), "没有暂停计时");
        assertRefused(run("requests", "extend", id, "--date", "2025-02-20", "--approved-by", "李", "--days", "25"), "最多20个工作日");
        assertRefused(run("requests", "close", id, "--result", "GRANTED", "--date", "2025-02-31"), "不是有效日期");
        assertRefused(run("requests", "show", "99"), "没有编号为 99 的申请");
        assertRefused(run("requests", "add", "--applicant-type", "PERSON", "--channel", "IN_PERSON", "--content", "x"),
                "未知的申请人类型");
        assertThat(run("requests", "close", id, "--result", "GRANTED", "--date", "2025-02-20").status()).isZero();
        assertRefused(run("requests", "close", id, "--result", "GRANTED", "--date", "2025-02-21"), "已于 2025-02-20 办结");
        assertRefused(run("requests", "extend", id, "--date", "2025-02-21", "--approved-by", "李"), "已于 2025-02-20 办结");
    }

    @Test
    void a_missing_required_option_is_a_usage_error() {
        assertThat(run("requests", "add", "--channel", "IN_PERSON").status()).isEqualTo(2);
        assertThat(run("report").status()).isEqualTo(2);
    }

    @Test
    void reviews_are_recorded_from_the_command_line() throws Exception {
        String id = add();
        run("requests", "close", id, "--result", "DENIED_THIRD_PARTY", "--date", "2025-02-20");
        Cli.Result filed = run("requests", "review", id, "--kind", "REVIEW", "--filed", "2025-02-24");
        assertThat(filed.status()).as(filed.err()).isZero();
        String reviewId = filed.out().strip();
        assertRefused(run("requests", "review-outcome", reviewId, "--outcome", "WON", "--decided", "2025-02-25"),
                "未知的复议诉讼结果");
        assertThat(run("requests", "review-outcome", reviewId, "--outcome", "UPHELD", "--decided", "2025-02-25").status())
                .isZero();
        JsonNode j = new ObjectMapper().readTree(run("requests", "show", id, "--format", "json").out());
        assertThat(j.get("reviews").get(0).get("outcome").asText()).isEqualTo("UPHELD");
        assertRefused(run("requests", "review", id, "--kind", "SUIT_DIRECT", "--filed", "2025-02-24", "--outcome", "UPHELD"),
                "--decided");
    }

    @Test
    void report_set_records_the_yearly_figures() {
        Cli.Result r = run("report", "set", "--year", "2025", "--licensing", "12", "--fees", "1.5",
                "--fees-collected", "300");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("行政许可 12").contains("行政事业性收费 1.5 万元").contains("信息处理费 300 元");
        r = run("report", "set", "--year", "2025", "--penalty", "3");
        assertThat(r.out()).contains("行政许可 12").contains("行政处罚 3");
        assertRefused(run("report", "set", "--year", "2025", "--penalty", "-1"), "不能是负数");
        assertRefused(run("report", "set", "--year", "2025", "--fees", "abc"), "不是数字");
    }

    @Test
    void requests_fee_quotes_one_basis_and_the_payment_deadline() {
        Cli.Result r = run("requests", "fee", "--items", "5", "--earlier-this-month", "28", "--notified", "2025-09-26");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("800 元").contains("缴费截止: 2025-10-30");
        assertThat(run("requests", "fee", "--pages", "120").out()).contains("1100 元");
        assertThat(run("requests", "fee", "--pages", "120", "--items", "3").status()).isEqualTo(2);
    }
}
