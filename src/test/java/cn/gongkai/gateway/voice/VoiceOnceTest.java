package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call is logged once however its webhooks race; progress by code answers only the number that filed it. */
class VoiceOnceTest {
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

    static Phone caller(String from) {
        return new Phone(server.port(), String.format("CA%032d", sids.incrementAndGet()), from);
    }

    static long count(String sql, Object... args) {
        return records.database().read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElse(0L));
    }

    static String file(String contact, String content) {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", contact, false,
                RequestChannel.SMS, content, null, null, null), "test");
        return records.requests().show(id).request().receiptCode();
    }

    @Test
    void ten_simultaneous_first_webhooks_of_one_call_log_one_inquiry_and_answer_alike() throws Exception {
        Phone p = caller("+8613911110000");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    return p.raw("/twilio/voice", Map.of("CallStatus", "ringing"));
                }));
            }
            go.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> f : all) {
                assertThat(f.get().statusCode()).isEqualTo(200);
                bodies.add(f.get().body());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM inquiries WHERE external_id = ?", p.callSid)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM voice_calls WHERE call_sid = ?", p.callSid)).isEqualTo(1);
    }

    @Test
    void new_receipt_codes_are_digits_that_key_and_read_as_themselves() {
        for (int i = 0; i < 20; i++) {
            String code = file("+8613911110001", "账目" + i);
            assertThat(code).matches("GK[0-9]{8}");
            assertThat(Progress.keyed(code)).isEqualTo(code.substring(2));
        }
    }

    @Test
    void a_code_keyed_by_another_number_tells_nothing() throws Exception {
        String code = file("+8613911110002", "石门村修路的账目");
        Phone stranger = caller("+8613911119999").dial().press("3");
        assertThat(stranger.text()).contains("回执编号");
        stranger.press(Progress.keyed(code));
        assertThat(stranger.text()).contains("没查到").doesNotContain("这件申请");
    }

    @Test
    void the_filer_keys_an_older_code_including_one_of_the_old_letter_form() throws Exception {
        String phone = "+8613911110003";
        // A code of the earlier form (letters, keyed as the digit printed under them) stays valid.
        records.database().write(tx -> tx.insert("""
                INSERT INTO requests (receipt_code, applicant_type, contact, contact_line, channel, content, created_at)
                VALUES ('GKADGJMPTW', 'NATURAL_PERSON', ?, ?, 'SMS', '旧编号的申请', '2026-01-05T00:00:00.000Z')""",
                phone, cn.gongkai.requests.Phones.line(phone)));
        for (int i = 0; i < 3; i++) {
            file(phone, "新申请" + i);
        }
        Phone p = caller(phone).dial().press("3");
        assertThat(p.text()).contains("您有四件申请").contains("回执编号");
        p.press("23456789");
        assertThat(p.text()).contains("这件申请");
    }

    @Test
    void three_wrong_codes_end_the_guessing_for_the_call() throws Exception {
        String code = file("+8613911110004", "杏花村低保名单");
        Phone p = caller("+8613911118888").dial();
        for (int i = 0; i < 3; i++) {
            p.press("3");
            assertThat(p.text()).contains("回执编号");
            p.press(String.format("%08d", 11111111 * (i + 2) % 100_000_000));
            assertThat(p.text()).contains("没查到");
        }
        p.press("3");
        assertThat(p.text()).contains("次数").doesNotContain("回执编号");
        assertThat(p.action("Gather")).startsWith("/twilio/voice/menu");
        // and a retry of the finished guessing does not reopen it
        p.press("3").press(Progress.keyed(code));
        assertThat(p.text()).doesNotContain("这件申请");
    }

    @Test
    void an_empty_or_missing_from_matches_nobodys_request() throws Exception {
        String code = file(null, "没有联系电话的申请");
        for (String from : new String[] {"", " "}) {
            Phone p = caller(from).dial().press("3");
            assertThat(p.text()).doesNotContain("您有");
            p.press(Progress.keyed(code));
            assertThat(p.text()).contains("没查到").doesNotContain("这件申请");
        }
    }
}
