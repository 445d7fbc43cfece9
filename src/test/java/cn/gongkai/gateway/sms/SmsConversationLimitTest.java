package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.twilio.TwilioConfig;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A normal conversation fits the rate limit, and feedback is never dropped (issue 17). */
class SmsConversationLimitTest {
    @TempDir Path home;

    @Test
    void an_eleven_text_conversation_and_its_feedback_all_get_through_in_one_minute() {
        Corpus corpus = TestHomes.sample(home);
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        try (SmsGateway sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)),
                TwilioConfig.fromEnv(Map.of()), TestHomes.CLOCK)) {
            String limited = cn.gongkai.config.Messages.load(new ConfigFiles(new Home(home))).get("sms.rate_limited");
            String from = "+8613800001111";
            // the clock does not move: every text falls in the same minute
            List<String> texts = List.of("帮助", "低保", "1", "更多", "2", "我是石门村的", "医保", "1", "森林防火", "1",
                    "更多", "满意");
            int n = 0;
            for (String t : texts) {
                String reply = sms.channel().reply(new SmsChannel.Inbound(from, t, "SMconv" + n++));
                assertThat(reply).as("reply to %s", t).isNotEqualTo(limited).isNotBlank();
            }
            assertThat(records.inquiries().list(InquiryFilter.all()))
                    .anySatisfy(q -> assertThat(q.feedback()).isEqualTo("HELPFUL"));

            // a flood is still cut off, but the feedback after it is kept
            String flood = "+8613800002222";
            sms.channel().reply(new SmsChannel.Inbound(flood, "低保", "SMflood-first"));
            for (int i = 0; i < 40; i++) {
                sms.channel().reply(new SmsChannel.Inbound(flood, "低保" + i, "SMflood" + i));
            }
            assertThat(sms.channel().reply(new SmsChannel.Inbound(flood, "低保", "SMflood-last"))).isEmpty();
            sms.channel().reply(new SmsChannel.Inbound(flood, "不满意", "SMflood-feedback"));
            assertThat(records.inquiries().list(InquiryFilter.all()))
                    .anySatisfy(q -> assertThat(q.feedback()).isEqualTo("UNHELPFUL"));
        } finally {
            corpus.close();
        }
    }
}
