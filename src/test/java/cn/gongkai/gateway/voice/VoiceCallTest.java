package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Whole calls to the voice line over a real server, signed as Twilio signs, on the sample district. */
class VoiceCallTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Records records;
    static SmsGateway sms;
    static Server server;
    static final AtomicInteger sids = new AtomicInteger();
    static final AtomicInteger numbers = new AtomicInteger(100);

    @BeforeAll
    static void start() {
        corpus = TestHomes.sample(home);
        records = Records.open(new Home(home), TestHomes.CLOCK);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        ConfigFiles config = new ConfigFiles(new Home(home));
        sms = new SmsGateway(corpus, records, config, twilio, TestHomes.CLOCK);
        VoiceGateway voice = new VoiceGateway(corpus, records, config, twilio, sms, TestHomes.CLOCK);
        server = new Server(corpus, sms.webhook(), voice.webhook(), null, null).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        sms.close();
        corpus.close();
    }

    static Phone caller() {
        return caller("+86139" + String.format("%08d", numbers.incrementAndGet()));
    }

    static Phone caller(String from) {
        return new Phone(server.port(), String.format("CA%032d", sids.incrementAndGet()), from);
    }

    static List<Inquiry> inquiries(String callSid) {
        return records.inquiries().list(new InquiryFilter(InquiryChannel.VOICE, null, null, null, null, 0)).stream()
                .filter(q -> callSid.equals(q.externalId())).toList();
    }

    @Test
    void greeting_in_mandarin_then_one_gather_for_speech_and_keys_then_a_redirect() throws Exception {
        Phone p = caller().dial();
        Element say = p.verb("Say");
        assertThat(say.getAttribute("language")).isEqualTo("cmn-CN");
        assertThat(say.getAttribute("voice")).isEqualTo("Polly.Zhiyu");
        assertThat(p.text()).contains("政务公开热线").contains("按一").contains("按零");
        Element gather = p.verb("Gather");
        assertThat(gather.getAttribute("input")).isEqualTo("dtmf speech");
        assertThat(gather.getAttribute("language")).isEqualTo("cmn-Hans-CN");
        assertThat(gather.getAttribute("hints")).contains("低保").contains("石门村");
        assertThat(p.redirect()).startsWith("/twilio/voice/menu");
        assertThat(inquiries(p.callSid)).hasSize(1);
    }

    @Test
    void spoken_question_is_read_one_result_at_a_time_and_a_copy_is_queued_by_sms_once() throws Exception {
        Phone p = caller().dial().speak("救助。", 0.92);
        assertThat(p.text()).contains("找到").contains("第一条");
        String first = p.text();
        assertThat(p.verb("Gather").getAttribute("numDigits")).isEqualTo("1");

        p.press("2");
        assertThat(p.text()).contains("第二条").isNotEqualTo(first);
        String second = p.text();
        p.press("1");
        assertThat(p.text()).isEqualTo(second);

        String sendAt = p.action("Gather");
        p.press("3");
        assertThat(p.text()).contains("短信发到您手机上");
        String answered = p.xml;
        // Twilio retries the same webhook: the same answer, and still one text in the outbox
        HttpResponse<String> retry = p.raw(sendAt, Map.of("Digits", "3"));
        assertThat(retry.body()).isEqualTo(answered);
        List<Outbox.Row> copies = sms.outbox().list(100).stream()
                .filter(r -> r.to().equals(p.from) && r.kind() == Outbox.Kind.VOICE_COPY).toList();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).body()).contains("取件码").doesNotContain("http");

        List<Inquiry> q = inquiries(p.callSid);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("救助");
        assertThat(q.get(0).resultIds()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(q.get(0).senderPhone()).isEqualTo(p.from);
        assertThat(q.get(0).nothingFound()).isFalse();

        p.press("0");
        assertThat(p.redirect()).startsWith("/twilio/voice/menu");
    }

    @Test
    void a_number_that_opted_out_of_sms_hears_why_no_copy_comes() throws Exception {
        Phone p = caller();
        sms.preferences().optOut(p.from, "退订");
        p.dial().speak("低保", 0.9).press("3");
        assertThat(p.text()).contains("退订");
        assertThat(sms.outbox().list(100)).noneMatch(r -> r.to().equals(p.from));
    }

    @Test
    void low_confidence_asks_for_confirmation_instead_of_answering() throws Exception {
        Phone p = caller().dial().speak("临时救助", 0.2);
        assertThat(p.text()).contains("您问的是“临时救助”吗").doesNotContain("第一条");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/confirm");
        p.press("1");
        assertThat(p.text()).contains("第一条");

        Phone q = caller().dial().speak("临时就住", 0.3).press("2");
        assertThat(q.text()).contains("再说一遍");
        assertThat(inquiries(q.callSid).get(0).text()).startsWith("语音：");
    }

    @Test
    void silence_gets_one_gentle_retry_then_the_menu() throws Exception {
        Phone p = caller().dial().speak("低保", 0.9);
        String keys = p.verb("Gather").getTextContent();
        p.silence();
        assertThat(p.text()).startsWith("没听到您说话");
        assertThat(p.verb("Gather").getTextContent()).isEqualTo(keys);
        p.silence();
        assertThat(p.action("Gather")).startsWith("/twilio/voice/menu");

        Phone m = caller().dial().silence();
        assertThat(m.text()).startsWith("没听到");
        assertThat(m.action("Gather")).startsWith("/twilio/voice/menu");
        m.silence();
        assertThat(m.has("Hangup")).isTrue();
        assertThat(m.text()).contains("再见");
    }

    @Test
    void key_1_asks_the_village_once_and_reads_its_latest() throws Exception {
        Phone p = caller().dial().press("1");
        assertThat(p.text()).contains("哪个村").doesNotContain("柳河村");
        p.press("1");
        assertThat(p.text()).contains("石门村，按一").contains("后面的，请按四");
        p.press("1");
        assertThat(p.text()).contains("记住了").contains("石门村").contains("第一条");
        assertThat(sms.preferences().villageOf(p.from)).contains("石门村");

        Phone again = caller(p.from).dial().press("1");
        assertThat(again.text()).doesNotContain("哪个村").contains("石门村").contains("第一条");
        assertThat(inquiries(again.callSid).get(0).village()).isEqualTo("石门村");
    }

    @Test
    void key_2_browses_the_kiosk_menu_categories() throws Exception {
        Phone p = caller().dial().press("2");
        assertThat(p.text()).contains("救助与保障，按一").contains("后面的，请按四").doesNotContain("上学与交通");
        p.press("1");
        assertThat(p.text()).contains("救助与保障").contains("第一条");
        assertThat(inquiries(p.callSid).get(0).category()).isEqualTo("社会救助");
    }

    @Test
    void key_0_out_of_office_hours_records_a_message_staff_can_play_back() throws Exception {
        Phone p = caller().dial().press("0");
        assertThat(p.text()).contains("嘀");
        Element rec = p.verb("Record");
        assertThat(rec.getAttribute("finishOnKey")).isEqualTo("#");
        p.recorded("https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE0001", 14);
        assertThat(p.text()).contains("留言收到了");
        Inquiry q = inquiries(p.callSid).get(0);
        assertThat(q.recordingUrl()).isEqualTo("https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE0001");
        assertThat(q.text()).contains("留言");

        Phone quiet = caller().dial().press("0").silence();
        assertThat(quiet.text()).contains("没有录到声音");
        assertThat(quiet.action("Gather")).startsWith("/twilio/voice/menu");
    }

    @Test
    void key_3_reads_the_callers_own_requests_and_a_strangers_keyed_code_finds_nothing() throws Exception {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "+8613700000001", false,
                RequestChannel.SMS, "石门村修路的账目", null, null, null), "test");
        String code = records.requests().show(id).request().receiptCode();

        Phone p = caller().dial().press("3");
        assertThat(p.text()).contains("回执编号").contains("井号键");
        assertThat(p.verb("Gather").getAttribute("input")).isEqualTo("dtmf");
        p.press(Progress.keyed(code));
        assertThat(p.text()).contains("没查到").doesNotContain("这件申请");

        Phone wrong = caller().dial().press("3").press("22222222");
        assertThat(wrong.text()).contains("没查到");

        Phone mine = caller("+8613700000001").dial().press("3");
        assertThat(mine.text()).contains("您有一件申请").contains("等工作人员打电话核对身份");
    }

    @Test
    void forged_or_missing_signature_is_refused_and_nothing_is_logged() throws Exception {
        Map<String, String> p = new TreeMap<>(Map.of("CallSid", "CAforged", "From", "+8613900000999"));
        HttpResponse<String> forged = Twilio.post(server.port(), "/twilio/voice", p,
                Twilio.sign("wrong-token", Twilio.PUBLIC + "/twilio/voice", p));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> unsigned = Twilio.post(server.port(), "/twilio/voice/menu?s=1", p, null);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(inquiries("CAforged")).isEmpty();
    }

    @Test
    void purging_old_inquiries_also_forgets_the_calls_working_state() throws Exception {
        Phone p = caller().dial().speak("低保", 0.9);
        java.time.Instant later = TestHomes.CLOCK.instant().plusSeconds(1);
        records.inquiries().purgeOlderThan(later);
        int left = records.database().read(tx -> tx.one("SELECT count(*) FROM voice_steps WHERE call_sid = ?",
                rs -> rs.getInt(1), p.callSid).orElse(0));
        assertThat(left).isZero();
        assertThat(inquiries(p.callSid).get(0).senderPhone()).isNull();
    }

    @Test
    void one_stage_route_serves_every_stage_and_an_unknown_stage_is_404() throws Exception {
        assertThat(server.routes()).contains("POST /twilio/voice", "POST /twilio/voice/{stage}");
        for (String stage : List.of("menu", "confirm", "result", "category", "village", "progress", "message", "staff",
                "status")) {
            assertThat(Twilio.post(server.port(), "/twilio/voice/" + stage + "?s=1", Map.of("CallSid", "CAx"), null)
                    .statusCode()).as(stage).isEqualTo(403);
        }
        assertThat(Twilio.post(server.port(), "/twilio/voice/nonsense?s=1", Map.of("CallSid", "CAx"), null).statusCode())
                .isEqualTo(404);
    }
}
