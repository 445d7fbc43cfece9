package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.inquiries.InquiryFilter;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a first day in the hall turned up (issue 17), on the virtual terminal. */
class KioskFirstDayTest {
    @TempDir Path home;

    @Test
    void going_home_forgets_the_letters_typed_and_the_document_read() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("搜索");
            k.type("db");
            assertThat(k.text()).contains("已输入：DB");
            k.tap("返回首页");
            k.tap("搜索");
            assertThat(k.text()).doesNotContain("已输入：DB").contains("已输入：");

            k.type("slfh");
            k.key(KeyType.Enter);
            k.type("1");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            k.key(KeyType.Escape);
            assertThat(k.kiosk.screen()).isInstanceOf(HomeScreen.class);
            k.tap("我要申请");
            k.tap("同意");
            k.tap("我自己");
            k.type("wang");
            k.key(KeyType.Enter);
            k.type("13800138000");
            k.type("#");
            assertThat(k.text()).as("the request form of the next person").doesNotContain("森林", "《");
            k.key(KeyType.Escape);
            k.tap("我要申请");
            k.tap("同意");
            k.tap("我自己");
            assertThat(k.text()).doesNotContain("WANG").doesNotContain("wang");
        }
    }

    @ParameterizedTest
    @CsvSource({"80,24", "160,48"})
    void a_document_offers_only_the_moves_that_exist_and_takes_one_answer(int cols, int rows) {
        try (KioskHarness k = KioskHarness.open(home, cols, rows)) {
            k.tap("搜索");
            k.type("slfh");
            k.key(KeyType.Enter);
            k.type("1");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            int pages = 1;
            while (true) {
                String screen = k.text();
                String footer = k.row(rows - 1);
                boolean first = pages == 1;
                boolean last = !hasButton(k, "下一页");
                assertThat(hasButton(k, "上一页")).as("上一页 on page %d", pages).isEqualTo(!first);
                assertThat(footer.contains("按 1")).as("footer offers 上一页: %s", footer).isEqualTo(!first);
                assertThat(footer.contains("按 2")).as("footer offers 下一页: %s", footer).isEqualTo(!last);
                BigButton focused = (BigButton) k.kiosk.gui().getActiveWindow().getFocusedInteractable();
                if (first) {
                    assertThat(focused.lines.get(0)).isIn("下一页", "朗读", "本机不能朗读", "停止朗读");
                }
                assertThat(screen).doesNotContain("第 " + pages + "/" + pages + " 页 · 按 2");
                if (last) {
                    break;
                }
                k.type("2");
                pages++;
                assertThat(pages).isLessThan(50);
            }
            k.type("5");
            assertThat(k.text()).contains("我们会改进").doesNotContain("很高兴");
            assertThat(hasButton(k, "有帮助")).isFalse();
            assertThat(hasButton(k, "没帮助")).isFalse();
            k.type("4");
            assertThat(k.text()).doesNotContain("很高兴");
            var logged = k.logged();
            assertThat(logged).filteredOn(q -> q.feedback() != null).singleElement()
                    .satisfies(q -> assertThat(q.feedback()).isEqualTo("UNHELPFUL"));
        }
    }

    @Test
    void helpful_and_unhelpful_give_different_thanks() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            k.tap("安全与应急");
            k.type("1");
            k.tap("有帮助");
            assertThat(k.text()).contains("很高兴对您有用").doesNotContain("我们会改进");
        }
    }

    @Test
    void numbers_and_dates_are_never_cut_across_lines() {
        String text = "请于2025年12月20日前到村委会登记，联系电话0571-88886666，补贴标准每人每月1,250元。"
                .repeat(3);
        for (int cols = 20; cols <= 78; cols++) {
            List<String> lines = Cells.wrap(text, cols);
            assertThat(String.join("", lines)).isEqualTo(text);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String a = lines.get(i);
                String b = lines.get(i + 1);
                assertThat(Cells.width(a)).isLessThanOrEqualTo(cols);
                assertThat(Cells.glued(a + b, a.length())).as("%d cols: \"%s\" / \"%s\"", cols, a, b).isFalse();
            }
        }
        assertThat(Cells.wrap("一二三四12月20日前", 14)).containsExactly("一二三四", "12月20日前");
    }

    private static boolean hasButton(KioskHarness k, String words) {
        return k.kiosk.page().buttons().stream().anyMatch(b -> b.lines.get(0).equals(words));
    }

    @Test
    void calling_staff_reaches_the_console_and_tells_the_person_what_happens() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            var calls = new cn.gongkai.hall.StaffCalls(k.app.recordsForTest().database(), k.clock);
            k.tap("帮助");
            k.tap("呼叫工作人员");
            assertThat(k.text()).contains("已经呼叫工作人员（");
            k.written(); // the call is journaled at the tap and written from a background thread
            var open = calls.open();
            assertThat(open).singleElement().satisfies(c -> {
                assertThat(c.kiosk()).isEqualTo("大厅 1 号机");
                assertThat(c.outcome()).isEqualTo(cn.gongkai.hall.StaffCalls.Outcome.WAITING);
            });
            k.tap("呼叫工作人员");
            assertThat(calls.open()).as("one call per person").hasSize(1);
            long id = open.get(0).id();
            // the console (another process) answers through the database
            calls.coming(id, "wang");
            k.idle(java.time.Duration.ofSeconds(30));
            assertThat(k.text()).contains("马上就来");
            calls.arrived(id, "wang");
            k.idle(java.time.Duration.ofSeconds(1));
            assertThat(k.text()).contains("工作人员已经到了");
        }
    }

    @Test
    void an_unanswered_call_shows_the_office_phone_and_is_logged_so() {
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            var calls = new cn.gongkai.hall.StaffCalls(k.app.recordsForTest().database(), k.clock);
            k.tap("帮助");
            k.tap("呼叫工作人员");
            k.idle(java.time.Duration.ofSeconds(90));
            assertThat(k.text()).doesNotContain("0421-0000000");
            assertThat(k.kiosk.screen()).as("waiting is not idling").isInstanceOf(HelpScreen.class);
            k.idle(java.time.Duration.ofSeconds(95));
            assertThat(k.text()).contains("走不开", "0421-0000000");
            k.written();
            var c = calls.open().get(0);
            assertThat(c.outcome()).isEqualTo(cn.gongkai.hall.StaffCalls.Outcome.PHONE_SHOWN);
            assertThat(c.phoneShownAt()).isNotNull();
        }
    }
}
