package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestView;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskScreensTest {
    @TempDir Path home;

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void home_shows_hall_name_and_a_numbered_button_for_every_way_in(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            String screen = k.text();
            assertThat(screen).contains("青禾区便民服务大厅", "1 救助与保障", "5 上学与交通", "6 搜索", "7 最新公开",
                    "8 我要申请", "9 取件码", "0 帮助");
            k.assertAligned();
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void pinyin_initials_on_the_letter_keys_find_the_forest_fire_notice_and_open_it(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("搜索");
            assertThat(k.kiosk.screen()).isInstanceOf(SearchScreen.class);
            k.assertAligned();
            for (String letter : List.of("S", "L", "F", "H")) {
                k.tapAt(k.button(letter).getPosition().getColumn() + 2, k.button(letter).getPosition().getRow() + 1);
            }
            assertThat(k.text()).contains("已输入：SLFH").contains("森林").contains("找到");
            k.assertAligned();
            k.tap("看全部结果");
            assertThat(k.kiosk.screen()).isInstanceOf(ResultsScreen.class);
            assertThat(k.text()).contains("森林防火", "第 1/");
            k.assertAligned();
            k.tap("森林防火");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            assertThat(k.text()).contains("【说的是什么】", "【原文】", "朗读", "有帮助", "没帮助");
            k.assertAligned();
            var logged = k.logged();
            assertThat(logged).extracting(q -> q.channel()).containsOnly(InquiryChannel.KIOSK);
            assertThat(logged).extracting(q -> q.text()).contains("slfh");
            assertThat(logged).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void a_physical_keyboard_types_the_initials_and_enter_lists_the_results() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.type("6");
            k.type("slfh");
            assertThat(k.text()).contains("SLFH");
            k.key(KeyType.Backspace);
            assertThat(k.text()).contains("已输入：SLF ").doesNotContain("已输入：SLFH");
            k.type("h");
            k.key(KeyType.Enter);
            assertThat(k.kiosk.screen()).isInstanceOf(ResultsScreen.class);
            k.type("1");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void results_mark_repealed_documents_in_words_and_page_with_big_buttons(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("最新公开");
            assertThat(k.text()).contains("最新公开：共", "8 上一页", "9 下一页", "0 返回首页", "全区");
            k.assertAligned();
            k.tap("下一页");
            assertThat(k.text()).contains("第 2/");
            k.assertAligned();
            k.tap("返回首页");
            k.tap("搜索");
            k.type("最低生活保障审核确认实施办法");
            k.key(KeyType.Enter);
            assertThat(k.text()).contains("【已废止】青禾区最低生活保障审核确认实施办法", "已废止，不再执行");
            k.assertAligned();
            k.tap("【已废止】");
            assertThat(k.text()).contains("已于 2025-07-01 废止");
            k.assertAligned();
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void a_category_button_lists_its_documents_and_a_document_pages_through_its_text(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("安全与应急");
            assertThat(k.text()).contains("安全与应急：共");
            k.type("1");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            String page1 = k.text();
            assertThat(page1).contains("第 1/");
            if (!page1.contains("第 1/1 页")) {
                k.tap("下一页");
                k.assertAligned();
                assertThat(k.text()).contains("第 2/");
            }
            k.tap("有帮助");
            assertThat(k.text()).contains("很高兴对您有用");
            var logged = k.logged();
            assertThat(logged).anySatisfy(q -> assertThat(q.feedback()).isEqualTo("HELPFUL"));
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void filing_a_request_shows_the_privacy_notice_then_ends_on_the_receipt_number(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("我要申请");
            assertThat(k.text()).contains("我们会记下什么", "保存", "同意");
            k.assertAligned();
            k.tap("同意");
            assertThat(k.text()).contains("第 1 步");
            k.assertAligned();
            k.tap("我自己");
            k.assertAligned();
            // Letters spell pinyin; a candidate puts the character in; a keyboard with an IME types directly.
            for (String l : List.of("Z", "H", "A", "N", "G")) {
                k.tap(l);
            }
            assertThat(k.text()).contains("拼音：zhang");
            k.tap("张");
            k.type("三");
            assertThat(k.text()).contains("▶ 张三");
            k.key(KeyType.Enter);
            assertThat(k.text()).contains("联系电话");
            k.assertAligned();
            k.type("13812345678");
            k.type("#");
            assertThat(k.text()).contains("想要政府的什么信息");
            k.assertAligned();
            k.type("2025年低保名单");
            k.tap("下一步");
            k.assertAligned();
            k.tap("到大厅领纸质的");
            assertThat(k.text()).as("their own number, whole, to check").contains("请核对", "13812345678");
            k.assertAligned();
            k.tap("提交申请");
            k.assertAligned();
            List<RequestView> all = k.written().requests().list(false);
            assertThat(all).hasSize(1);
            RequestView v = all.get(0);
            assertThat(v.request().channel()).isEqualTo(RequestChannel.KIOSK);
            assertThat(v.request().name()).isEqualTo("张三");
            assertThat(v.request().received()).as("the clock starts at the desk").isNull();
            assertThat(k.text()).contains("回执编号：" + ReceiptCode.grouped(v.request().receiptCode()), "20 个工作日", "身份证");
            assertThat(k.kiosk.session().form.name.length()).as("answers forgotten once filed").isZero();
        }
    }

    @Test
    void a_wrong_phone_number_is_refused_in_one_line() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.type("8");
            k.type("1");
            k.type("1");
            k.type("li");
            k.type("1"); // 李, the first candidate of "li"
            k.key(KeyType.Enter);
            k.type("123#");
            assertThat(k.text()).contains("电话号码好像不对");
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void a_pickup_code_from_an_sms_opens_its_document(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            String code = k.app.recordsForTest().pickupCodes().issue("QH-2025-0029");
            k.tap("取件码");
            assertThat(k.text()).contains("6 位数字", "* 删除", "# 打开");
            k.assertAligned();
            k.type("9");
            k.type("9");
            k.type("*");
            k.type("*");
            for (char c : code.substring(0, 5).toCharArray()) {
                k.tap(String.valueOf(c).equals("0") ? "0" : String.valueOf(c));
            }
            assertThat(k.text()).contains("已输入：" + String.join(" ", code.substring(0, 5).split("")) + " _");
            k.type(code.substring(5));
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            assertThat(k.text()).contains("秋季森林草原防灭火");
        }
    }

    @Test
    void an_unknown_pickup_code_says_so_and_stays() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.type("9");
            k.type("000000");
            assertThat(k.kiosk.screen()).isInstanceOf(PickupScreen.class);
            assertThat(k.text()).contains("没有找到这个取件码");
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void help_calls_staff_and_goes_back_home(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("帮助");
            assertThat(k.text()).contains("用手指点按钮就行");
            k.assertAligned();
            k.tap("呼叫工作人员");
            assertThat(k.text()).contains("已经呼叫工作人员");
            k.tap("返回首页");
            assertThat(k.kiosk.screen()).isInstanceOf(HomeScreen.class);
        }
    }

    @Test
    void quiet_time_sends_a_menu_home_and_forgets_the_form() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("我要申请");
            k.tap("同意");
            k.tap("我自己");
            k.type("wang");
            k.idle(Duration.ofSeconds(30));
            assertThat(k.kiosk.screen()).isInstanceOf(RequestScreen.class);
            k.idle(Duration.ofSeconds(31));
            assertThat(k.kiosk.screen()).isInstanceOf(HomeScreen.class);
            assertThat(k.kiosk.session().form).isNull();
            k.tap("我要申请");
            k.tap("同意");
            k.tap("我自己");
            assertThat(k.text()).doesNotContain("WANG").doesNotContain("wang");
        }
    }

    @Test
    void a_reading_screen_waits_longer_than_a_menu() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("最新公开");
            k.type("1");
            k.idle(Duration.ofSeconds(120));
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            k.idle(Duration.ofSeconds(200));
            assertThat(k.kiosk.screen()).isInstanceOf(HomeScreen.class);
        }
    }

    @Test
    void ctrl_c_does_nothing_and_only_the_staff_sequence_with_the_pin_leaves() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.vt.addInput(new KeyStroke('c', true, false));
            k.pump();
            assertThat(k.kiosk.exited()).isFalse();
            for (int i = 0; i < 3; i++) {
                k.key(KeyType.F12);
            }
            assertThat(k.text()).contains("工作人员退出");
            k.assertAligned();
            k.type("1111#");
            assertThat(k.kiosk.exited()).isFalse();
            assertThat(k.text()).contains("密码不对");
            for (int i = 0; i < 3; i++) {
                k.key(KeyType.F12);
            }
            k.type("246810");
            k.key(KeyType.Enter);
            assertThat(k.kiosk.exited()).isTrue();
        }
    }

    @Test
    void an_unexpected_error_apologises_in_one_line_and_returns_home() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("最新公开");
            k.kiosk.safely(() -> {
                throw new IllegalStateException("boom");
            });
            k.pump();
            assertThat(k.kiosk.screen()).isInstanceOf(HomeScreen.class);
            assertThat(k.text()).contains("对不起，刚才出了点问题").doesNotContain("Exception").doesNotContain("boom");
        }
    }

    @Test
    void a_new_terminal_size_lays_the_screen_out_again() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("搜索");
            k.resize(123, 37);
            assertThat(k.kiosk.builtSize().getColumns()).isEqualTo(123);
            assertThat(k.text()).contains("0 返回首页");
            k.assertAligned();
            k.resize(80, 24);
            k.assertAligned();
        }
    }
}
