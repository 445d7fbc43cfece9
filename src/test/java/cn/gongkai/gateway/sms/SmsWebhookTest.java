package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Segments;
import cn.gongkai.twilio.TwilioConfig;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestStatus;
import cn.gongkai.requests.RequestView;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Twilio SMS webhook over a real server on a free port, signed as Twilio signs, on the sample district. */
class SmsWebhookTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Records records;
    static SmsGateway sms;
    static Server server;
    static final AtomicInteger sids = new AtomicInteger();

    @BeforeAll
    static void start() {
        corpus = TestHomes.sample(home);
        records = Records.open(new Home(home), TestHomes.CLOCK);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)), twilio, TestHomes.CLOCK);
        server = new Server(corpus, sms.webhook()).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        sms.close();
        corpus.close();
    }

    static String newSid() {
        return String.format("SM%032d", sids.incrementAndGet());
    }

    static HttpResponse<String> text(String from, String body) throws Exception {
        return Twilio.signed(server.port(), "/twilio/sms", Twilio.sms(from, body, newSid()));
    }

    static String reply(String from, String body) throws Exception {
        HttpResponse<String> r = text(from, body);
        assertThat(r.statusCode()).isEqualTo(200);
        return Twilio.replyText(r.body());
    }

    static List<Inquiry> logged(String phone) {
        return records.inquiries().list(new InquiryFilter(InquiryChannel.SMS, null, null, null, null, 0)).stream()
                .filter(q -> phone.equals(q.senderPhone())).toList();
    }

    @Test
    void keyword_gets_numbered_results_as_utf8_twiml_and_is_logged() throws Exception {
        HttpResponse<String> r = text("+8613900000001", "低保");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).containsIgnoringCase("charset=utf-8");
        String reply = Twilio.replyText(r.body());
        assertThat(reply).contains("1.").contains("生活保障").contains("更多").doesNotContain("http");
        assertThat(Segments.count(reply)).isLessThanOrEqualTo(2);
        List<Inquiry> q = logged("+8613900000001");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("低保");
        assertThat(q.get(0).resultIds()).isNotEmpty();
        assertThat(q.get(0).externalId()).startsWith("SM");
    }

    @Test
    void a_number_opens_the_summary_with_a_pickup_code_the_kiosk_resolves() throws Exception {
        reply("+8613900000002", "补贴");
        String detail = reply("+8613900000002", "1");
        String code = detail.replaceAll("(?s).*取件码(\\d{6}).*", "$1");
        assertThat(code).matches("\\d{6}");
        assertThat(records.pickupCodes().resolve(code)).isPresent();
        assertThat(detail).contains("0421-0000000");
        String more = reply("+8613900000002", "更多");
        assertThat(more).startsWith("找到").contains("4.");
        assertThat(reply("+8613900000002", "满意")).contains("谢谢");
        assertThat(logged("+8613900000002")).anyMatch(q -> "HELPFUL".equals(q.feedback()));
    }

    @Test
    void forged_or_missing_signature_is_403_and_nothing_is_logged() throws Exception {
        Map<String, String> p = Twilio.sms("+8613900000003", "低保", newSid());
        assertThat(Twilio.post(server.port(), "/twilio/sms", p, null).statusCode()).isEqualTo(403);
        assertThat(Twilio.post(server.port(), "/twilio/sms", p, Twilio.sign("wrong-token", Twilio.PUBLIC + "/twilio/sms", p))
                .statusCode()).isEqualTo(403);
        // Signed for the URL the proxy forwarded, not the public one: refused too.
        assertThat(Twilio.post(server.port(), "/twilio/sms", p,
                Twilio.sign(Twilio.TOKEN, "http://localhost:" + server.port() + "/twilio/sms", p)).statusCode()).isEqualTo(403);
        assertThat(logged("+8613900000003")).isEmpty();
    }

    @Test
    void a_retried_message_sid_is_answered_again_but_logged_once() throws Exception {
        Map<String, String> p = Twilio.sms("+8613900000004", "申请 石门村2025年修路的账目", newSid());
        String first = Twilio.replyText(Twilio.signed(server.port(), "/twilio/sms", p).body());
        String again = Twilio.replyText(Twilio.signed(server.port(), "/twilio/sms", p).body());
        assertThat(again).isEqualTo(first).contains("GK");
        assertThat(logged("+8613900000004")).hasSize(1);
        long filed = records.requests().list(false).stream()
                .filter(v -> "+8613900000004".equals(v.request().contact())).count();
        assertThat(filed).isEqualTo(1);
    }

    @Test
    void apply_files_an_sms_request_awaiting_receipt_and_progress_answers_only_its_number() throws Exception {
        String r = reply("+8613900000005", "申请 杏花村低保名单");
        String code = r.replaceAll("(?s).*编号(GK[0-9A-Z]{8}).*", "$1");
        RequestView v = records.requests().list(false).stream()
                .filter(x -> x.request().receiptCode().equals(code)).findFirst().orElseThrow();
        assertThat(v.request().channel()).isEqualTo(RequestChannel.SMS);
        assertThat(v.request().received()).isNull();
        assertThat(v.status()).isEqualTo(RequestStatus.AWAITING_RECEIPT);
        assertThat(reply("+8613900000005", "进度 " + code)).contains("核对身份");
        assertThat(reply("+8613900000099", "进度 " + code)).contains("没查到");
        assertThat(reply("+8613900000005", "申请低保")).startsWith("找到"); // how to apply: a search
    }

    @Test
    void nothing_found_is_kind_points_to_the_hall_and_goes_on_the_demand_list() throws Exception {
        String r = reply("+8613900000006", "演唱会门票");
        assertThat(r).contains("没找到").contains("0421-0000000");
        assertThat(logged("+8613900000006").get(0).nothingFound()).isTrue();
    }

    @Test
    void help_words_empty_and_unreadable_texts_get_the_menu() throws Exception {
        for (String t : new String[] {"帮助", "?", "？", "", "   ", "HELP"}) {
            assertThat(reply("+8613900000007", t)).as(t).contains("回数字看详情");
        }
    }

    @Test
    void village_said_by_the_villager_is_remembered() throws Exception {
        assertThat(reply("+8613900000008", "我是石门村的")).contains("石门村");
        assertThat(sms.preferences().villageOf("+8613900000008")).contains("石门村");
    }

    @Test
    void a_flood_from_one_number_gets_one_polite_reply_is_logged_and_others_are_served() throws Exception {
        int polite = 0;
        int silent = 0;
        // The shipped limit (sized for a whole conversation), then 15 more: one polite reply, 14 silent.
        int limit = cn.gongkai.outreach.SmsSettings.load(new cn.gongkai.config.ConfigFiles(new cn.gongkai.config.Home(home)))
                .perMinute();
        for (int i = 0; i < limit + 15; i++) {
            String r = reply("+8613900000009", "低保");
            if (r == null) {
                silent++;
            } else if (r.contains("太快")) {
                polite++;
            }
        }
        assertThat(polite).isEqualTo(1);
        assertThat(silent).isEqualTo(14);
        assertThat(logged("+8613900000009")).hasSize(limit + 15);
        assertThat(reply("+8613900000010", "低保")).startsWith("找到");
    }

    @Test
    void stop_words_and_td_opt_out_and_start_reverses() throws Exception {
        for (String w : new String[] {"STOP", "退订", "TD", "unsubscribe"}) {
            reply("+8613900000011", "恢复");
            assertThat(sms.preferences().optedOut("+8613900000011")).isFalse();
            reply("+8613900000011", w);
            assertThat(sms.preferences().optedOut("+8613900000011")).as(w).isTrue();
        }
        reply("+8613900000011", "START");
        assertThat(sms.preferences().optedOut("+8613900000011")).isFalse();
    }

    @Test
    void without_an_auth_token_the_webhook_is_closed_with_503_and_the_reason() throws Exception {
        try (Server closed = new Server(corpus, new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                new TwilioConfig(null, null, null, Twilio.PUBLIC, null), TestHomes.CLOCK).webhook()).start(0)) {
            Map<String, String> p = Twilio.sms("+8613900000012", "低保", newSid());
            HttpResponse<String> r = Twilio.signed(closed.port(), "/twilio/sms", p);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("TWILIO_AUTH_TOKEN");
            assertThat(logged("+8613900000012")).isEmpty();
        }
    }

    @Test
    void status_callback_must_be_signed() throws Exception {
        Map<String, String> p = Map.of("MessageSid", "SMx", "MessageStatus", "delivered");
        assertThat(Twilio.post(server.port(), "/twilio/sms/status?outbox=1", p, null).statusCode()).isEqualTo(403);
        assertThat(Twilio.signed(server.port(), "/twilio/sms/status?outbox=1", p).statusCode()).isEqualTo(204);
    }
}
