package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.TestHomes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pages on the kiosk's screen (a virtual terminal read back cell by cell): a 名单 table in
 * aligned columns, no Markdown mark on any page of any imported document, the lead shown as 摘录.
 */
class KioskTablesTest {
    @TempDir Path home;

    @Test
    void imported_pages_show_tables_in_columns_and_no_markdown_on_any_page() {
        List<Disclosure> all;
        try (Corpus c = TestHomes.corpusOf(home, TestHomes.resource("/pages/site"))) {
            assertThat(c.size()).isGreaterThanOrEqualTo(30);
            all = c.all();
        }
        try (KioskHarness k = KioskHarness.open(home, 80, 24)) {
            boolean sawColumns = false;
            boolean sawExcerpt = false;
            for (Disclosure d : all) {
                k.kiosk.show(new DocumentScreen(k.kiosk, d, null, k.kiosk.screen()));
                k.pump();
                for (int page = 0; page < 30; page++) {
                    String screen = k.text();
                    assertThat(screen).as(d.id()).doesNotContain("|").doesNotContain("**").doesNotContain("| ---")
                            .doesNotContainPattern("(?m)^\\s*#{1,6}\\s");
                    k.assertAligned();
                    sawColumns |= screen.contains("序号  镇      村      户主姓名  改造方式");
                    sawExcerpt |= screen.contains("【摘录】");
                    if (k.kiosk.page().byKey("2") == null) {
                        break;
                    }
                    k.type("2");
                }
            }
            assertThat(sawColumns).as("the 名单 table laid out in columns").isTrue();
            assertThat(sawExcerpt).as("a lead shown as 摘录, not as 解读").isTrue();
        }
    }
}
