package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's completion form (Art. 29), its refused confirmation, and the Art. 35 forms. */
class ConsoleCompletionTest {
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
    void a_kiosk_request_is_completed_on_its_page_then_confirmed_as_an_organisation() throws Exception {
        long id = site.records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, null, null, false,
                RequestChannel.KIOSK, "申请公开2026年村道养护合同", null, null, null), "kiosk");
        String at = "/staff/requests/" + id;
        String page = staff.get(at).body();
        assertThat(page).contains("id=\"missing\"", "还缺申请人姓名或名称、联系方式", "id=\"form-complete\"", "申请人类型");

        staff.submit(at, at + "/confirm", Map.of("date", "2026-11-20", "identity", "1", "applicant_type", "BUSINESS"));
        assertThat(staff.get(at).body()).contains("还缺申请人姓名或名称、联系方式，请先补全再确认收到（条例第二十九条");
        assertThat(site.records.requests().show(id).state().received()).isNull();

        staff.submit(at, at + "/complete", Map.of("date", "2026-11-20", "name", "青禾农机合作社"));
        assertThat(staff.get(at).body()).contains("已补全申请信息；确认收到前还缺联系方式");
        staff.submit(at, at + "/complete", Map.of("date", "2026-11-20", "contact", "13812345678", "delivery", "MAIL",
                "address", "青禾区石门村3组"));
        staff.submit(at, at + "/confirm", Map.of("date", "2026-11-20", "identity", "1", "applicant_type", "BUSINESS"));
        var v = site.records.requests().show(id);
        assertThat(v.state().received()).hasToString("2026-11-20");
        assertThat(v.request().applicantType()).isEqualTo(ApplicantType.BUSINESS);
        page = staff.get(at).body();
        assertThat(page).contains("补全申请信息", "邮寄 · 青禾区石门村3组", "id=\"form-reasons\"").doesNotContain("id=\"missing\"");

        // Art. 35 on the same page: reasons first, then the later deadline replaces the due date.
        staff.submit(at, at + "/reasons", Map.of("date", "2026-11-23", "detail", "本月第36件"));
        assertThat(staff.get(at).body()).contains("id=\"form-later\"", "要求说明理由");
        staff.submit(at, at + "/later-deadline", Map.of("date", "2026-11-24", "days", "10", "reason", "x"));
        assertThat(staff.get(at).body()).contains("延迟后的答复期限应晚于现在的答复期限");
        staff.submit(at, at + "/later-deadline", Map.of("date", "2026-11-24", "until", "2027-01-29", "reason", "需调取七年档案"));
        page = staff.get(at).body();
        assertThat(page).contains("按条例第三十五条确定延迟答复期限", "需调取七年档案", "<strong>2027-01-29</strong>");
    }
}
