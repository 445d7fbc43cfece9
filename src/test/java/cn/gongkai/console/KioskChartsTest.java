package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.gateway.KioskApi;
import cn.gongkai.gateway.Server;
import cn.gongkai.terminals.Terminals;
import cn.gongkai.twilio.TwilioWebhook;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two kiosks send what residents did through the real kiosk API (over loopback HTTP); staff read
 * the per-kiosk usage and satisfaction on the console, and see on the inquiry and request pages
 * which kiosk (and hall) each came from. "Today" is the tests' fixed 2026-11-27.
 */
class KioskChartsTest {
    @TempDir static Path home;
    static StaffSite site;
    static Server api;
    static String hall;
    static String town;
    static long hallRequest;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        site = new StaffSite(home, Duration.ofMinutes(30));
        Terminals t = new Terminals(site.records.database(), site.records.clock());
        hall = t.register("大厅1号机", "青禾区政务服务中心", null, "tester");
        town = t.register("石门镇1号机", "石门镇便民服务中心", null, "tester");
        t.register("旧机器", "仓库", null, "tester");
        t.revoke("旧机器", "tester"); // revoked and silent: not on the page
        api = new Server(site.corpus, TwilioWebhook.closed("no sms"),
                cn.gongkai.gateway.voice.VoiceWebhook.closed("no voice"), null, null, site.records.database(),
                new KioskApi(site.corpus, site.records)).start(0);

