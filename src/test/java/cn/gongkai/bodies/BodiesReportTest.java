package cn.gongkai.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bodies on one platform, through the real command line: each body's report counts only
 * its own documents (二), requests (三) and reviews (四), cell by cell; an SMS request waits in
 * the intake, is assigned, confirmed and counted in the right body.
 */
public class BodiesReportTest {
    public static final String BODIES = """
            bodies:
              - id: qh-mz
                name: 青禾区民政局
                short: 区民政局
                agencies: [青禾区民政局]
                phone: 0421-0000003
                address: 青禾区政府大院3号楼
                letter_prefix: 青禾民依申
              - id: qh-yj
                name: 青禾区应急管理局
                short: 区应急局
                agencies: [青禾区应急管理局]
                letter_prefix: 青禾应急依申
            """;

    @TempDir Path home;
    @TempDir Path source;
    Clock today = Cli.clockAt(LocalDate.of(2025, 12, 10));
    final ObjectMapper json = new ObjectMapper();

    Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        return Cli.run(today, all.toArray(String[]::new));
    }

    Cli.Result ok(String... args) {
        Cli.Result r = run(args);
        assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    void doc(String id, String agency, String type, String published, String extra) throws Exception {
        Files.writeString(source.resolve(id + ".md"), "---\nid: " + id + "\ntitle: 文件" + id + "\nagency: " + agency
                + "\ncategory: 社会救助\ntype: " + type + "\npublished: " + published + "\n" + extra + "---\n正文" + id + "\n");
    }

    String add(String body, String type, String received) {
        List<String> a = new ArrayList<>(List.of("requests", "add", "--applicant-type", type, "--channel", "IN_PERSON",
                "--received", received, "--content", "某项信息", "--actor", "王芳"));
        if (body != null) {
            a.add("--body");
            a.add(body);
        }
        return ok(a.toArray(String[]::new)).out().strip();
    }

    @BeforeEach
    void platform() throws Exception {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/bodies.yaml"), BODIES);
        // 民政局: two normative documents of 2025 (one repealed in 2025), one notice; 应急局: one
        // normative document of 2025, one rule of 2024 still in force; one document whose front
        // matter gives it to 应急局 although its agency is 民政局; one of no body at all.
        doc("MZ-1", "青禾区民政局", "规范性文件", "2025-03-01", "");
        doc("MZ-2", "青禾区民政局", "规范性文件", "2025-04-01", "repealed: 2025-11-01\n");
        doc("MZ-3", "青禾区民政局", "通知", "2025-05-01", "");
        doc("YJ-1", "青禾区应急管理局", "规范性文件", "2025-06-01", "");
        doc("YJ-2", "青禾区应急管理局", "规章", "2024-06-01", "");
        doc("YJ-3", "青禾区民政局", "规范性文件", "2025-07-01", "body: qh-yj\n");
        doc("XF-1", "北票市下府经济开发区", "规范性文件", "2025-08-01", "");
    }

    @Test
    void each_body_counts_only_its_own_cell_by_cell() throws Exception {
        Cli.Result idx = run("index", "--source", source.toString(), "--rebuild");
        assertThat(idx.status()).isZero();
        assertThat(idx.err()).contains("XF-1.md").contains("北票市下府经济开发区").contains("不属于任何公开主体")
                .doesNotContain("MZ-1").doesNotContain("YJ-3");

        // 民政局: 2 natural persons received 2025, one granted; 1 business carried in from 2024, denied.
        String m1 = add("qh-mz", "NATURAL_PERSON", "2025-02-03");
        add("qh-mz", "NATURAL_PERSON", "2025-11-20");
        String m3 = add("qh-mz", "BUSINESS", "2024-12-20");
        ok("requests", "close", m1, "--result", "GRANTED", "--date", "2025-02-20", "--actor", "王芳");
        ok("requests", "close", m3, "--result", "DENIED_THIRD_PARTY", "--date", "2025-01-10", "--actor", "王芳");
        // 应急局: one research institute, partly granted, then a review upheld.
        String y1 = add("qh-yj", "RESEARCH", "2025-03-03");
        ok("requests", "close", y1, "--result", "PARTIAL", "--date", "2025-03-20", "--actor", "李强");
        ok("requests", "review", y1, "--kind", "REVIEW", "--filed", "2025-04-01", "--outcome", "UPHELD",
                "--decided", "2025-06-01", "--actor", "李强");

        JsonNode mz = report("qh-mz");
        expectSection3(mz, Map.of("NEW.NATURAL_PERSON", 2L, "CARRIED_IN.BUSINESS", 1L, "GRANTED.NATURAL_PERSON", 1L,
                "DENIED_THIRD_PARTY.BUSINESS", 1L, "RESULT_TOTAL.NATURAL_PERSON", 1L, "RESULT_TOTAL.BUSINESS", 1L,
                "CARRIED_OUT.NATURAL_PERSON", 1L));
        expectDocs(mz, "NORMATIVE_DOCS", 2, 1, 1);
        expectDocs(mz, "RULES", 0, 0, 0);
        assertThat(mz.at("/published/total").asInt()).isEqualTo(3);
        expectSection4(mz, Map.of());

        JsonNode yj = report("qh-yj");
        expectSection3(yj, Map.of("NEW.RESEARCH", 1L, "PARTIAL.RESEARCH", 1L, "RESULT_TOTAL.RESEARCH", 1L));
        expectDocs(yj, "NORMATIVE_DOCS", 2, 0, 2);
        expectDocs(yj, "RULES", 0, 0, 1);
        assertThat(yj.at("/published/total").asInt()).isEqualTo(2);
        expectSection4(yj, Map.of("REVIEW_UPHELD", 1L, "REVIEW_TOTAL", 1L));

        // The overview: one line per body, the same figures.
        JsonNode all = json.readTree(ok("report", "--year", "2025", "--all", "--format", "json").out());
        assertThat(all.at("/bodies/0/id").asText()).isEqualTo("qh-mz");
        assertThat(all.at("/bodies/0/new").asLong()).isEqualTo(2);
        assertThat(all.at("/bodies/0/concluded").asLong()).isEqualTo(2);
        assertThat(all.at("/bodies/0/carried_out").asLong()).isEqualTo(1);
        assertThat(all.at("/bodies/0/checks_ok").asBoolean()).isTrue();
        assertThat(all.at("/bodies/1/reviews").asLong()).isEqualTo(1);
        assertThat(all.at("/bodies/1/suits").asLong()).isZero();
        assertThat(ok("report", "--year", "2025", "--all").out()).contains("青禾区民政局 (qh-mz)").contains("通过");
    }

    @Test
    void an_sms_request_waits_in_the_intake_then_is_assigned_confirmed_and_counted_in_its_body() throws Exception {
        ok("index", "--source", source.toString(), "--rebuild");
        String reply = ok("sms", "申请 石门村2025年防汛物资的发放名单", "--from", "13912345678").out();
        assertThat(reply).contains("申请已收到");
        JsonNode list = json.readTree(ok("requests", "list", "--intake", "--format", "json").out());
        assertThat(list).hasSize(1);
        String id = list.get(0).get("id").asText();
        assertThat(list.get(0).get("body").isNull()).isTrue();

        Cli.Result early = run("requests", "confirm", id, "--date", "2025-12-01", "--actor", "王芳");
        assertThat(early.status()).isEqualTo(1);
        assertThat(early.err()).contains("待分办").contains("requests assign");

        ok("requests", "assign", id, "--body", "qh-yj", "--actor", "平台");
        // Art. 29: a text gives no name; staff complete it before confirming.
        ok("requests", "complete", id, "--name", "王某", "--date", "2025-12-01", "--actor", "李强");
        ok("requests", "confirm", id, "--date", "2025-12-01", "--actor", "李强");
        Cli.Result late = run("requests", "assign", id, "--body", "qh-mz", "--actor", "平台");
        assertThat(late.status()).isEqualTo(1);
        assertThat(late.err().strip().lines()).hasSize(1);
        assertThat(late.err()).contains("受理主体不能再改");
        ok("requests", "close", id, "--result", "GRANTED", "--date", "2025-12-05", "--actor", "李强");

        expectSection3(report("qh-yj"), Map.of("NEW.NATURAL_PERSON", 1L, "GRANTED.NATURAL_PERSON", 1L,
                "RESULT_TOTAL.NATURAL_PERSON", 1L));
        expectSection3(report("qh-mz"), Map.of());
        JsonNode shown = json.readTree(ok("requests", "show", id, "--format", "json").out());
        assertThat(shown.get("body").asText()).isEqualTo("qh-yj");
    }

    @Test
    void a_request_needs_its_body_on_a_platform_of_several_and_letters_carry_the_body_prefix() throws Exception {
        Cli.Result r = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2025-12-01", "--content", "某项信息");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--body").contains("qh-mz").doesNotContain("Exception");
        Cli.Result unknown = run("requests", "add", "--applicant-type", "NATURAL_PERSON", "--channel", "IN_PERSON",
                "--received", "2025-12-01", "--content", "某项信息", "--body", "nope");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("没有这个公开主体: nope");
        Cli.Result noBody = run("report", "--year", "2025");
        assertThat(noBody.status()).isEqualTo(1);
        assertThat(noBody.err()).contains("--body").contains("--all");

        String mz = add("qh-mz", "NATURAL_PERSON", "2025-12-01");
        Cli.Result letter = ok("requests", "letter", mz, "--kind", "receipt", "--out", home.resolve("r.pdf").toString(),
                "--actor", "王芳");
        assertThat(letter.out()).startsWith("青禾民依申");
        String yj = add("qh-yj", "NATURAL_PERSON", "2025-12-01");
        Cli.Result other = ok("requests", "letter", yj, "--kind", "receipt", "--out", home.resolve("y.pdf").toString(),
                "--actor", "李强");
        assertThat(other.out()).startsWith("青禾应急依申").contains("〔2025〕第1号");

        // Art. 36(五): not held on this platform; the reply names the body that holds it.
        ok("requests", "close", mz, "--result", "UNAVAILABLE_NOT_HELD", "--date", "2025-12-05",
                "--refer-to", "qh-yj", "--actor", "王芳");
        JsonNode shown = json.readTree(ok("requests", "show", mz, "--format", "json").out());
        assertThat(shown.toString()).contains("负责公开该信息的行政机关：青禾区应急管理局");
        Cli.Result self = run("requests", "close", yj, "--result", "UNAVAILABLE_NOT_HELD", "--refer-to", "qh-yj",
                "--actor", "李强");
        assertThat(self.status()).isEqualTo(1);
        assertThat(self.err()).contains("不能告知由它自己负责");
    }

    JsonNode report(String body) throws Exception {
        return json.readTree(ok("report", "--year", "2025", "--body", body, "--format", "json").out());
    }

    /** Every cell of section 三: the expected ones as given (TOTAL column added), every other cell zero. */
    static void expectSection3(JsonNode report, Map<String, Long> cells) {
        Map<String, Long> want = new HashMap<>(cells);
        cells.forEach((k, v) -> {
            String row = k.substring(0, k.indexOf('.'));
            want.merge(row + ".TOTAL", v, Long::sum);
        });
        JsonNode s3 = report.get("section3");
        int seen = 0;
        for (Iterator<String> rows = s3.fieldNames(); rows.hasNext(); ) {
            String row = rows.next();
            for (Iterator<String> cols = s3.get(row).fieldNames(); cols.hasNext(); ) {
                String col = cols.next();
                assertThat(s3.get(row).get(col).asLong()).as(row + "." + col)
                        .isEqualTo(want.getOrDefault(row + "." + col, 0L));
                seen++;
            }
        }
        assertThat(seen).isEqualTo(25 * 7);
    }

    static void expectSection4(JsonNode report, Map<String, Long> cells) {
        JsonNode s4 = report.get("section4");
        assertThat(s4.size()).isEqualTo(15);
        s4.fieldNames().forEachRemaining(c -> assertThat(s4.get(c).asLong()).as(c).isEqualTo(cells.getOrDefault(c, 0L)));
    }

    static void expectDocs(JsonNode report, String row, int issued, int repealed, int inForce) {
        JsonNode d = report.at("/section2/" + row);
        assertThat(d.get("issued").asInt()).as(row + ".issued").isEqualTo(issued);
        assertThat(d.get("repealed").asInt()).as(row + ".repealed").isEqualTo(repealed);
        assertThat(d.get("in_force").asInt()).as(row + ".in_force").isEqualTo(inForce);
    }
}
