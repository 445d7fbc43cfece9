package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.bench.SyntheticCorpus;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickSegmenter} must give smartcn's words exactly (text and offsets), sentence by
 * sentence: over the sample's and a synthetic corpus's titles, summaries and bodies, and over
 * random strings mixing every kind of character smartcn treats apart (Chinese, rare and
 * supplementary characters, ASCII and full-width letters and digits, punctuation, spaces and
 * line breaks inside words).
 */
class QuickSegmenterTest {
    private static final String POOL = "低保申请补贴农村合作医疗养老保险森林防火秸秆禁烧石门村修路公示通知关于做好年度工作的"
            + "南京市长江大桥重庆行长乐都会了着过一二三四五六七八九十百千万亿第批号条款项"
            + "abcXYZ019ＡＢＣａｂ０１９。，、；：？！（）《》“”…—·.,;:!?()[]- \n\t\r\u3000　㐀龥鿿";

    @Test
    void dictionaries_are_readable_here() {
        assertThat(QuickSegmenter.available()).isTrue();
    }

    @Test
    void same_words_as_smartcn_over_real_and_synthetic_text() {
        List<String> texts = new ArrayList<>();
        List<Disclosure> sample = new Importer().readSample().disclosures();
        for (Disclosure d : sample) {
            texts.add(d.title() + "\n" + (d.summary() == null ? "" : d.summary()));
            texts.add(d.body());
        }
        for (Disclosure d : new SyntheticCorpus(sample).generate(400, 3)) {
            texts.add(d.title() + "\n" + (d.summary() == null ? "" : d.summary()) + "\n" + d.body());
        }
        int sentences = 0;
        for (String text : texts) {
            for (String sentence : sentences(text)) {
                assertSame(sentence);
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(3000);
    }

    @Test
    void same_words_as_smartcn_over_random_strings() {
        Random r = new Random(18);
        String supplementary = new String(Character.toChars(0x20000)) + new String(Character.toChars(0x2A6D6));
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(60);
            for (int k = 0; k < len; k++) {
                if (r.nextInt(40) == 0) {
                    sb.append(supplementary, 2 * r.nextInt(2), 2 * r.nextInt(2) + 2);
                } else {
                    sb.append(POOL.charAt(r.nextInt(POOL.length())));
                }
            }
            for (String sentence : sentences(sb.toString())) {
                assertSame(sentence);
            }
        }
    }

    private static void assertSame(String sentence) {
        List<QuickSegmenter.Word> quick = QuickSegmenter.instance().segment(sentence);
        List<QuickSegmenter.Word> smartcn = CachedWords.smartcn(sentence);
        assertThat(quick).as("a path through " + sentence).isNotNull();
        assertThat(render(quick)).as(sentence).isEqualTo(render(smartcn));
    }

    private static List<String> render(List<QuickSegmenter.Word> words) {
        List<String> out = new ArrayList<>();
        for (QuickSegmenter.Word w : words) {
            out.add(new String(w.text()) + "@" + w.start() + "-" + w.end());
        }
        return out;
    }

    /**
     * Sentences as smartcn's tokenizer cuts them. Its buffer holds 1,024 characters and cuts a
     * longer sentence into pieces (as {@link CachedWords}' tokenizer does before segmenting), so
     * a longer one is compared through {@code IndexAnalysisTest}'s whole analyzers instead.
     */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator bi = BreakIterator.getSentenceInstance(Locale.ROOT);
        bi.setText(text);
        for (int s = bi.first(), e = bi.next(); e != BreakIterator.DONE; s = e, e = bi.next()) {
            if (e - s < 1024) {
                out.add(text.substring(s, e));
            }
        }
        return out;
    }
}
