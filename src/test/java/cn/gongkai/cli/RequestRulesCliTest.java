package cn.gongkai.cli;

import static cn.gongkai.cli.RequestsCliTest.assertRefused;
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

/** Art. 29 completion, Art. 35's later deadline and the report's unconfirmed warning, from the shell. */
class RequestRulesCliTest {

    @TempDir Path home;

    Clock today = Cli.clockAt(LocalDate.of(2026, 11, 30));

    Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        return Cli.run(today, all.toArray(String[]::new));
    }

    String sms(String content) {
        Cli.Result r = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "SMS",
                "--content", content, "--contact", "13812345678", "--actor", "短信");
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().strip();
    }

    @Test
    void an_sms_request_is_completed_then_confirmed_with_the_applicant_type_chosen_then() throws Exception {
        String id = sms("申请公开石门村修路账目");
        assertRefused(run("requests", "confirm", id, "--date", "2026-11-02"), "还缺申请人姓名或名称");
        assertRefused(run("requests", "complete", id, "--date", "2026-11-02"), "--name");
        assertRefused(run("requests", "complete", id, "--delivery", "PIGEON"), "未知的送达方式");
        Cli.Result done = run("requests", "complete", id, "--date", "2026-11-02", "--name", "石门村股份经济合作社",
                "--description", "申请公开石门村2025年修路工程的资金使用账目", "--actor", "王芳");
        assertThat(done.status()).as(done.err()).isZero();
        Cli.Result confirmed = run("requests", "confirm", id, "--date", "2026-11-02", "--applicant-type", "OTHER_ORG",
                "--actor", "王芳");
        assertThat(confirmed.status()).as(confirmed.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run("requests", "show", id, "--format", "json").out());
        assertThat(j.get("applicant_type").asText()).isEqualTo("OTHER_ORG");
        assertThat(j.get("received").asText()).isEqualTo("2026-11-02");
        assertThat(run("requests", "show", id).out()).contains("补全申请信息", "补全申请人姓名或名称、申请内容描述",
                "申请公开石门村2025年修路工程的资金使用账目");
    }

    @Test
    void the_later_deadline_is_set_from_the_shell_and_shown_as_the_due_date() throws Exception {
        Cli.Result added = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2026-11-02", "--content", "全镇历年补贴明细", "--name", "张三", "--contact", "13812345678");
        String id = added.out().strip();
        assertRefused(run("requests", "later-deadline", id, "--date", "2026-11-20", "--working-days", "40", "--reason", "件数多"),
                "先要求申请人说明理由");
        assertThat(run("requests", "ask-reasons", id, "--date", "2026-11-05", "--detail", "本月第36件").status()).isZero();
        Cli.Result set = run("requests", "later-deadline", id, "--date", "2026-11-20", "--working-days", "40",
                "--reason", "涉及九个村七年的明细");
        assertThat(set.status()).as(set.err()).isZero();
        // From Monday 2 November 2026, the 40th working day is Monday 28 December.
        assertThat(set.out().strip()).isEqualTo("答复期限: 2026-12-28");
        assertThat(run("requests", "show", id).out()).contains("答复期限: 2026-12-28", "确定延迟答复期限 40 个工作日  涉及九个村七年的明细");
        JsonNode j = new ObjectMapper().readTree(run("requests", "show", id, "--format", "json").out());
        assertThat(j.get("answer_due").asText()).isEqualTo("2026-12-28");
        assertThat(j.get("later_deadline_set").asText()).isEqualTo("2026-11-20");
        assertThat(j.get("later_deadline_days").asInt()).isEqualTo(40);

        // The 延迟答复告知书 from the shell: numbered, filled from the record, its delivery recorded.
        Path out = home.resolve("later.docx");
        Cli.Result letter = run("requests", "letter", id, "--kind", "later", "--format", "docx", "--out", out.toString(),
                "--actor", "王芳");
        assertThat(letter.status()).as(letter.err()).isZero();
        assertThat(letter.out()).startsWith("青禾政依申迟〔2026〕第1号\t");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(out));
                var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(x.getText().replaceAll("[\\s\\u3000]+", "")).contains("延迟答复告知书", "张三：", "涉及九个村七年的明细",
                    "第三十五条", "40个工作日", "2026年12月28日前作出答复", "2026年11月20日");
        }
        Cli.Result delivered = run("requests", "deliver", id, "--kind", "later", "--via", "IN_PERSON", "--date", "2026-11-23",
                "--actor", "王芳");
        assertThat(delivered.status()).as(delivered.err()).isZero();
        assertRefused(run("requests", "letter", id, "--kind", "late"), "later");
    }

    @Test
    void the_report_warns_about_unconfirmed_requests_and_its_text_never_says_none_were_received() throws Exception {
        Cli.Result none = run("report", "--year", "2026", "--format", "md");
        assertThat(none.status()).as(none.err()).isZero();
        assertThat(none.out()).contains("未收到任何形式的政府信息公开申请");
        assertThat(none.err()).isEmpty();

        sms("申请公开低保名单");
        sms("申请公开修路账目");
        Cli.Result md = run("report", "--year", "2026", "--format", "md");
        assertThat(md.status()).as(md.err()).isZero();
        assertThat(md.out()).doesNotContain("未收到任何形式").contains("新收政府信息公开申请0件")
                .contains("尚待确认收到的申请2件(短信2件)");
        assertThat(md.err().strip()).isEqualTo("注意: 未确认收到 2 件（短信 2 件）：确认收到后才计入表三，请在“申请”中逐件补全、确认");
        JsonNode j = new ObjectMapper().readTree(run("report", "--year", "2026", "--format", "json").out());
        JsonNode check = j.get("checks").get(4);
        assertThat(check.get("ok").asBoolean()).isFalse();
        assertThat(check.get("warning").asBoolean()).isTrue();
        assertThat(check.get("failures").get(0).asText()).startsWith("未确认收到 2 件");
        assertThat(j.get("section3").get("NEW").get("TOTAL").asInt()).isZero();
        // Filed in 2026: the 2025 report does not count them.
        assertThat(run("report", "--year", "2025", "--format", "md").err()).isEmpty();
    }
}
