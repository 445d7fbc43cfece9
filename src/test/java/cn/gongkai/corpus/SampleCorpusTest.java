package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled sample is what a new user meets first: it must be whole and honest about being a sample. */
class SampleCorpusTest {
    private final ImportResult sample = new Importer().readSample();

    @Test
    void every_sample_file_imports_cleanly() {
        assertThat(sample.problems()).isEmpty();
        assertThat(sample.disclosures()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void sample_is_shaped_like_a_rural_district() {
        List<Disclosure> docs = sample.disclosures();
        assertThat(docs.stream().filter(d -> !d.villages().isEmpty()).flatMap(d -> d.villages().stream()).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(docs.stream().filter(d -> !d.villages().isEmpty())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs.stream().filter(d -> d.summary() != null).count()).isGreaterThan(docs.size() / 2);
        assertThat(docs.stream().filter(d -> "规范性文件".equals(d.type()))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(docs.stream().filter(d -> d.repealed() != null)).isNotEmpty();
        assertThat(docs).extracting(Disclosure::category).contains("应急管理", "安全生产", "人居环境整治");
        assertThat(docs).anySatisfy(d -> assertThat(d.id()).isEqualTo("SEED-2025-REPORT"));
    }

    @Test
    void every_fictional_sample_says_it_is_sample_data() {
        for (Disclosure d : sample.disclosures()) {
            if (!d.id().startsWith("SEED-")) {
                assertThat(d.body()).as(d.id()).contains("示例数据");
            }
        }
    }

    @Test
    void dates_are_real_dates_and_no_later_than_the_sample_was_written() {
        for (Disclosure d : sample.disclosures()) {
            assertThat(d.published()).as(d.id()).isNotNull().isBefore(LocalDate.of(2026, 12, 1));
        }
    }
}
