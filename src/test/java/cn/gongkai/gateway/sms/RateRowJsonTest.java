package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate row's message ids, written and read without Jackson's general path, are what Jackson writes and reads. */
class RateRowJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ids_are_written_byte_for_byte_as_jackson_writes_them() throws Exception {
        for (List<String> ids : List.of(List.<String>of(), List.of("SM0123abc"), List.of("SMa", "SMb", ""),
                List.of("引号\"在内", "back\\slash", "tab\there", "低保😀", "\u0001"), List.of("a,b", "[x]"))) {
            assertThat(RateLimiter.json(ids)).as(ids.toString()).isEqualTo(JSON.writeValueAsString(ids));
            assertThat(RateLimiter.ids(RateLimiter.json(ids))).isEqualTo(ids);
        }
    }

    @Test
    void rows_written_by_jackson_or_damaged_read_as_jackson_reads_them() throws Exception {
        for (String json : new String[] {"[]", "[\"SM1\",\"SM2\"]", "[ \"SM1\" , \"SM2\" ]", "[\"a\\\"b\",\"c\"]",
                "[\"\\u4f4e\"]", "[\"\"]", "[\"a\",\"\"]"}) {
            assertThat(RateLimiter.ids(json)).as(json)
                    .isEqualTo(JSON.readValue(json, new TypeReference<List<String>>() {}));
        }
        for (String damaged : new String[] {"[\"a\",]", "[\"a\"", "[a]", "[\"a\"\"b\"]", "[,]", "nonsense", ""}) {
            assertThat(RateLimiter.ids(damaged)).as(damaged).isEmpty();
        }
    }
}
