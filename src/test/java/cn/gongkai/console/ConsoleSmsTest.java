package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console pages that work through the SMS channel: simulator, village directory, notices on publish. */
class ConsoleSmsTest {
    private static final Pattern LAST_REPLY = Pattern.compile("<div class=\"bubble out\" id=\"last\">(.*?)</div>",
            Pattern.DOTALL);

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

    /** Sends a text in the simulator and returns the reply as the page shows it. */
    static String simulate(StaffSite.Client c, String from, String text) throws Exception {
        HttpResponse<String> r = c.submit("/staff/sms", "/staff/sms", Map.of("from", from, "text", text));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String page = c.get(r.headers().firstValue("Location").orElseThrow().replace("#last", "")).body();
        Matcher m = LAST_REPLY.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return unescape(m.group(1));
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    static List<Inquiry> logged(String phone) {
        return site.records.inquiries().list(new InquiryFilter(InquiryChannel.SMS, null, null, null, null, 0)).stream()
                .filter(q -> phone.equals(q.senderPhone())).toList();
    }

    @Test
    void simulator_replies_as_the_sms_command_would_and_logs_an_sms_inquiry() throws Exception {
        String shown = simulate(staff, "", "低保");
        Cli.Result cli = Cli.run(TestHomes.CLOCK, "sms", "--home", home.toString(), "--from", "13900000301", "低保");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(shown).isEqualTo(cli.out().strip()).contains("1.");
        List<Inquiry> q = logged(Numbers.normalize(SmsSimulator.SENDER));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("低保");
        assertThat(q.get(0).externalId()).startsWith("console-sim:" + StaffSite.STAFF + ":");
        assertThat(q.get(0).resultIds()).isNotEmpty();
        String page = staff.get("/staff/sms").body();
        assertThat(page).contains("字 · ").contains("条短信计费").contains("/staff/inquiries?id=" + q.get(0).id());
    }

    @Test
    void a_simulated_conversation_continues_across_posts_from_the_same_number() throws Exception {
        String first = simulate(staff, "13900000302", "低保");
        assertThat(first).contains("更多");
        String more = simulate(staff, "13900000302", "更多");
        assertThat(more).isNotEqualTo(first).contains("4.").doesNotContain("\n1.");
        String detail = simulate(staff, "13900000302", "1");
        assertThat(detail).contains("取件码");
        // another member of staff does not see these exchanges, nor does the same page for another number
        var admin = site.client().loggedIn(StaffSite.ADMIN);
        assertThat(admin.get("/staff/sms?from=13900000302").body()).contains("还没有用这个号码模拟过");
        assertThat(staff.get("/staff/sms?from=13900000302").body()).contains("低保").contains("更多");
    }

    @Test
    void simulator_refuses_a_sender_that_is_not_a_phone_number() throws Exception {
        HttpResponse<String> r = staff.submit("/staff/sms", "/staff/sms", Map.of("from", "hello", "text", "低保"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(staff.get(r.headers().firstValue("Location").orElseThrow()).body()).contains("未执行").contains("不像手机号");
        assertThat(logged("hello")).isEmpty();
    }

    @Test
    void a_registered_village_is_masked_for_staff_audited_and_ranks_first_in_sms_search() throws Exception {
        String phone = "13900000305";
        String before = simulate(staff, phone, "村务公开");
        assertThat(firstResult(before)).doesNotContain("石门村");
        HttpResponse<String> r = staff.submit("/staff/villages", "/staff/villages", Map.of("phone", phone, "village", "石门村"));
        assertThat(r.statusCode()).isEqualTo(302);
        String page = staff.get("/staff/villages").body();
        assertThat(page).contains("已登记 139****0305 → 石门村").contains("139****0305").contains("工作人员登记")
                .doesNotContain("13900000305").doesNotContain("显示完整号码");
        assertThat(site.sms.preferences().villageOf(phone)).contains("石门村");
        String after = simulate(staff, phone, "村务公开");
        assertThat(firstResult(after)).contains("石门村");

        var admin = site.client().loggedIn(StaffSite.ADMIN);
        String adminPage = admin.get("/staff/villages").body();
        assertThat(adminPage).contains("139****0305").contains("显示完整号码").doesNotContain("13900000305");
        String key = keyOf(adminPage, "139****0305");
        assertThat(staff.submit("/staff/villages", "/staff/villages/reveal", Map.of("key", key)).statusCode()).isEqualTo(403);
        HttpResponse<String> shown = admin.submit("/staff/villages", "/staff/villages/reveal", Map.of("key", key));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("+8613900000305");

        assertThat(staff.submit("/staff/villages", "/staff/villages/remove", Map.of("key", key)).statusCode()).isEqualTo(302);
        assertThat(staff.get("/staff/villages").body()).contains("已取消 139****0305 的登记");
        assertThat(site.sms.preferences().villageOf(phone)).isEmpty();
        String audit = admin.get("/staff/audit").body();
        assertThat(audit).contains("VILLAGE_PHONE_REGISTERED").contains("VILLAGE_PHONE_REMOVED")
                .contains("village_phone 139****0305").doesNotContain("13900000305");
    }

    @Test
    void a_village_not_in_the_list_or_a_bad_number_is_refused() throws Exception {
        staff.submit("/staff/villages", "/staff/villages", Map.of("phone", "13812340000", "village", "火星村"));
        assertThat(staff.get("/staff/villages").body()).contains("未执行").contains("不认识的村名");
        staff.submit("/staff/villages", "/staff/villages", Map.of("phone", "12345", "village", "石门村"));
        assertThat(staff.get("/staff/villages").body()).contains("未执行").contains("不像手机号");
        assertThat(site.sms.preferences().villageOf("13812340000")).isEmpty();
    }

    @Test
    void publishing_in_a_subscribed_category_queues_a_notice_to_the_subscriber() throws Exception {
        assertThat(simulate(staff, "13900000303", "订阅 残疾人服务")).contains("残疾人服务");
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "关于2026年残疾人两项补贴提标的通知", "category", "残疾人服务", "type", "通知",
                "published", "2026-11-27", "villages", "", "summary", "每月多发20元。", "body", "自2027年1月起两项补贴每月提高20元。"));
        assertThat(r.statusCode()).isEqualTo(302);
        String at = r.headers().firstValue("Location").orElseThrow();
        assertThat(staff.get(at).body()).contains("已给 1 个订阅号码排队发送通知短信");
        List<Outbox.Row> queued = site.sms.outbox().list(50).stream()
                .filter(o -> o.to().equals("+8613900000303")).toList();
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).kind()).isEqualTo(Outbox.Kind.SUBSCRIPTION);
        assertThat(queued.get(0).status()).isEqualTo("QUEUED");
        assertThat(queued.get(0).body()).contains("残疾人两项补贴");
    }

    @Test
    void publishing_with_no_subscribers_says_so() throws Exception {
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "关于2026年某项无人订阅事项的说明", "category", "无人订阅的分类", "type", "其他",
                "published", "2026-11-27", "body", "正文。"));
        assertThat(staff.get(r.headers().firstValue("Location").orElseThrow()).body()).contains("未发通知");
    }

    @Test
    void an_opted_out_subscriber_gets_no_notice_and_the_page_says_so() throws Exception {
        assertThat(simulate(staff, "13900000344", "订阅 人居环境整治")).contains("人居环境整治");
        simulate(staff, "13900000344", "TD");
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "关于2026年冬季村庄清洁行动的通知", "category", "人居环境整治", "type", "通知",
                "published", "2026-11-27", "villages", "", "summary", "补助标准。", "body", "正文。"));
        String page = staff.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("未发通知", "1 个订阅号码已退订短信，不发");
        assertThat(site.sms.outbox().list(100)).noneMatch(o -> o.to().equals("+8613900000344")
                && o.kind() == Outbox.Kind.SUBSCRIPTION);
    }

    /** The first numbered result of a reply, up to the second. */
    private static String firstResult(String reply) {
        int one = reply.indexOf("1.");
        int two = reply.indexOf("2.");
        assertThat(one).as(reply).isGreaterThanOrEqualTo(0);
        return reply.substring(one, two > one ? two : reply.length());
    }

    private static String keyOf(String page, String masked) {
        Matcher m = Pattern.compile(Pattern.quote(masked) + ".*?name=\"key\" value=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
