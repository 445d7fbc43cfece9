package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisclosureIdsTest {
    @Test
    void ordinary_ids_are_valid() {
        assertThat(DisclosureIds.isValid("QH-2025-0012")).isTrue();
        assertThat(DisclosureIds.isValid("a.b_c-1")).isTrue();
        assertThat(DisclosureIds.isValid("x".repeat(64))).isTrue();
        assertThat(DisclosureIds.problem("QH-2025-0012")).isEmpty();
    }

    @Test
    void ids_that_could_be_paths_are_refused() {
        for (String bad : new String[] {"../../../x", "/tmp/x", "a/b", "a\\b", ".hidden", "..", "", " ",
                "x".repeat(65), "中文", "a b", "a\u0000b"}) {
            assertThat(DisclosureIds.isValid(bad)).as(bad).isFalse();
            assertThat(DisclosureIds.problem(bad)).as(bad).isPresent();
            assertThat(DisclosureIds.fileIn(Path.of("/srv/home/disclosures"), bad, ".md")).as(bad).isEmpty();
        }
        assertThat(DisclosureIds.isValid(null)).isFalse();
    }

    @Test
    void file_stays_in_its_folder() {
        assertThat(DisclosureIds.fileIn(Path.of("/srv/home/disclosures"), "QH-1", ".md"))
                .contains(Path.of("/srv/home/disclosures/QH-1.md"));
    }
}
