package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.sms.Questions;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.inquiries.InquiryChannel;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 问得最多的问题 counts questions, not the words that steer an SMS conversation (issue 17). */
class ChartsQuestionsTest {
    @TempDir Path home;

    @Test
    void steering_texts_are_not_questions() {
        for (String t : new String[] {"1", "2", "更多", "满意", "不满意", "我是石门村的", "TD", "帮助", "(空短信)"}) {
            assertThat(Questions.isQuestion(InquiryChannel.SMS, t)).as(t).isFalse();
        }
        assertThat(Questions.isQuestion(InquiryChannel.SMS, "低保怎么申请")).isTrue();
        assertThat(Questions.isQuestion(InquiryChannel.KIOSK, "slfh")).isTrue();
    }

    @Test
    void the_chart_of_top_questions_shows_only_questions() throws Exception {
        try (StaffSite site = new StaffSite(home, Duration.ofMinutes(30))) {
            String from = "+8613800003333";
            int n = 0;
            for (String t : new String[] {"低保", "1", "更多", "满意", "我是石门村的", "低保", "1", "更多", "满意"}) {
                site.sms.channel().reply(new SmsChannel.Inbound(from, t, "SMchart" + n++));
            }
            String page = site.client().loggedIn(StaffSite.STAFF).get("/staff/charts").body();
            String top = page.substring(page.indexOf("id=\"chart-top\""));
            top = top.substring(0, top.indexOf("</div>"));
            assertThat(top).contains("低保").doesNotContain("更多", "满意", "石门村");
        }
    }
}
