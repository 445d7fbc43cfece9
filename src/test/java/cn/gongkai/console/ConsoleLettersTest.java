package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request page offers each letter beside its step; staff print it and record its delivery. */
class ConsoleLettersTest {
    @TempDir static Path home;
    @TempDir static Path scratch;
    static StaffSite site;
    static StaffSite.Client staff;

    @BeforeAll
    static void start() throws Exception {
        site = new StaffSite(home, Duration.ofMinutes(30));
        staff = site.client().loggedIn(StaffSite.STAFF);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return staff.http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_receipt_is_printed_from_beside_its_step_and_its_delivery_recorded() throws Exception {
        var created = staff.submit("/staff/requests/new", "/staff/requests", Map.of("applicant_type", "NATURAL_PERSON",
                "channel", "IN_PERSON", "received", "2026-11-20", "name", "孙七", "content", "2026年村道硬化项目的资金明细",
                "identity", "1"));
        String at = created.headers().firstValue("Location").orElseThrow();
        String page = staff.get(at).body();
        assertThat(page).contains("<h2>文书</h2>", "登记回执", "（打印时编号）", at + "/letters/receipt?format=pdf",
                at + "/letters/receipt?format=docx").doesNotContain(at + "/letters/reply");

        HttpResponse<byte[]> pdf = download(at + "/letters/receipt?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("content-disposition").orElse("")).contains("attachment");
        Path file = scratch.resolve("receipt.pdf");
        Files.write(file, pdf.body());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", "");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("孙七：", "2026年11月20日收到", "青禾政依申收〔2026〕第1号");

        page = staff.get(at).body();
        assertThat(page).contains("青禾政依申收〔2026〕第1号");
        staff.submit(at, at + "/letters/receipt/delivery", Map.of("method", "MAIL", "tracking", "", "date", "2026-11-20"));
        assertThat(staff.get(at).body()).contains("邮件单号");
        staff.submit(at, at + "/letters/receipt/delivery", Map.of("method", "MAIL", "tracking", "EMS9988", "date", "2026-11-21"));
        assertThat(staff.get(at).body()).contains("2026-11-21 邮寄 EMS9988");

        // A letter for a step not yet taken is refused on the page, with the reason, not an error page.
        HttpResponse<byte[]> reply = download(at + "/letters/reply?format=docx");
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(staff.get(at).body()).contains("还没有这一步");
    }

    @Test
    void converting_an_inquiry_that_already_applied_confirms_that_request_with_its_code() throws Exception {
        var records = site.records;
        long inquiry = records.inquiries().record(cn.gongkai.inquiries.NewInquiry.of(
                cn.gongkai.inquiries.InquiryChannel.SMS, "申请公开2026年低保名单", java.util.List.of()));
        long applied = records.requests().add(new cn.gongkai.requests.NewRequest(cn.gongkai.requests.ApplicantType.NATURAL_PERSON,
                null, "13812345678", false, cn.gongkai.requests.RequestChannel.SMS, "申请公开2026年低保名单", null, null, inquiry),
                "sms");
        String code = records.requests().show(applied).request().receiptCode();
        String today = records.requests().today().toString();
        Map<String, String> form = Map.of("applicant_type", "NATURAL_PERSON", "name", "周八", "identity", "1",
                "received", today, "content", "申请公开2026年低保名单");
        var r = staff.submit("/staff/inquiries/" + inquiry + "/request", "/staff/inquiries/" + inquiry + "/request", form);
        assertThat(r.headers().firstValue("Location")).hasValue("/staff/requests/" + applied);
        var v = records.requests().show(applied);
        assertThat(v.state().received()).hasToString(today);
        assertThat(v.request().receiptCode()).isEqualTo(code);
        assertThat(records.database().read(tx -> tx.one("SELECT count(*) FROM requests WHERE inquiry_id = ?",
                rs -> rs.getInt(1), inquiry)).orElseThrow()).isEqualTo(1);
        // Converting again is refused: one request, one code.
        staff.submit("/staff/inquiries/" + inquiry + "/request", "/staff/inquiries/" + inquiry + "/request", form);
        assertThat(records.database().read(tx -> tx.one("SELECT count(*) FROM requests WHERE inquiry_id = ?",
                rs -> rs.getInt(1), inquiry)).orElseThrow()).isEqualTo(1);
    }
}
