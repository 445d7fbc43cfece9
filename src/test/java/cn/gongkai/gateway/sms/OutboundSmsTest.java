package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.OutboxSender;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioTransport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.ResultCode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outbound notices end to end through the Twilio SDK against a fake Twilio REST API on loopback. */
class OutboundSmsTest {
    static final String SID = "AC11111111111111111111111111111111";

    @TempDir Path home;
    HttpServer fake;
    /** Messages the fake "Twilio" accepted (to, body). */
    final List<Map<String, String>> created = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger posts = new AtomicInteger();
    /** Per POST: 0 = accept, 500 = fail before creating, -500 = create then answer 500. */
    final List<Integer> script = Collections.synchronizedList(new ArrayList<>());
    final MutableClock clock = new MutableClock(TestHomes.CLOCK.instant());

    Corpus corpus;
    Records records;
    SmsGateway sms;
    OutboxSender sender;

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneId getZone() { return ZoneId.systemDefault(); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    @BeforeEach
    void start() throws IOException {
        fake = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        fake.createContext("/2010-04-01/Accounts/" + SID + "/Messages.json", this::twilio);
        fake.start();
        corpus = TestHomes.sample(home);
        records = Records.open(new Home(home), clock);
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, SID, "+15005550006", Twilio.PUBLIC,
                "http://localhost:" + fake.getAddress().getPort());
        sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)), twilio, clock);
        sender = new OutboxSender(sms.outbox(), records.database(), new TwilioTransport(twilio), clock, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        fake.stop(0);
        sms.close();
        corpus.close();
    }

    private void twilio(HttpExchange ex) throws IOException {
        String json;
        int status = 200;
        if (ex.getRequestMethod().equals("POST")) {
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int n = posts.getAndIncrement();
            int action = n < script.size() ? script.get(n) : 0;
            if (action != 500) {
                created.add(form);
            }
            if (action == 0) {
                status = 201;
                json = message("SM" + String.format("%032d", created.size()), form.get("To"), form.get("Body"));
            } else {
                status = 500;
                json = "{\"code\":20500,\"message\":\"Internal Server Error\",\"more_info\":\"\",\"status\":500}";
            }
        } else {
            String to = form(ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery()).get("To");
            StringBuilder list = new StringBuilder();
            synchronized (created) {
                for (int i = created.size() - 1; i >= 0; i--) {
                    Map<String, String> m = created.get(i);
                    if (m.get("To").equals(to)) {
                        list.append(list.length() == 0 ? "" : ",").append(message("SM" + String.format("%032d", i + 1), to, m.get("Body")));
                    }
                }
            }
            json = "{\"messages\":[" + list + "],\"end\":0,\"first_page_uri\":\"/2010-04-01/Accounts/" + SID
                    + "/Messages.json?PageSize=50&Page=0\",\"next_page_uri\":null,\"page\":0,\"page_size\":50,"
                    + "\"previous_page_uri\":null,\"start\":0,\"uri\":\"/2010-04-01/Accounts/" + SID + "/Messages.json\"}";
        }
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    private static String message(String sid, String to, String body) {
        return "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + SID + "\",\"to\":\"" + to + "\",\"from\":\"+15005550006\","
                + "\"body\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(body) + ",\"status\":\"queued\","
                + "\"date_created\":null,\"num_segments\":\"1\",\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\"}";
    }

    private static Map<String, String> form(String s) {
        Map<String, String> m = new HashMap<>();
        for (String kv : s.split("&")) {
            if (!kv.isEmpty()) {
                String[] p = kv.split("=", 2);
                m.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        return m;
    }

    long smsRequest(String phone) {
        return records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "王某某", phone, false, RequestChannel.SMS,
                "石门村修路账目", null, null, null), "test");
    }

    @Test
    void request_events_queue_one_notice_each_and_the_sender_delivers_them_through_the_sdk() {
        long id = smsRequest("13800000001");
        records.requests().confirmReceipt(id, TestHomes.TODAY, true, "staff");
        records.requests().conclude(id, ResultCode.GRANTED, TestHomes.TODAY, null, "staff");
        assertThat(sms.outbox().list(10)).hasSize(2);
        assertThat(sender.drain()).isEqualTo(2);
        assertThat(created).hasSize(2);
        assertThat(created.get(0).get("To")).isEqualTo("+8613800000001");
        assertThat(created.get(0).get("Body")).contains("已受理");
        assertThat(created.get(0).get("StatusCallback")).startsWith(Twilio.PUBLIC + "/twilio/sms/status?outbox=");
        assertThat(sms.outbox().list(10)).allMatch(r -> r.status().equals("SENT") && r.providerSid() != null);
        assertThat(sender.drain()).isZero();
        assertThat(created).hasSize(2);
    }

    @Test
    void a_landline_contact_gets_no_notice() {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, null, "0421-1234567", false,
                RequestChannel.IN_PERSON, "x", null, null, null), "test");
        assertThat(id).isPositive();
        assertThat(sms.outbox().list(10)).isEmpty();
    }

    @Test
    void a_500_before_creating_is_looked_up_then_sent_once() {
        script.add(500);
        smsRequest("13800000002");
        records.requests().confirmReceipt(1, TestHomes.TODAY, true, "staff");
        sender.drain();
        assertThat(posts.get()).isEqualTo(1); // no silent SDK retries
        assertThat(sms.outbox().list(1).get(0).status()).isEqualTo("UNCERTAIN");
        sender.drain();
        assertThat(posts.get()).isEqualTo(1); // not due yet: backoff
        clock.advance(Duration.ofMinutes(1));
        sender.drain();
        assertThat(created).hasSize(1);
        assertThat(sms.outbox().list(1).get(0).status()).isEqualTo("SENT");
    }

    @Test
    void a_500_after_creating_is_found_at_twilio_and_never_sent_twice() {
        script.add(-500);
        smsRequest("13800000003");
        records.requests().confirmReceipt(1, TestHomes.TODAY, true, "staff");
        sender.drain();
        clock.advance(Duration.ofMinutes(1));
        sender.drain();
        clock.advance(Duration.ofHours(2));
        sender.drain();
        assertThat(posts.get()).isEqualTo(1);
        assertThat(created).hasSize(1);
        Outbox.Row row = sms.outbox().list(1).get(0);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.providerSid()).isEqualTo("SM" + String.format("%032d", 1));
    }

    @Test
    void a_stopped_number_is_never_texted_and_start_lets_later_notices_through() {
        sms.channel().reply(new SmsChannel.Inbound("+8613800000004", "STOP", "SMs1"));
        smsRequest("13800000004");
        records.requests().confirmReceipt(1, TestHomes.TODAY, true, "staff");
        sender.drain();
        assertThat(created).isEmpty();
        assertThat(sms.outbox().list(1).get(0).status()).isEqualTo("SUPPRESSED");
        sms.channel().reply(new SmsChannel.Inbound("+8613800000004", "START", "SMs2"));
        records.requests().conclude(1, ResultCode.GRANTED, TestHomes.TODAY, null, "staff");
        sender.drain();
        assertThat(created).hasSize(1);
    }

    @Test
    void subscribers_of_a_village_or_category_get_one_notice_per_new_disclosure() {
        sms.channel().reply(new SmsChannel.Inbound("+8613800000005", "订阅 石门村", "SMa"));
        sms.channel().reply(new SmsChannel.Inbound("+8613800000006", "订阅 柳河", "SMb"));
        Disclosure d = new Disclosure("NEW-1", "石门村2026年道路硬化工程公示", null, null, "青禾区交通局", "交通建设", "公示",
                TestHomes.TODAY, null, List.of("石门村"), "石门村修路的钱和工期。", "正文", "test");
        assertThat(sms.subscriptions().disclosurePublished(d)).isEqualTo(1);
        assertThat(sms.subscriptions().disclosurePublished(d)).isZero();
        sender.drain();
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("To")).isEqualTo("+8613800000005");
        assertThat(created.get(0).get("Body")).contains("取件码").doesNotContain("http");
    }

    @Test
    void a_status_callback_records_delivery() {
        smsRequest("13800000007");
        records.requests().confirmReceipt(1, TestHomes.TODAY, true, "staff");
        sender.drain();
        Outbox.Row row = sms.outbox().list(1).get(0);
        sms.channel().delivered(new SmsChannel.DeliveryReport(row.providerSid(), row.id(), "delivered", null));
        assertThat(sms.outbox().get(row.id()).orElseThrow().deliveryStatus()).isEqualTo("delivered");
    }
}
