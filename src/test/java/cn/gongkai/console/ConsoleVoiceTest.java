package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.sms.Twilio;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A voice call's inquiry in the console: each question's result, and how the call ended. */
class ConsoleVoiceTest {
    @TempDir static Path home;
    static StaffSite site;

    @BeforeAll
    static void start() {
        site = new StaffSite(home, Duration.ofMinutes(30));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String post(String pathAndQuery, Map<String, String> fields) throws Exception {
        Map<String, String> p = new TreeMap<>(fields);
        p.put("CallSid", "CAconsole0001");
        p.put("From", "+8613900000777");
        HttpResponse<String> r = Twilio.signed(site.server.port(), pathAndQuery, p);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 204);
        return r.body();
    }

    private static String next(String xml) {
        var m = java.util.regex.Pattern.compile("action=\"" + java.util.regex.Pattern.quote(Twilio.PUBLIC) + "([^\"]+)\"")
                .matcher(xml);
        assertThat(m.find()).as(xml).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void the_inquiry_list_shows_each_question_of_a_call_and_how_it_ended() throws Exception {
        String xml = post("/twilio/voice", Map.of());
        xml = post(next(xml), Map.of("SpeechResult", "低保", "Confidence", "0.9"));
        xml = post(next(xml), Map.of("Digits", "0"));
        xml = post(next(xml), Map.of("SpeechResult", "火星移民", "Confidence", "0.9"));
        post(next(xml), Map.of("SpeechResult", "临时救助", "Confidence", "0.9"));
        post("/twilio/voice/status", Map.of("CallStatus", "completed", "CallDuration", "73"));

        String page = site.client().loggedIn(StaffSite.STAFF).get("/staff/inquiries?channel=VOICE").body();
        assertThat(page).contains("低保；火星移民；临时救助").contains("火星移民：<span class=\"tag soon\">没查到</span>")
                .contains("低保：找到").contains("听消息时挂断，73 秒");
    }
}
