package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written JSON of id lists is Jackson's, character for character, and reads back. */
class JsonStringsTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void writes_what_jackson_writes_for_every_bmp_character_and_reads_it_back() throws Exception {
        List<String> one = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            one.add("x" + (char) c + "y");
        }
        for (int from = 0; from < one.size(); from += 512) {
            List<String> chunk = one.subList(from, Math.min(one.size(), from + 512));
            String mine = JsonStrings.write(chunk);
            assertThat(mine).isEqualTo(JACKSON.writeValueAsString(chunk));
            assertThat(JsonStrings.read(mine)).isEqualTo(chunk);
        }
    }

    @Test
    void random_lists_and_the_edge_shapes_match_jackson() throws Exception {
        Random r = new Random(18);
        String alphabet = "ab\"\\/\n\t\r\b\f\u0000\u001f\u007f低保补贴😀\ud800,[]: ";
        for (int round = 0; round < 2000; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                StringBuilder b = new StringBuilder();
                for (int k = r.nextInt(8); k > 0; k--) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                ids.add(b.toString());
            }
            String mine = JsonStrings.write(ids);
            assertThat(mine).isEqualTo(JACKSON.writeValueAsString(ids));
            assertThat(JsonStrings.read(mine)).isEqualTo(ids);
        }
        assertThat(JsonStrings.write(List.of())).isEqualTo("[]");
        assertThat(JsonStrings.write(Arrays.asList("a", null))).isEqualTo("[\"a\",null]");
        assertThat(JsonStrings.read("[]")).isEmpty();
        assertThat(JsonStrings.read("[\"\"]")).containsExactly("");
        assertThat(JsonStrings.read("[\"a\",\"\",\"b\"]")).containsExactly("a", "", "b");
    }

    @Test
    void what_others_wrote_is_read_as_jackson_reads_it() throws Exception {
        for (String json : List.of(" [\"a\", \"b\"] ", "[\"a\\u0041\"]", "[\"a\",null]", "[\n]")) {
            assertThat(JsonStrings.read(json)).isEqualTo(JACKSON.readValue(json, new TypeReference<List<String>>() {}));
        }
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : List.of("", "[", "]", "[\"]", "[\"a\",]", "[\"a\"\"b\"]", "[\"a\"", "{}", "null", "[\"a\u0001\"]",
                "[\"a\",\"b\"", "x[\"a\"]")) {
            assertThatThrownBy(() -> JsonStrings.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
