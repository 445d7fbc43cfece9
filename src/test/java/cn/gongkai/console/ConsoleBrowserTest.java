package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.testing.Needs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's headless Chromium), as a member of staff uses it:
 * log in, turn an SMS question into a formal request, ask for a correction, conclude it, and
 * see it counted in the annual report. With {@code -Dgongkai.screenshots=docs} it also saves
 * the README's screenshots.
 */
class ConsoleBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir static Path home;
    @TempDir static Path profile;
    static StaffSite site;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Needs.tool(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "chromium and chromedriver are installed by scripts/install-test-deps.sh");
        site = new StaffSite(home, Duration.ofMinutes(30));
        // Never let Selenium Manager look for (or download) a driver or a browser: both are given.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void an_sms_question_becomes_a_request_is_corrected_concluded_and_counted() throws Exception {
        seed();
        long inquiry = site.records.inquiries().record(new NewInquiry(InquiryChannel.SMS, null, "石门村",
                "我想申请公开石门村2026年危房改造补助名单", List.of(), true, "+8613912345678", "SM-browser-1", null, null));

        open("/staff/today");
        assertThat(browser.getCurrentUrl()).contains("/staff/login");
        browser.findElement(By.id("name")).sendKeys(StaffSite.STAFF);
        browser.findElement(By.id("password")).sendKeys(StaffSite.PASSWORD);
        click(By.id("login"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/today");
        assertThat(browser.findElement(By.id("open-requests")).getText()).contains("已逾期").contains("即将到期");
        shot("today");

        open("/staff/inquiries?channel=SMS");
        assertThat(browser.findElement(By.id("inquiry-" + inquiry)).getText()).contains("139****5678")
                .doesNotContain("13912345678");
        click(By.cssSelector("#inquiry-" + inquiry + " a[href$='/request']"));
        browser.findElement(By.id("name")).sendKeys("李大爷");
        click(By.id("make-request"));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("未执行").contains("核实");
        browser.findElement(By.id("identity")).click(); // a checkbox: no page load
        click(By.id("make-request"));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("已转为正式申请").contains("收到日期 2026-11-27");
        String requestUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("computed")).getText()).contains("2026-12-25").contains("条例第三十三条");

        browser.findElement(By.id("correction-detail")).sendKeys("请写明是哪一年度、哪一批次的补助名单。");
        click(By.cssSelector("#form-correction button"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("等待补正");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("告知补正").contains("哪一批次");
        shot("request");

        // Art. 30: 逾期不补正 only once the period the notice gave (15 working days) has passed.
        new Select(browser.findElement(By.id("result"))).selectByValue("OTHER_NO_CORRECTION");
        browser.findElement(By.id("reply")).sendKeys("申请人逾期未补正，不再处理。");
        click(By.cssSelector("#form-conclude button"));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("未执行").contains("第三十条");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("等待补正");
        new Select(browser.findElement(By.id("result"))).selectByValue("UNAVAILABLE_NOT_HELD");
        browser.findElement(By.id("reply")).sendKeys("经检索，本机关不掌握该信息。");
        click(By.cssSelector("#form-conclude button"));
        assertThat(browser.getCurrentUrl()).isEqualTo(requestUrl);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已办结");

        open("/staff/demand");
        assertThat(browser.findElement(By.id("demand")).getText()).contains("烤火");
        shot("demand");

        open("/staff/report?year=2026");
        assertThat(browser.findElement(By.id("row-NEW")).getText()).endsWith(" 4");
        assertThat(browser.findElement(By.id("row-UNAVAILABLE_NOT_HELD")).getText()).endsWith(" 1");
        assertThat(browser.findElement(By.id("checks")).getText()).doesNotContain("不成立");
        shot("report");
        open("/staff/charts");
        shot("charts");
    }

    /** A few questions and requests so the pages look like a working office's. */
    private static void seed() {
        var log = site.records.inquiries();
        for (String text : List.of("烤火费什么时候发", "烤火费 什么时候发？", "村里修桥的钱从哪来", "老年证在哪办")) {
            log.record(NewInquiry.of(InquiryChannel.SMS, text, List.of()));
        }
        log.record(NewInquiry.of(InquiryChannel.KIOSK, "烤火费什么时候发", List.of()));
        long helped = log.record(NewInquiry.of(InquiryChannel.KIOSK, "低保", List.of("QH-2025-0001")));
        log.feedback(helped, true);
        var requests = site.records.requests();
        requests.add(new NewRequest(ApplicantType.NATURAL_PERSON, "王某", null, true, RequestChannel.IN_PERSON,
                "2026年耕地地力保护补贴发放明细", null, LocalDate.of(2026, 10, 20), null), "wang");
        requests.add(new NewRequest(ApplicantType.BUSINESS, "某农业合作社", null, true, RequestChannel.MAIL,
                "高标准农田建设项目招标文件", null, LocalDate.of(2026, 11, 2), null), "wang");
        requests.add(new NewRequest(ApplicantType.NATURAL_PERSON, "赵某", null, true, RequestChannel.IN_PERSON,
                "村集体经济收支公开情况", null, LocalDate.of(2026, 11, 24), null), "wang");
    }

    /** Clicks something that loads a new page, and waits until the old one is gone. */
    private static void click(By by) {
        var old = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        // Chromium sometimes reports a node of the old page as "does not belong to the document"
        // instead of stale: either way the old page is gone. Then wait for the new one to load.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void open(String path) {
        browser.get(site.url(path));
    }

    private static void shot(String name) throws Exception {
        String dir = System.getProperty("gongkai.screenshots");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir).resolve("console-" + name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
