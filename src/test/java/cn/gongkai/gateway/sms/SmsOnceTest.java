package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.RequestNotices;
import cn.gongkai.twilio.TwilioConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One message, one request, whatever the timing; and a text without a sender is nobody's. Over
 * a real server on a free port, signed as Twilio signs.
 */
class SmsOnceTest {
    @TempDir static Path home;
    static Corpus corpus;
    static Records records;
    static SmsGateway sms;
    static Server server;

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

    static long count(String sql, Object... args) {
        return records.database().read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElse(0L));
    }

    /** Ten copies of one signed delivery, released together (Twilio retrying after a timeout). */
    static List<HttpResponse<String>> burst(Map<String, String> params, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<String>> post = () -> {
                    go.await();
                    return Twilio.signed(server.port(), "/twilio/sms", params);
                };
                all.add(pool.submit(post));
            }
            go.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : all) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ten_simultaneous_deliveries_of_one_apply_file_one_request_and_get_one_reply() throws Exception {
        for (int round = 0; round < 3; round++) {
            String phone = "+861390000100" + round;
            String sid = String.format("SMrace%026d", round);
            List<HttpResponse<String>> answers = burst(Twilio.sms(phone, "申请 石门村2025年修路的账目" + round, sid), 10);
            List<String> replies = new ArrayList<>();
            for (HttpResponse<String> r : answers) {
                assertThat(r.statusCode()).isEqualTo(200);
                replies.add(Twilio.replyText(r.body()));
            }
            assertThat(replies.get(0)).contains("GK");
            assertThat(replies).as("every delivery gets the same reply").containsOnly(replies.get(0));
            assertThat(count("SELECT count(*) FROM requests WHERE contact = ?", phone)).as("requests filed").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM inquiries WHERE external_id = ?", sid)).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM sms_replies WHERE message_id = ?", sid)).isEqualTo(1);
        }
    }

    @Test
    void a_notice_is_queued_once_per_event_however_many_tell_it_at_once() throws Exception {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "王五", "+8613900001010", false,
                RequestChannel.SMS, "杏花村修渠的账目", null, null, null), "test");
        RequestNotices notices = new RequestNotices(new Outbox(records.database(), TestHomes.CLOCK),
                cn.gongkai.config.Messages.load(new ConfigFiles(new Home(home))), 2);
        records.requests().confirmReceipt(id, TestHomes.TODAY, true, "test");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    notices.committed(records.requests(), id, cn.gongkai.requests.EventKind.RECEIVED);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM outbox WHERE to_phone = ?", "+8613900001010")).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_second_request_from_one_inquiry() {
        long inquiry = records.inquiries().record(new NewInquiry(InquiryChannel.CONSOLE, null, null, "修路账目",
                List.of(), true, null, null, null, null));
        NewRequest r = new NewRequest(ApplicantType.NATURAL_PERSON, "张三", null, false, RequestChannel.IN_PERSON,
                "修路账目", null, null, inquiry);
        long first = records.requests().add(r, "test");
        // Bypassing every check in Java: the schema itself holds the line.
        assertThatThrownBy(() -> records.database().write(tx -> tx.insert("""
                INSERT INTO requests (receipt_code, applicant_type, channel, content, inquiry_id, created_at, body_id)
                VALUES ('GK99999999', 'NATURAL_PERSON', 'IN_PERSON', 'again', ?, '2026-01-01T00:00:00.000Z', 'default')""",
                inquiry))).hasMessageContaining("UNIQUE");
        assertThatThrownBy(() -> records.requests().add(r, "test")).hasMessageContaining("#" + first);
        assertThat(count("SELECT count(*) FROM requests WHERE inquiry_id = ?", inquiry)).isEqualTo(1);
    }

    @Test
    void an_empty_or_missing_from_matches_nobodys_request() throws Exception {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "李四", null, false,
                RequestChannel.IN_PERSON, "杏花村低保名单", null, null, null), "test");
        String code = records.requests().show(id).request().receiptCode();
        for (String from : new String[] {"", " ", null}) {
            Map<String, String> p = new TreeMap<>(Twilio.sms("+8613900009999", "进度 " + code,
                    "SMempty" + System.nanoTime()));
            if (from == null) {
                p.remove("From");
            } else {
                p.put("From", from);
            }
            String reply = Twilio.replyText(Twilio.signed(server.port(), "/twilio/sms", p).body());
            assertThat(reply).as("From=" + from).contains("没查到").doesNotContain("核对身份");
        }
    }
}
