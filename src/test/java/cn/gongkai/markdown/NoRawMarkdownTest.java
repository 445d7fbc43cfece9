package cn.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.TestHomes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every body of the bundled sample and of the saved-site pages (tables, 名单, finance pages), through
 * each channel's renderer: no Markdown mark reaches a screen, a text message or the ear.
 */
class NoRawMarkdownTest {
    /** What a reader would see as Markdown: stars, pipes, heading hashes, bullets, quote marks, table rules, backticks. */
    static final Pattern RAW = Pattern.compile("\\*\\*|__|`|\\||(?m)^\\s*(#{1,6}\\s|[-*+]\\s|>\\s?|:?-{3,})");
    static List<Disclosure> all;

    @BeforeAll
    static void corpus() {
        all = new ArrayList<>(new Importer().readSample().disclosures());
        all.addAll(new Importer().read(List.of(TestHomes.resource("/pages/site"))).disclosures());
    }

    @Test
    void the_corpus_has_tables_and_markdown_marks_to_render() {
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all.stream().filter(d -> d.body().contains("| --- |"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().filter(d -> d.body().contains("**") || d.body().contains("\n- ") || d.body().contains("#")))
                .isNotEmpty();
    }

    @Test
    void kiosk_lines_carry_no_markdown_and_laid_out_rows_fit_the_width() {
        for (Disclosure d : all) {
            for (int cols : new int[] {36, 76, 118}) {
                for (KioskText.Line l : KioskText.lines(d.body(), cols)) {
                    assertThat(l.text()).as(d.id() + " at " + cols).doesNotContainPattern(RAW);
                    if (!l.wrap()) {
                        assertThat(KioskText.width(l.text())).as(d.id()).isLessThanOrEqualTo(cols);
                    }
                }
            }
        }
    }

    @Test
    void sms_text_carries_no_markdown() {
        for (Disclosure d : all) {
            assertThat(SmsText.of(d.body())).as(d.id()).doesNotContainPattern(RAW);
            if (d.hasSummary()) {
                assertThat(SmsText.of(d.summary())).as(d.id()).doesNotContainPattern(RAW);
            }
        }
    }

    @Test
    void spoken_text_carries_no_markdown_and_no_symbol() {
        for (Disclosure d : all) {
            assertThat(SpokenText.of(d.body())).as(d.id()).doesNotContainPattern(RAW)
                    .doesNotContainPattern("[|｜*＊#＃_`~^\\\\{}<>=·•]");
        }
    }

    @Test
    void html_has_real_tables_and_no_markdown_left_in_its_text() {
        for (Disclosure d : all) {
            String html = HtmlText.of(d.body());
            String text = org.jsoup.Jsoup.parse(html).text();
            assertThat(text).as(d.id()).doesNotContain("**").doesNotContain("| --- |").doesNotContain("|");
            if (d.body().contains("| --- |")) {
                assertThat(html).as(d.id()).contains("<table>").contains("<th>");
            }
        }
    }
}
