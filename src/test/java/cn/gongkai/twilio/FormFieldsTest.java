package cn.gongkai.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Twilio's form read from the body's bytes gives what URLDecoder gives, first value of each name. */
class FormFieldsTest {
    /** What the framework's parsing gave: split on & and the first =, URLDecoder on both halves, first value kept. */
    private static Map<String, String> reference(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String piece : body.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            String[] kv = piece.split("=", 2);
            m.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return m;
    }

    private static Map<String, String> parsed(String body) {
        return FormFields.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_twilio_post_with_chinese_emoji_and_markup_reads_as_urldecoder_reads_it() {
        String body = "Body=" + URLEncoder.encode("低保 怎么办？😀 a+b=c&d<e>%", StandardCharsets.UTF_8)
                + "&From=%2B8613900000001&MessageSid=SM123&To=%2B15005550006&NumMedia=0&Empty=&Bare";
        assertThat(parsed(body)).isEqualTo(reference(body)).containsEntry("Body", "低保 怎么办？😀 a+b=c&d<e>%")
                .containsEntry("From", "+8613900000001").containsEntry("Empty", "").containsEntry("Bare", "");
    }

    @Test
    void repeated_names_keep_the_first_value_and_empty_pieces_are_skipped() {
        String body = "&a=1&&a=2&b=x=y&=v&";
        assertThat(parsed(body)).isEqualTo(reference(body)).containsEntry("a", "1").containsEntry("b", "x=y")
                .containsEntry("", "v");
    }

    @Test
    void random_fields_read_alike() {
        Random r = new Random(18);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int fields = r.nextInt(6);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    b.append('&');
                }
                b.append(URLEncoder.encode(randomText(r), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(randomText(r), StandardCharsets.UTF_8));
            }
            assertThat(parsed(b.toString())).as(b.toString()).isEqualTo(reference(b.toString()));
        }
    }

    private static String randomText(Random r) {
        String alphabet = "ab低保0+=&%? \n\"'<>😀";
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            int at = r.nextInt(alphabet.length() - 1);
            s.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                    : String.valueOf(alphabet.charAt(at)).replace("\uDE00", "x"));
        }
        return s.toString();
    }

    @Test
    void a_broken_escape_is_refused_as_urldecoder_refuses_it() {
        for (String body : new String[] {"Body=%", "Body=%4", "Body=%zz&From=1", "Bo%g1dy=1"}) {
            assertThatThrownBy(() -> reference(body)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> parsed(body)).as(body).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void only_a_utf8_form_is_read_here() {
        assertThat(FormFields.reads("application/x-www-form-urlencoded")).isTrue();
        assertThat(FormFields.reads("Application/X-WWW-Form-Urlencoded; charset=UTF-8")).isTrue();
        assertThat(FormFields.reads("application/x-www-form-urlencoded;charset=\"utf-8\"")).isTrue();
        assertThat(FormFields.reads("application/x-www-form-urlencoded; charset=GBK")).isFalse();
        assertThat(FormFields.reads("multipart/form-data; boundary=x")).isFalse();
        assertThat(FormFields.reads("application/x-www-form-urlencodedX")).isFalse();
        assertThat(FormFields.reads(null)).isFalse();
    }
}
