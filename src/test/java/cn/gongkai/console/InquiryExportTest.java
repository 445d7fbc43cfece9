package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 咨询记录: keyword search, a date range and an Excel export of what is filtered, masked and audited. */
class InquiryExportTest {
    @TempDir static java.nio.file.Path home;
    static StaffSite site;
    static StaffSite.Client staff;

    static final Instant NOV_3 = Instant.parse("2026-11-03T02:00:00Z");
    static final Instant NOV_20 = Instant.parse("2026-11-20T02:00:00Z");

    @BeforeAll
    static void start() throws Exception {
        site = new StaffSite(home, Duration.ofMinutes(30));
        staff = site.client().loggedIn(StaffSite.STAFF);
        add(NOV_3, "石门村低保什么时候发", "+8613812345678");
        add(NOV_20, "低保标准提高了吗", "+8613987654321");
        add(NOV_20, "=HYPERLINK(\"http://x\")修路的钱", null);
    }

    static void add(Instant at, String text, String phone) {
        site.records.inquiries().record(new NewInquiry(InquiryChannel.SMS, at, null, text, List.of(), true, phone,
                null, null, null));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void keywords_and_a_date_range_narrow_the_list() throws Exception {
        String page = staff.get("/staff/inquiries?q=" + StaffSite.enc("低保")).body();
        assertThat(page).contains("石门村低保什么时候发").contains("低保标准提高了吗").doesNotContain("修路的钱");
        page = staff.get("/staff/inquiries?q=" + StaffSite.enc("低保 石门")).body();
        assertThat(page).contains("石门村低保什么时候发").doesNotContain("低保标准提高了吗");
        page = staff.get("/staff/inquiries?q=" + StaffSite.enc("低保") + "&from=2026-11-10&to=2026-11-30").body();
        assertThat(page).contains("低保标准提高了吗").doesNotContain("石门村低保什么时候发");
        assertThat(page).contains("/staff/inquiries.xlsx?from=2026-11-10&amp;to=2026-11-30&amp;q=%E4%BD%8E%E4%BF%9D");
    }

    @Test
    void the_export_is_the_filtered_rows_with_numbers_masked_and_is_audited() throws Exception {
        HttpResponse<byte[]> r = download(staff, "/staff/inquiries.xlsx?q=" + StaffSite.enc("低保"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename*=UTF-8''");
        List<List<String>> rows = read(r.body());
        assertThat(rows.get(0)).containsExactlyElementsOf(InquirySheet.HEADERS);
        assertThat(rows).hasSize(3);
        String all = rows.toString();
        assertThat(all).contains("石门村低保什么时候发").contains("138****5678").contains("139****4321")
                .doesNotContain("13812345678").doesNotContain("修路");
        assertThat(audit("INQUIRIES_EXPORTED")).contains(StaffSite.STAFF).contains("2 条").contains("号码已隐藏")
                .contains("q=低保");
    }

    @Test
    void a_question_that_looks_like_a_formula_stays_text() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(staff, "/staff/inquiries.xlsx?q=" + StaffSite.enc("修路")).body()))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(4);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
        }
    }

    @Test
    void only_an_admin_exports_full_numbers_and_that_is_audited_too() throws Exception {
        assertThat(download(staff, "/staff/inquiries.xlsx?phones=full").statusCode()).isEqualTo(403);
        var admin = site.client().loggedIn(StaffSite.ADMIN);
        HttpResponse<byte[]> r = download(admin, "/staff/inquiries.xlsx?phones=full&q=" + StaffSite.enc("石门"));
        assertThat(read(r.body()).toString()).contains("+8613812345678");
        assertThat(audit("INQUIRIES_EXPORTED_FULL")).contains(StaffSite.ADMIN).contains("1 条").contains("完整号码");
    }

    @Test
    void a_bad_date_is_a_sentence_not_a_file() throws Exception {
        HttpResponse<byte[]> r = download(staff, "/staff/inquiries.xlsx?from=2026-13-01");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/staff/inquiries");
        assertThat(staff.get("/staff/inquiries").body()).contains("开始日期 \"2026-13-01\" 不是有效日期");
    }

    static HttpResponse<byte[]> download(StaffSite.Client c, String path) throws Exception {
        return c.http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheetAt(0);
            for (Row row : s) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                out.add(cells);
            }
        }
        return out;
    }

    static String audit(String action) {
        List<String> lines = site.records.database().read(tx -> tx.list(
                "SELECT actor || ' ' || coalesce(detail, '') FROM audit_log WHERE action = ?", rs -> rs.getString(1), action));
        return String.join("\n", lines);
    }
}
