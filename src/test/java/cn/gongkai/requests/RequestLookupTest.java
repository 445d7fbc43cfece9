package cn.gongkai.requests;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request store answers the applicant's channels by receipt code and by the number they
 * call or text from, through the stored {@code contact_line} and its index; V15 fills that
 * column for requests filed before it.
 */
class RequestLookupTest {
    @TempDir Path home;

    static RequestService service(Database db) {
        return new RequestService(db, new Deadlines(CalendarFile.parse(ConfigFiles.readDefault("calendar.yaml"))),
                Cli.clockAt(of(2025, 3, 3)));
    }

    static long file(RequestService s, String contact, String content) {
        return s.add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", contact, true, RequestChannel.IN_PERSON,
                content, "纸质", of(2025, 3, 3), null), "王芳");
    }

    @Test
    void a_callers_requests_are_found_by_the_line_whatever_way_the_contact_was_written() {
        Database db = Database.open(new Home(home));
        RequestService s = service(db);
        long first = file(s, "138 1234 5678", "村道资金");
        long landline = file(s, "0421-1234567", "低保名单");
        long second = file(s, "+86 13812345678", "土地补偿");
        file(s, null, "无联系方式");
        file(s, "13900000000", "别人的申请");
        RequestLookup lookup = s.lookup();

        assertThat(lookup.byContact("+8613812345678", 10)).extracting(v -> v.request().id()).containsExactly(second, first);
        assertThat(lookup.byContact("008613812345678", 1)).extracting(v -> v.request().id()).containsExactly(second);
        assertThat(lookup.byContact("4211234567", 10)).extracting(v -> v.request().id()).containsExactly(landline);
        assertThat(lookup.byContact("", 10)).isEmpty();
        assertThat(lookup.byContact(null, 10)).isEmpty();

        String code = s.show(first).request().receiptCode();
        assertThat(lookup.byReceiptCode(code, "+8613812345678")).map(v -> v.request().id()).hasValue(first);
        // filed by another number, or asked without one: not found, like a code that does not exist
        assertThat(lookup.byReceiptCode(code, "+8613900000000")).isEmpty();
        assertThat(lookup.byReceiptCode(code, "")).isEmpty();
        assertThat(lookup.byReceiptCode("GK00000000", "+8613812345678")).isEmpty();

        // the line is stored, and the lookup goes through its index rather than reading every request
        List<String> lines = db.read(tx -> tx.list("SELECT contact_line FROM requests ORDER BY id", rs -> String.valueOf(
                rs.getString(1))));
        assertThat(lines).containsExactly("13812345678", "4211234567", "13812345678", "null", "13900000000");
        List<String> plan = db.read(tx -> tx.list("EXPLAIN QUERY PLAN SELECT * FROM requests WHERE contact_line = ? "
                + "AND contact_line <> '' ORDER BY id DESC LIMIT ?", rs -> rs.getString("detail"), "13812345678", 10));
        assertThat(String.join(" ", plan)).contains("requests_contact_line");
    }

    @Test
    void v15_fills_the_line_of_requests_filed_before_it_and_keeps_them_unchangeable() throws Exception {
        Path file = home.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8.5").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO requests (receipt_code, applicant_type, contact, channel, content, received, created_at) "
                    + "VALUES ('GKABCDEFGH', 'NATURAL_PERSON', '(0421) 123-4567', 'IN_PERSON', '旧申请', '2024-05-06', "
                    + "'2024-05-06T01:00:00Z')");
        }
        Database db = Database.open(file);
        java.util.Optional<String> filled = db.read(tx -> tx.one("SELECT contact_line FROM requests", rs -> rs.getString(1)));
        assertThat(filled).hasValue("4211234567");
        assertThat(service(db).lookup().byReceiptCode("GKABCDEFGH", "+864211234567")).isPresent();
        // still a legal record: the set-once trigger is back and guards the new column too
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(tx -> tx.update(
                "UPDATE requests SET contact_line = 'x'"))).isInstanceOf(RuntimeException.class);
        java.util.Optional<String> after = db.read(tx -> tx.one("SELECT contact_line FROM requests", rs -> rs.getString(1)));
        assertThat(after).hasValue("4211234567");
    }
}
