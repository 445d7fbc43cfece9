package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: disk trouble is shown where people look — /health says "degraded" with what waits in
 * the journal, and the console's 今日 page tells staff to free space — and both clear once the
 * journal is written.
 */
class DiskTroubleShownTest {
    @TempDir Path home;

    @Test
    void a_waiting_journal_entry_shows_on_health_and_today_and_clears_once_written() throws Exception {
        try (StaffSite site = new StaffSite(home, Duration.ofMinutes(30))) {
            Server withDisk = new Server(site.corpus, site.sms.webhook(),
                    cn.gongkai.gateway.voice.VoiceWebhook.closed("not in this test"), null, null, site.records.database())
                    .start(0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + withDisk.port() + "/health"))
                        .build();
                assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body())
                        .contains("\"status\":\"ok\"").contains("\"journal_pending\":0");
                var client = site.client().loggedIn(StaffSite.STAFF);
                assertThat(client.get("/staff/today").body()).doesNotContain("disk-trouble");

                // A text kept in the journal (as when the database could not be written), not yet replayed.
                site.records.database().journalOnly("inquiry", new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode().put("channel", "SMS").put("at", "2026-11-27T08:00:00Z").put("text", "低保")
                        .putNull("village").set("result_ids", new com.fasterxml.jackson.databind.ObjectMapper()
                                .createArrayNode()));
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("\"status\":\"degraded\"").contains("\"journal_pending\":1");
                assertThat(client.get("/staff/today").body()).contains("id=\"disk-trouble\"").contains("有 1 条记录暂存");

                assertThat(site.records.database().replayJournal()).isEqualTo(1);
                assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body())
                        .contains("\"status\":\"ok\"");
                assertThat(client.get("/staff/today").body()).doesNotContain("disk-trouble");
            } finally {
                withDisk.close();
            }
        }
    }
}
