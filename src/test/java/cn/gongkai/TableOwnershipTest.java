package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table's SQL lives in the package that owns it: a source scan for {@code FROM t},
 * {@code JOIN t}, {@code INTO t} and {@code UPDATE t} outside the owner fails the build. Schema
 * migrations ({@code db/migration}) are the schema's, not a package's, and are not scanned.
 * Tables several packages clean up together (the inquiry purge over SMS and voice state) are
 * not listed.
 */
class TableOwnershipTest {
    static final Path SOURCES = Path.of("src/main/java/cn/gongkai");

    /** Table → the package (folder under cn/gongkai) that alone may write SQL on it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("requests", "requests"),
            Map.entry("request_events", "requests"),
            Map.entry("request_origins", "requests"),
            Map.entry("reviews", "requests"),
            Map.entry("fee_notices", "requests"),
            Map.entry("audit_log", "storage"),
            Map.entry("journal_once", "storage"),
            Map.entry("users", "console"),
            Map.entry("login_throttle", "console"),
            Map.entry("letters", "letters"),
            Map.entry("letter_deliveries", "letters"),
            Map.entry("staff_calls", "hall"),
            Map.entry("yearly_figures", "report"),
            Map.entry("pickup_codes", "inquiries"),
            Map.entry("sms_opt_outs", "outreach"),
            Map.entry("sms_subscriptions", "outreach"),
            Map.entry("village_phones", "outreach"),
            Map.entry("sms_test_numbers", "outreach"),
            Map.entry("console_sessions", "console"),
            Map.entry("sms_rate", "gateway"),
            Map.entry("search_version", "cluster"),
            Map.entry("published_disclosures", "cluster"),
            Map.entry("added_synonyms", "cluster"));

    private static final Pattern SQL = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)\\b");

    @Test
    void no_package_writes_sql_on_a_table_it_does_not_own() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f).getName(0).toString();
                if (pkg.equals("bench")) {
                    // Benchmarks bulk-load synthetic rows into a scratch home (20,000 requests in
                    // one transaction); they never run against a district's record.
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = SQL.matcher(lines.get(i));
                    while (m.find()) {
                        String owner = OWNER.get(m.group(1));
                        if (owner != null && !owner.equals(pkg)) {
                            strays.add(f + ":" + (i + 1) + " " + m.group() + " (owned by " + owner + ")");
                        }
                    }
                }
            }
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void the_scan_sees_sql_where_it_is() throws IOException {
        // the rule is not vacuous: the owner's own SQL is found by the same pattern
        String store = Files.readString(SOURCES.resolve("requests/RequestStore.java"));
        assertThat(SQL.matcher(store).results().map(r -> r.group(1))).contains("requests", "request_events", "reviews");
    }
}
