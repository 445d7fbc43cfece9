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
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole calls, signed as Twilio signs, of a caller who talks back: steering words at the
 * prompts, an unclear village, a key pressed where words were expected, a misheard word, a
 * long or garbled question, several questions in one call, and how the call ended.
 */
class VoiceTalkBackTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Records records;
    static SmsGateway sms;
    static Server server;
    static final AtomicInteger sids = new AtomicInteger();
    static final AtomicInteger numbers = new AtomicInteger(500);

    @BeforeAll
    static void start() {
        corpus = TestHomes.sample(home);
        records = Records.open(new Home(home), TestHomes.CLOCK);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        ConfigFiles config = new ConfigFiles(new Home(home));
        sms = new SmsGateway(corpus, records, config, twilio, TestHomes.CLOCK);
        server = new Server(corpus, sms.webhook(), new VoiceGateway(corpus, records, config, twilio, sms, TestHomes.CLOCK)
                .webhook(), null, null).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        sms.close();
        corpus.close();
    }

    static Phone caller() {
        return new Phone(server.port(), String.format("CT%032d", sids.incrementAndGet()),
                "+86139" + String.format("%08d", numbers.incrementAndGet()));
    }

    static Inquiry inquiry(Phone p) {
        return records.inquiries().list(new InquiryFilter(InquiryChannel.VOICE, null, null, null, null, 0)).stream()
                .filter(q -> p.callSid.equals(q.externalId())).findFirst().orElseThrow();
    }

    static VoiceCalls.View call(Phone p) {
        return VoiceCalls.of(records.database(), List.of(inquiry(p).id())).get(inquiry(p).id());
    }

    @Test
    void next_repeat_and_send_to_my_phone_said_at_the_results_menu_steer_and_are_never_searched() throws Exception {
        Phone p = caller().dial().speak("救助", 0.9);
        assertThat(p.text()).contains("第一条");
        p.speak("下一条。", 0.8);
        assertThat(p.text()).contains("第二条").doesNotContain("没找到");
        String second = p.text();
        p.speak("重听", 0.7);
        assertThat(p.text()).isEqualTo(second);
        p.speak("再说一遍", 0.9);
        assertThat(p.text()).isEqualTo(second);
        p.speak("帮我发到手机上吧", 0.9);
        assertThat(p.text()).contains("短信发到您手机上").doesNotContain("第一条");
        assertThat(sms.outbox().list(100)).filteredOn(r -> r.to().equals(p.from) && r.kind() == Outbox.Kind.VOICE_COPY)
                .hasSize(1);
        p.speak("夏一条", 0.6); // a near homophone of 下一条
        assertThat(p.text()).contains("第三条");
        p.speak("好的", 0.9);
        assertThat(p.action("Gather")).startsWith("/twilio/voice/result");
        p.speak("回主菜单", 0.9);
        assertThat(p.action("Gather")).startsWith("/twilio/voice/menu");
        p.speak("不用了", 0.9);
        assertThat(p.has("Hangup")).isTrue();
        assertThat(p.text()).contains("再见");

        Inquiry q = inquiry(p);
        assertThat(q.text()).isEqualTo("救助");
        assertThat(call(p).questions()).hasSize(1);
        assertThat(records.inquiries().list(new InquiryFilter(InquiryChannel.VOICE, null, null, null, null, 0)))
                .noneMatch(i -> i.text().contains("下一条") || i.text().contains("发到手机") || i.text().contains("重听"));
    }

    @Test
    void steering_words_are_understood_at_every_prompt_that_listens() throws Exception {
        Phone menu = caller().dial().speak("下一条", 0.9);
        assertThat(menu.text()).contains("这里能按的键是").doesNotContain("没找到");
        assertThat(menu.action("Gather")).startsWith("/twilio/voice/menu");

        Phone cat = caller().dial().press("2").speak("下一条", 0.9);
        assertThat(cat.prompt()).contains("上学与交通").doesNotContain("救助与保障");
        cat.speak("回主菜单", 0.9);
        assertThat(cat.action("Gather")).startsWith("/twilio/voice/menu");

        Phone confirm = caller().dial().speak("临时救助", 0.3);
        assertThat(confirm.action("Gather")).startsWith("/twilio/voice/confirm");
        confirm.speak("嗯", 0.9);
        assertThat(confirm.text()).contains("第一条");
        Phone declined = caller().dial().speak("临时救助", 0.3).speak("不是", 0.9);
        assertThat(declined.text()).contains("再说一遍");
        assertThat(inquiry(declined).text()).startsWith("语音：");
    }

    @Test
    void the_village_question_lets_go_after_two_unclear_answers_and_0_always_goes_back() throws Exception {
        Phone p = caller().dial().press("1");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/village");
        p.speak("火星基地", 0.9);
        assertThat(p.text()).contains("没听清是哪个村");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/village");
        p.press("9");
        assertThat(p.text()).contains("先给您听全区的消息").contains("第一条");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/result");
        assertThat(inquiry(p).village()).isNull();

        Phone back = caller().dial().press("1").press("0");
        assertThat(back.action("Gather")).startsWith("/twilio/voice/menu");
        Phone backFromList = caller().dial().press("1").press("1").press("4").press("0");
        assertThat(backFromList.action("Gather")).startsWith("/twilio/voice/menu");

        Phone spoken = caller().dial().press("1").speak("我是柳河村的", 0.8);
        assertThat(spoken.text()).contains("记住了").contains("柳河村");
    }

    @Test
    void no_prompt_offers_more_than_four_choices_besides_going_back() throws Exception {
        Pattern key = Pattern.compile("按([一二三四五六七八九幺])");
        List<Phone> prompts = List.of(caller().dial(), caller().dial().press("1"), caller().dial().press("1").press("1"),
                caller().dial().press("1").press("1").press("4"), caller().dial().press("1").press("1").press("4").press("4"),
                caller().dial().press("2"), caller().dial().press("2").press("4"), caller().dial().speak("低保", 0.9),
                caller().dial().speak("低保", 0.2), caller().dial().press("3"));
        int longest = 0;
        for (Phone p : prompts) {
            Set<String> keys = new LinkedHashSet<>();
            Matcher m = key.matcher(p.prompt());
            while (m.find()) {
                keys.add(m.group(1));
            }
            assertThat(keys).as(p.prompt()).hasSizeLessThanOrEqualTo(4);
            longest = Math.max(longest, keys.size());
        }
        assertThat(longest).isEqualTo(4);
    }

    @Test
    void keys_pressed_where_words_were_expected_are_told_which_keys_work() throws Exception {
        Phone p = caller().dial().press("99");
        assertThat(p.text()).contains("这里能按的键是一、二、三、零").doesNotContain("再说一遍");
        p.speak("低保", 0.9).press("99");
        assertThat(p.text()).contains("这里能按的键是");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/result");
        Phone village = caller().dial().press("1").press("7");
        assertThat(village.text()).contains("这里能按的键是一、零");
    }

    @Test
    void a_misheard_word_is_recovered_as_a_text_is_and_confirmed_as_recovered_when_unsure() throws Exception {
        Phone sure = caller().dial().speak("农宝", 0.9);
        assertThat(sure.text()).contains("第一条").contains("养老保险");
        Phone unsure = caller().dial().speak("农宝", 0.3);
        assertThat(unsure.prompt()).contains("您问的是“农保”吗");
        unsure.press("1");
        assertThat(unsure.text()).contains("第一条");
        assertThat(inquiry(unsure).text()).isEqualTo("农保");
    }

    @Test
    void the_callers_words_are_echoed_only_as_a_short_clean_phrase() throws Exception {
        Phone junk = caller().dial().speak("http evil com b amp 火星移民", 0.9);
        assertThat(junk.text()).contains("没找到“火星移民”").doesNotContain("http").doesNotContain("evil");
        Phone repeats = caller().dial().speak("我想问一下".repeat(8), 0.9);
        assertThat(repeats.text()).doesNotContain("我想问一下我想问一下");
        Phone rambling = caller().dial().speak("我家隔壁那个老王他们家的狗昨天晚上一直叫个不停怎么办", 0.9);
        assertThat(rambling.text()).contains("没找到您问的消息").doesNotContain("老王");
        Phone unsureLong = caller().dial().speak("我家隔壁那个老王他们家的狗昨天晚上一直叫", 0.2);
        assertThat(unsureLong.text()).contains("没听清您说的").doesNotContain("老王");
    }

    @Test
    void each_question_of_a_call_has_its_result_and_one_answered_question_is_not_nothing_found() throws Exception {
        Phone p = caller().dial().speak("低保", 0.9).press("0").speak("火星移民", 0.9).speak("临时救助", 0.9);
        Inquiry q = inquiry(p);
        assertThat(q.nothingFound()).isFalse();
        assertThat(q.category()).isNotBlank();
        List<VoiceCalls.Question> asked = call(p).questions();
        assertThat(asked).extracting(VoiceCalls.Question::text).containsExactly("低保", "火星移民", "临时救助");
        assertThat(asked.get(0).found()).isPositive();
        assertThat(asked.get(1).found()).isZero();

        Phone none = caller().dial().speak("火星移民", 0.9);
        assertThat(inquiry(none).nothingFound()).isTrue();
        Phone latest = caller().dial().press("1").press("1").press("1");
        assertThat(inquiry(latest).category()).as("category filled the same way for a browsing call").isNotBlank();
    }

    @Test
    void the_status_callback_records_how_each_call_ended() throws Exception {
        Phone listening = caller().dial().speak("低保", 0.9);
        assertThat(listening.status("completed", 42)).isEqualTo(204);
        assertThat(call(listening).ended()).isEqualTo("HUNG_UP_LISTENING");
        assertThat(call(listening).seconds()).isEqualTo(42);

        Phone finished = caller().dial().speak("再见", 0.9);
        assertThat(finished.has("Hangup")).isTrue();
        finished.status("completed", 30);
        assertThat(call(finished).ended()).isEqualTo("COMPLETED");

        Phone atMenu = caller().dial();
        atMenu.status("completed", 5);
        assertThat(call(atMenu).ended()).isEqualTo("HUNG_UP");

        Phone busy = caller();
        assertThat(busy.status("busy", 0)).isEqualTo(204);
        assertThat(call(busy).ended()).isEqualTo("BUSY");
        assertThat(inquiry(busy).senderPhone()).isEqualTo(busy.from);

        Phone ringing = caller().dial();
        ringing.status("in-progress", 0);
        assertThat(call(ringing).ended()).isNull();
        // forged: refused, nothing recorded
        var forged = Twilio.post(server.port(), "/twilio/voice/status",
                java.util.Map.of("CallSid", ringing.callSid, "CallStatus", "busy"), "bad-signature");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(call(ringing).ended()).isNull();
    }
}
