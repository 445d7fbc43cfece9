package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.outreach.Segments;
import cn.gongkai.outreach.SmsSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detail reply for real pages, which have no plain-language summary: the derived lead marked
 * as an excerpt (摘录), or for a page that is a formula and a table, the table's first
 * "行 列 值" lines — whole lines, within the segment budget, never the salutation or legal basis.
 */
class SmsExcerptTest {
    @TempDir Path home;
    Replies replies;
    int budget;
    Map<String, Disclosure> pages;

    @BeforeEach
    void setUp() {
        ConfigFiles config = new ConfigFiles(new Home(home));
        SmsSettings settings = SmsSettings.load(config);
        budget = settings.segments();
        replies = new Replies(Messages.load(config), settings);
        pages = new Importer().read(List.of(TestHomes.resource("/pages/site"))).disclosures().stream()
                .collect(Collectors.toMap(Disclosure::id, Function.identity()));
    }

    @Test
    void a_page_without_summary_sends_its_lead_marked_as_an_excerpt() {
        Disclosure d = pages.get("xxgk-tzgg-202503-t20250314_1014");
        assertThat(d.hasSummary()).isFalse();
        String reply = replies.detail(d, "123456");
        assertThat(reply).contains("（摘录）：经区政府研究决定,自2025年4月1日起调整全区最低生活保障标准。");
        assertThat(Segments.fits(reply, budget)).isTrue();
    }

    @Test
    void a_page_that_is_a_formula_and_a_table_sends_whole_row_column_value_lines() {
        Disclosure d = pages.get("xxgk-tzgg-202503-t20250329_1029");
        assertThat(d.lead()).isEmpty();
        String reply = replies.detail(d, "123456");
        assertThat(reply).contains("（摘录）：学前教育 受助人数 312\n学前教育 资助金额(元) 156,000\n")
                .doesNotContain("公示如下").doesNotContain("|");
        assertThat(Segments.fits(reply, budget)).isTrue();
        // whole lines only: every table line in the reply is complete
        for (String line : reply.split("\n")) {
            if (line.startsWith("学前教育") || line.startsWith("普通高中")) {
                assertThat(line).matches("\\S+ \\S+ [\\d,]+");
            }
        }
    }

    @Test
    void no_detail_reply_of_a_real_page_is_a_salutation_or_a_legal_basis_sentence() {
        for (Disclosure d : pages.values()) {
            String reply = replies.detail(d, "123456");
            String said = reply.substring(reply.indexOf('：') + 1);
            assertThat(said).as(d.id()).doesNotStartWith("根据").doesNotStartWith("依据").doesNotStartWith("按照")
                    .doesNotContainPattern("^[^。]{0,40}[：:]\\s*$").doesNotContain("如下：").doesNotContain("|")
                    .doesNotContain("**");
            assertThat(Segments.fits(reply, budget)).as(d.id()).isTrue();
        }
    }
}
