package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.hall.StaffCalls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk's 呼叫工作人员 on the console's 今日 page, over HTTP on a running server. */
class StaffCallsPageTest {
    @TempDir Path home;

    @Test
    void a_call_shows_on_today_until_someone_marks_arrived() throws Exception {
        try (StaffSite site = new StaffSite(home, Duration.ofMinutes(30))) {
            StaffSite.Client staff = site.client().loggedIn(StaffSite.STAFF);
            String quiet = staff.get("/staff/today").body();
            assertThat(quiet).doesNotContain("staff-calls\"").contains("<meta http-equiv=\"refresh\"");

            // the kiosk, another process, writes the call to the shared database
            StaffCalls calls = new StaffCalls(site.records.database(), site.records.clock());
            long id = calls.call("大厅 1 号机");
            String today = staff.get("/staff/today").body();
            assertThat(today).contains("id=\"staff-calls\"", "大厅 1 号机", "等待工作人员", "我去", "已到场");

            var r = staff.submit("/staff/today", "/staff/calls/" + id + "/coming", Map.of());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(calls.get(id).orElseThrow().outcome()).isEqualTo(StaffCalls.Outcome.COMING);
            assertThat(calls.get(id).orElseThrow().comingBy()).isEqualTo(StaffSite.STAFF);
            assertThat(staff.get("/staff/today").body()).contains("正在过去");

            r = staff.submit("/staff/today", "/staff/calls/" + id + "/arrived", Map.of());
            assertThat(r.statusCode()).isEqualTo(302);
            StaffCalls.Call done = calls.get(id).orElseThrow();
            assertThat(done.outcome()).isEqualTo(StaffCalls.Outcome.ARRIVED);
            assertThat(done.arrivedBy()).isEqualTo(StaffSite.STAFF);
            assertThat(done.arrivedAt()).isNotNull();
            // the open-call table is gone (the kiosk itself stays listed in Today's 自助机 table)
            assertThat(staff.get("/staff/today").body()).doesNotContain("id=\"staff-calls\"").doesNotContain("等待工作人员");

            // a second mark, or a made-up number, changes nothing and says so
            r = staff.submit("/staff/today", "/staff/calls/" + id + "/arrived", Map.of());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(staff.get("/staff/today").body()).contains("已经标记过已到场");
            r = staff.submit("/staff/today", "/staff/calls/abc/arrived", Map.of());
            assertThat(r.statusCode()).isEqualTo(302);
        }
    }

    @Test
    void a_call_cannot_be_answered_without_logging_in() throws Exception {
        try (StaffSite site = new StaffSite(home, Duration.ofMinutes(30))) {
            long id = new StaffCalls(site.records.database(), site.records.clock()).call("大厅 1 号机");
            var r = site.client().post("/staff/calls/" + id + "/arrived", Map.of());
            assertThat(r.statusCode()).isNotEqualTo(200);
            assertThat(new StaffCalls(site.records.database(), site.records.clock()).get(id).orElseThrow().outcome())
                    .isEqualTo(StaffCalls.Outcome.WAITING);
        }
    }
}
