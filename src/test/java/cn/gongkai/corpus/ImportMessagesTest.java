package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Import errors point at the line the user sees and say what a date should look like (issue 17). */
class ImportMessagesTest {
    @Test
    void a_yaml_error_names_the_line_of_the_file() {
        // line 1 is ---, line 2 the title, line 3 the broken one
        String text = "---\ntitle: 通知\ncategory: 教育: 公告\npublished: 2025-10-09\n---\n正文\n";
        assertThatThrownBy(() -> new MarkdownReader().read(text, "X-1", "x.md"))
                .isInstanceOf(BadFile.class).hasMessageContaining("第 ");
        try {
            new MarkdownReader().read(text, "X-1", "x.md");
        } catch (BadFile e) {
            int line = Integer.parseInt(e.getMessage().replaceAll("(?s).*文件第 (\\d+) 行.*", "$1"));
            assertThat(line).isEqualTo(3);
            assertThat(text.split("\n")[line - 1]).as("the named line").isEqualTo("category: 教育: 公告");
        }
    }

    @Test
    void a_bad_date_says_the_format() {
        String text = "---\ntitle: 通知\npublished: 十月九日\n---\n正文\n";
        assertThatThrownBy(() -> new MarkdownReader().read(text, "X-1", "x.md"))
                .hasMessageContaining("格式应为 YYYY-MM-DD，如 2025-10-09");
    }
}
