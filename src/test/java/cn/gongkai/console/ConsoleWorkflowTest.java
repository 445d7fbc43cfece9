package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's pages and actions over a real server, as staff would use them. */
class ConsoleWorkflowTest {
    @TempDir static Path home;
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

    @Test
    void every_page_renders_for_a_logged_in_member_of_staff() throws Exception {
        for (String page : List.of("/staff/today", "/staff/inquiries", "/staff/requests", "/staff/requests?show=all",
                "/staff/requests/new", "/staff/demand", "/staff/satisfaction", "/staff/charts", "/staff/disclosures",
                "/staff/disclosures?q=" + StaffSite.enc("低保"), "/staff/disclosures/new", "/staff/report",
                "/staff/report?year=2025", "/staff/sms", "/staff/villages")) {
            HttpResponse<String> r = staff.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'none'");
        }
        assertThat(staff.get("/staff").headers().firstValue("Location")).hasValue("/staff/today");
    }

    @Test
    void a_missing_or_refused_staff_page_is_a_page_with_a_way_back() throws Exception {
        for (String path : List.of("/staff/no-such-page", "/staff/disclosures/NO-SUCH-ID", "/staff/audit")) {
            HttpResponse<String> r = staff.get(path);
            assertThat(r.statusCode()).as(path).isIn(403, 404);
            assertThat(r.headers().firstValue("content-type").orElse("")).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("/staff/today").doesNotContain("\"error\"");
        }
        assertThat(staff.get("/staff/audit").body()).contains("只有管理员");
    }