        String day = "2026-11-26T02:00:00Z";
        // 大厅: two searches, three documents opened, one inquiry from an older kiosk that did not say which.
        send(hall, "/inquiries", "{\"id\":\"h-search-1\",\"what\":\"SEARCH\",\"text\":\"dibao\",\"result_ids\":[],\"at\":\"" + day + "\"}");
        send(hall, "/inquiries", "{\"id\":\"h-search-2\",\"what\":\"SEARCH\",\"text\":\"slfh\",\"result_ids\":[],\"at\":\"" + day + "\"}");
        for (int i = 1; i <= 3; i++) {
            send(hall, "/inquiries", "{\"id\":\"h-view-000" + i + "\",\"what\":\"VIEW\",\"text\":\"slfh\",\"result_ids\":[\"QH-2025-0001\"],\"at\":\"" + day + "\"}");
        }
        send(hall, "/inquiries", "{\"id\":\"h-old-0001\",\"text\":\"低保\",\"result_ids\":[],\"at\":\"" + day + "\"}");
        // Feedback: 有帮助; 没帮助 then changed to 有帮助 (the last answer counts); 没帮助.
        send(hall, "/feedback", "{\"id\":\"h-fb-0001\",\"inquiry\":\"h-view-0001\",\"helpful\":true,\"at\":\"" + day + "\"}");
        send(hall, "/feedback", "{\"id\":\"h-fb-0002\",\"inquiry\":\"h-view-0002\",\"helpful\":false,\"at\":\"2026-11-26T02:01:00Z\"}");
        send(hall, "/feedback", "{\"id\":\"h-fb-0003\",\"inquiry\":\"h-view-0002\",\"helpful\":true,\"at\":\"2026-11-26T02:02:00Z\"}");
        send(hall, "/feedback", "{\"id\":\"h-fb-0004\",\"inquiry\":\"h-view-0003\",\"helpful\":false,\"at\":\"" + day + "\"}");
        hallRequest = JSON.readTree(send(hall, "/requests", "{\"id\":\"h-request-1\",\"applicant_type\":\"NATURAL_PERSON\","
                + "\"name\":\"李四\",\"contact\":\"13812345678\",\"content\":\"大厅自助机申请的低保名单\",\"at\":\"" + day + "\"}"))
                .path("request").asLong();
        send(hall, "/calls", "{\"id\":\"h-call-0001\",\"at\":\"" + day + "\"}");
        // 石门镇: one document, 没帮助, two staff calls; and a search long before the default 30 days.
        send(town, "/inquiries", "{\"id\":\"t-view-0001\",\"what\":\"VIEW\",\"text\":\"镇上\",\"result_ids\":[\"QH-2025-0001\"],\"at\":\"" + day + "\"}");
        send(town, "/feedback", "{\"id\":\"t-fb-0001\",\"inquiry\":\"t-view-0001\",\"helpful\":false,\"at\":\"" + day + "\"}");
        send(town, "/calls", "{\"id\":\"t-call-0001\",\"at\":\"" + day + "\"}");
        send(town, "/calls", "{\"id\":\"t-call-0002\",\"at\":\"" + day + "\"}");
        send(town, "/inquiries", "{\"id\":\"t-search-old\",\"what\":\"SEARCH\",\"text\":\"旧事\",\"result_ids\":[],\"at\":\"2026-09-01T02:00:00Z\"}");
        // A repeated send (a queue replayed after a lost answer) counts once.
        send(town, "/calls", "{\"id\":\"t-call-0002\",\"at\":\"" + day + "\"}");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (site != null) {
            site.close();
        }
    }

    static String send(String token, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + "/api/kiosk" + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return r.body();
    }

    /** The cells of the kiosk's row, as text, joined by "|". */
    static String row(String html, String kiosk) {
        Matcher m = Pattern.compile("<tr[^>]*data-kiosk=\"" + Pattern.quote(kiosk) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of " + kiosk + " in\n" + html).isTrue();
        return m.group(1).replaceAll("<span class=\"bar\"[^>]*></span>", "").replaceAll("</td>\\s*<td[^>]*>", "|")
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").replaceAll(" ?\\| ?", "|").strip();
    }

    @Test
    void per_kiosk_usage_and_satisfaction_for_the_last_30_days_and_a_chosen_period() throws Exception {
        var staff = site.client().loggedIn(StaffSite.STAFF);
        HttpResponse<String> page = staff.get("/staff/kiosks");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        Messages m = Messages.load(new ConfigFiles(new Home(home)));
        // Headings from messages.yaml, the feedback and call words the kiosk's own buttons use.
        assertThat(html).contains(m.get("staff_kiosks.title"), m.get("staff_kiosks.views"), m.get("staff_kiosks.searches"),
                m.get("kiosk.document.helpful"), m.get("kiosk.document.unhelpful"), m.get("kiosk.help.call"),
                m.get("staff_kiosks.period", "from", "2026-10-29", "to", "2026-11-27"));
        // name | hall | views | searches | inquiries | requests | calls | helpful | unhelpful | satisfaction
        assertThat(row(html, "大厅1号机")).isEqualTo("大厅1号机|青禾区政务服务中心|3|2|6|1|1|2|1|67%");
        assertThat(row(html, "石门镇1号机")).isEqualTo("石门镇1号机|石门镇便民服务中心|1|0|1|0|2|0|1|0%");
        assertThat(html).doesNotContain("旧机器");
        // The SVG charts carry each kiosk with its number.
        assertThat(html).contains("<title>大厅1号机（青禾区政务服务中心） 6</title>", "<title>石门镇1号机（石门镇便民服务中心） 1</title>",
                "<title>大厅1号机（青禾区政务服务中心） 67</title>", "<title>石门镇1号机（石门镇便民服务中心） 0</title>");

        // A chosen period reaching back to September counts the old search; a period with nothing says so.
        String wide = staff.get("/staff/kiosks?from=2026-09-01&to=2026-11-27").body();
        assertThat(row(wide, "石门镇1号机")).isEqualTo("石门镇1号机|石门镇便民服务中心|1|1|2|0|2|0|1|0%");
        String quiet = staff.get("/staff/kiosks?from=2026-10-01&to=2026-10-31").body();
        assertThat(row(quiet, "大厅1号机")).endsWith("|0|0|0|0|0|0|0|" + m.get("staff_kiosks.no_answers"));
        assertThat(quiet).contains(m.get("staff_kiosks.no_usage"), m.get("staff_kiosks.no_feedback"));

        // A date that is not one: a kind sentence and the default period, never an error page.
        HttpResponse<String> bad = staff.get("/staff/kiosks?from=" + StaffSite.enc("11月1日"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains(m.get("staff_kiosks.bad_date", "value", "11月1日")).contains("id=\"period-error\"");
        assertThat(row(bad.body(), "大厅1号机")).startsWith("大厅1号机|青禾区政务服务中心|3|2|6");
    }

    @Test
    void the_inquiry_and_request_pages_name_the_kiosk_and_its_hall() throws Exception {
        var staff = site.client().loggedIn(StaffSite.STAFF);
        String inquiries = staff.get("/staff/inquiries?channel=KIOSK").body();
        assertThat(inquiries).contains("大厅1号机 · 青禾区政务服务中心", "石门镇1号机 · 石门镇便民服务中心");
        String requests = staff.get("/staff/requests").body();
        assertThat(requests).contains("大厅1号机 · 青禾区政务服务中心");
        String request = staff.get("/staff/requests/" + hallRequest).body();
        assertThat(request).contains("<span id=\"kiosk\">大厅1号机 · 青禾区政务服务中心</span>");
    }

    /** In real Chromium: the table reads as staff see it and the bars are drawn with a size. */
    @Test
    void in_a_browser_the_table_and_the_bars_are_drawn() throws Exception {
        cn.gongkai.testing.Needs.tool(new java.io.File(ConsoleBrowserTest.CHROMIUM).canExecute()
                && new java.io.File(ConsoleBrowserTest.CHROMEDRIVER).canExecute(),
                "chromium and chromedriver are installed by scripts/install-test-deps.sh");
        System.setProperty("webdriver.chrome.driver", ConsoleBrowserTest.CHROMEDRIVER);
        var options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(ConsoleBrowserTest.CHROMIUM);
        Path profile = java.nio.file.Files.createTempDirectory(home, "chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        var service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(ConsoleBrowserTest.CHROMEDRIVER)).usingAnyFreePort().build();
        org.openqa.selenium.WebDriver browser = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        try {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            browser.get(site.url("/staff/kiosks"));
            browser.findElement(org.openqa.selenium.By.id("name")).sendKeys(StaffSite.STAFF);
            browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(StaffSite.PASSWORD);
            browser.findElement(org.openqa.selenium.By.id("login")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/staff/kiosks"));
            String hallRow = browser.findElement(org.openqa.selenium.By.cssSelector("tr[data-kiosk='大厅1号机']")).getText();
            assertThat(hallRow).contains("大厅1号机", "青禾区政务服务中心", "67%");
            var bars = browser.findElements(org.openqa.selenium.By.cssSelector("#chart-kiosk-usage rect"));
            assertThat(bars).hasSize(2);
            // 6 inquiries against 1: one bar is drawn six times as wide as the other.
            var widths = bars.stream().map(b -> b.getSize().getWidth()).sorted().toList();
            assertThat(widths.get(0)).isPositive();
            assertThat(widths.get(1)).isGreaterThan(5 * widths.get(0));
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("a[href='/staff/kiosks']")).getAttribute("class"))
                    .isEqualTo("on");
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_page_is_for_staff_only() throws Exception {
        HttpResponse<String> r = site.client().get("/staff/kiosks");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/staff/login");
    }
}
