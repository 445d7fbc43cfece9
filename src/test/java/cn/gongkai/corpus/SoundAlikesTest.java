package cn.gongkai.corpus;

import static cn.gongkai.corpus.RuleIndex.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SoundAlikes}: a typed word that appears nowhere but sounds exactly like a known word
 * is taken to mean it; a word typed right is never matched by sound. Each over a corpus written
 * here, so only sound can find the document.
 */
class SoundAlikesTest {
    @TempDir Path dir;

    static final Disclosure NOISE = RuleIndex.NOISE;

    @Test
    void a_homophone_typo_of_a_title_word_is_corrected_to_that_word() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季防火通知", "注意安全", "注意用电安全。")))) {
            // 放火 appears nowhere; it sounds exactly like the title word 防火.
            assertThat(idx.alikes.appearsAsTyped("放火")).isFalse();
            assertThat(idx.alikes.soundAlikes("放火")).containsExactly("防火");
            QueryPlan.Term t = idx.plan("放火").terms().get(0);
            assertThat(t.bySound()).isTrue();
            assertThat(t.unknown()).isFalse();
            assertThat(t.alternatives()).containsExactly("放火", "防火");
            assertThat(idx.ids("放火")).containsExactly("fire");
        }
    }

    @Test
    void a_homophone_typo_of_a_summary_word_is_found_by_sound_alone() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季安全通知", "森林防火要点", "注意用电。")))) {
            // 防火 is in no title, so no word is substituted: only the sound field matches.
            assertThat(idx.alikes.soundAlikes("放火")).isEmpty();
            assertThat(idx.plan("放火").terms().get(0).alternatives()).containsExactly("放火");
            assertThat(idx.ids("放火")).containsExactly("fire");
        }
    }

    @Test
    void a_correctly_typed_word_is_not_matched_by_sound() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE,
                doc("fire", "冬季防火通知", "注意安全", "注意用电安全。"),
                doc("arson", "严禁放火烧荒", "注意安全", "严禁放火。")))) {
            QueryPlan.Term t = idx.plan("放火").terms().get(0);
            assertThat(t.bySound()).isFalse();
            assertThat(idx.alikes.soundAlikes("放火")).isEmpty();
            assertThat(idx.ids("放火")).containsExactly("arson");
        }
    }

    @Test
    void a_word_that_appears_nowhere_and_sounds_like_nothing_is_unknown() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, List.of(NOISE))) {
            QueryPlan.Term t = idx.plan("比特币").terms().get(0);
            assertThat(t.bySound()).isTrue();
            assertThat(t.unknown()).isTrue();
            assertThat(idx.ids("比特币")).isEmpty();
        }
    }

    @Test
    void synonym_terms_are_known_by_sound_too_up_to_eight_characters() throws Exception {
        try (RuleIndex idx = new RuleIndex(dir, "低保, 最低生活保障\n农保, 城乡居民养老保险\n", "", List.of(NOISE))) {
            // Neither is in any title: only the synonym list knows them.
            assertThat(idx.alikes.soundAlikes("低包")).containsExactly("低保");
            assertThat(idx.alikes.soundAlikes("城乡居民养老保线")).containsExactly("城乡居民养老保险");
        }
    }

    @Test
    void the_share_of_a_word_is_that_of_its_rarest_pair_once_there_are_fifty_documents() throws Exception {
        List<Disclosure> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            docs.add(doc("d" + i, "通知" + i, "事项", i < 25 ? "秸秆回收。" : "废品回收。"));
        }
        try (RuleIndex idx = new RuleIndex(dir, docs)) {
            assertThat(idx.alikes.share("秸秆")).isEqualTo(0.5);
            assertThat(idx.alikes.share("回收")).isEqualTo(1.0);
            assertThat(idx.alikes.share("秸秆回收")).isEqualTo(0.5);
            assertThat(idx.alikes.share("回")).isZero();
        }
        try (RuleIndex few = new RuleIndex(dir.resolve("few"), docs.subList(0, 49))) {
            assertThat(few.alikes.share("回收")).isZero();
        }
    }
}