    @Test
    void text_from_the_public_is_escaped() throws Exception {
        long id = site.records.inquiries().record(NewInquiry.of(InquiryChannel.KIOSK, "<script>alert(1)</script>", List.of()));
        String page = staff.get("/staff/inquiries?id=" + id).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void wrong_moves_are_refused_with_the_reason() throws Exception {
        var created = staff.submit("/staff/requests/new", "/staff/requests", Map.of("applicant_type", "NATURAL_PERSON",
                "channel", "IN_PERSON", "received", "2026-11-20", "content", "2026年村道硬化项目的资金明细", "identity", "1"));
        String at = created.headers().firstValue("Location").orElseThrow();
        assertThat(at).matches("/staff/requests/\\d+");
        String page = staff.get(at).body();
        assertThat(page).contains("2026-11-20").contains("条例第三十三条").contains("办理中");
        Map<String, String> extend = Map.of("date", "2026-11-25", "days", "20", "approved_by", "张主任");
        assertThat(staff.submit(at, at + "/extend", extend).statusCode()).isEqualTo(302);
        assertThat(staff.get(at).body()).contains("已延长答复期限").contains("张主任");
        staff.submit(at, at + "/extend", Map.of("date", "2026-11-26", "days", "5", "approved_by", "张主任"));
        assertThat(staff.get(at).body()).contains("未执行").contains("只允许延长一次");
        Map<String, String> conclude = Map.of("result", "GRANTED", "date", "2026-11-27", "reply", "附件为资金明细表。");
        staff.submit(at, at + "/conclude", conclude);
        String done = staff.get(at).body();
        assertThat(done).contains("已办结").contains("附件为资金明细表。").contains("三(一) 予以公开");
        var again = new java.util.HashMap<>(conclude);
        again.put("csrf", StaffSite.csrf(done));
        staff.post(at + "/conclude", again);
        assertThat(staff.get(at).body()).contains("未执行").contains("已于 2026-11-27 办结");
    }

    @Test
    void demand_list_groups_unanswered_questions_and_a_synonym_works_at_once() throws Exception {
        for (String text : List.of("烤火补贴啥时候发", "烤火补贴 啥时候发？", "修桥的钱")) {
            site.records.inquiries().record(NewInquiry.of(InquiryChannel.SMS, text, List.of()));
        }
        String page = staff.get("/staff/demand").body();
        assertThat(page).contains("烤火补贴啥时候发").contains("修桥的钱");
        var groups = new DemandPages(null, site.corpus, site.records).groups();
        var kaohuo = groups.stream().filter(g -> g.examples().stream().anyMatch(e -> e.contains("烤火补贴"))).findFirst()
                .orElseThrow();
        assertThat(kaohuo.count()).isEqualTo(2);
        // The district's own copy and the repository's tracked default stay as they were.
        Files.createDirectories(home.resolve("kiosk-config"));
        String districtCopy = cn.gongkai.config.ConfigFiles.readDefault("synonyms.txt").text() + "# 本区自己改过\n";
        Files.writeString(home.resolve("kiosk-config/synonyms.txt"), districtCopy);
        byte[] tracked = Files.readAllBytes(Path.of("kiosk-config/synonyms.txt"));
        HttpResponse<String> r = staff.submit("/staff/demand", "/staff/demand/synonym",
                Map.of("key", kaohuo.key(), "people", "烤火补贴", "official", "取暖补贴"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(staff.get("/staff/demand").body()).contains("已加入同义词表：烤火补贴, 取暖补贴");
        assertThat(Files.readString(home.resolve("kiosk-config/synonyms-added.txt"))).contains("烤火补贴, 取暖补贴");
        assertThat(Files.readString(home.resolve("kiosk-config/synonyms.txt"))).isEqualTo(districtCopy);
        assertThat(Files.readAllBytes(Path.of("kiosk-config/synonyms.txt"))).isEqualTo(tracked);
        site.corpus.reloadConfig(); // a reload (as at the next start) still knows it: the file is merged on load
        assertThat(site.corpus.synonyms().knows("烤火补贴")).isTrue();
    }

    @Test
    void a_disclosure_added_in_the_form_is_saved_as_markdown_and_found_at_once() throws Exception {
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "关于2026年冬季取暖救助发放时间的公告", "category", "社会救助", "type", "公告",
                "published", "2026-11-27", "villages", "", "summary", "12月10日前发到一卡通。",
                "body", "取暖救助金将于2026年12月10日前发放到“一卡通”账户。"));
        assertThat(r.statusCode()).isEqualTo(302);
        String at = r.headers().firstValue("Location").orElseThrow();
        assertThat(at).isEqualTo("/staff/disclosures/GK-2026-0001");
        String file = Files.readString(home.resolve("disclosures/GK-2026-0001.md"));
        assertThat(file).startsWith("---\n").contains("title: 关于2026年冬季取暖救助发放时间的公告").contains("published: 2026-11-27");
        assertThat(site.corpus.search().search(SearchRequest.of("取暖救助发放时间")).hits().get(0).disclosure().id())
                .isEqualTo("GK-2026-0001");
        HttpResponse<String> edit = staff.submit(at, at, Map.of("summary", "12月10日前发到一卡通，不用申请。", "villages", "火星村"));
        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(staff.get(at).body()).contains("不认识的村名");
    }

    @Test
    void report_downloads_in_three_formats_with_the_national_tables() throws Exception {
        HttpResponse<String> csv = staff.get("/staff/report/download?year=2025&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(csv.body()).startsWith("\uFEFF").contains("三、收到和处理政府信息公开申请情况")
                .contains("第二十条第(一)项").contains("(七)总计").contains("复议后起诉");
        assertThat(staff.get("/staff/report/download?year=2025&format=md").body()).contains("| 规章 |");
        assertThat(staff.get("/staff/report/download?year=2025&format=html").body()).contains("<table>");
        staff.submit("/staff/report?year=2025", "/staff/report/figures", Map.of("year", "2025", "licensing", "12",
                "penalty", "3", "coercion", "0", "fees", "1.5", "fees_collected", "0"));
        assertThat(staff.get("/staff/report?year=2025").body()).contains("value=\"12\"").contains("通过");
    }
}
