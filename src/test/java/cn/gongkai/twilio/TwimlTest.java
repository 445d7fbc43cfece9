package cn.gongkai.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;

/** The TwiML written directly is what the SDK's builder writes, for every character and the usual replies. */
class TwimlTest {
    private static String sdk(String reply) throws Exception {
        MessagingResponse.Builder r = new MessagingResponse.Builder();
        if (!reply.isEmpty()) {
            r.message(new Message.Builder().body(new Body.Builder(reply).build()).build());
        }
        return r.build().toXml();
    }

    @Test
    void every_character_of_the_basic_plane_is_written_as_the_builder_writes_it() throws Exception {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue; // half a pair: handed to the builder itself
            }
            String reply = "低保" + (char) c + "a";
            assertThat(TwilioWebhook.messagingXml(reply)).as("U+%04X", c).isEqualTo(sdk(reply));
        }
    }

    @Test
    void replies_as_sent_empty_emoji_and_markup_alike() throws Exception {
        for (String reply : new String[] {"", "找到4条：\n1.青禾区最低生活保障审核确认实施办法(2025.6.10)\n回数字看详情，回“更多”看下页",
                "a&b<c>d\"e'f ]]>", "emoji 😀 end", "x\r\ty", "  空格  ", "\u2028\uFFFD\uFFFF"}) {
            assertThat(TwilioWebhook.messagingXml(reply)).as(reply).isEqualTo(sdk(reply));
        }
    }
}
