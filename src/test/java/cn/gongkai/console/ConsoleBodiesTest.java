package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disclosure's page in the console shows its body as HTML: a real table, markup escaped, the excerpt marked. */
class ConsoleBodiesTest {
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
    void a_table_body_is_a_real_table_raw_html_is_escaped_and_the_lead_is_shown_as_excerpt() throws Exception {
        HttpResponse<String> r = staff.submit("/staff/disclosures/new", "/staff/disclosures", Map.of(
                "title", "柳河村2025年第一季度财务收支公开", "category", "村务公开", "type", "公示",
                "published", "2026-11-27", "villages", "", "summary", "",
                "body", "各村民小组：\n\n本季度村级收支情况公开如下，有疑问可向村务监督委员会反映。\n\n"
                        + "| 项目 | 收入（元） | 支出（元） |\n| --- | --- | --- |\n| 上级转移支付 | 85,000 |  |\n| 村道维修 |  | 23,600 |\n\n"
                        + "<script>alert('x')</script>"));
        assertThat(r.statusCode()).isEqualTo(302);
        String page = staff.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("<th>收入（元）</th>").contains("<td>23,600</td>").contains("<table>");
        assertThat(page).doesNotContain("| --- |").doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(page).contains("<th>摘录</th>").contains("本季度村级收支情况公开如下，有疑问可向村务监督委员会反映。");
    }
}
