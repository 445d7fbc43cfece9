package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index writer's shortcuts ({@link CachedWords}, {@link SoundTokens}) must index
 * exactly what the plain analyzers would: the same terms at the same positions and offsets, so
 * a faster build never changes a search result. Checked over every sample title, summary and
 * body, variants of them as a district writes them (years, batches, ASCII, punctuation), each
 * twice so the second comes from the cache.
 */
class IndexAnalysisTest {
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Disclosure d : new Importer().readSample().disclosures()) {
            String summary = d.summary() == null ? "" : d.summary();
            out.add(d.title());
            out.add(d.title() + "\n" + summary);
            out.add(d.title().replaceAll("20\\d\\d", "2019") + "(第7批)");
            out.add(summary);
            out.add(d.body());
            out.add(summary + "\n" + d.body());
        }
        out.addAll(List.of("", " ", "。", "关于2026年度Wi-Fi覆盖的通知！！", "新冠疫苗接种点。新冠疫苗接种点？",
                "农保 ABC abc 123 ４５６ 交费", "第一句。\n\n第二句；第三句！第四句？", "南京市长江大桥\r\n市长", "a".repeat(300),
                "低保".repeat(700) + "。" + "低保户".repeat(400)));
        return out;
    }

    @Test
    void cached_word_segmentation_gives_smartcns_tokens() throws Exception {
        Analyzer plain = Schema.words();
        Analyzer cached = Schema.analyzer();
        for (int round = 0; round < 2; round++) {
            for (String text : texts()) {
                for (String field : List.of(Schema.TITLE, Schema.TOPIC)) {
                    assertThat(tokens(cached, field, text)).as(text).isEqualTo(tokens(plain, field, text));
                }
            }
        }
    }

    @Test
    void sound_tokens_are_the_whitespace_split_sound_text() throws Exception {
        Analyzer ws = new WhitespaceAnalyzer();
        for (String text : texts()) {
            List<String> direct = new ArrayList<>();
            for (String t : tokens(new SoundTokens(text))) {
                if (!t.startsWith("end@")) {
                    direct.add(t.substring(0, t.indexOf('@')) + "+" + t.substring(t.lastIndexOf('+') + 1));
                }
            }
            List<String> split = new ArrayList<>();
            for (String t : tokens(ws, Schema.SOUND, Schema.soundText(text))) {
                if (t.startsWith("end@")) {
                    continue;
                }
                split.add(t.substring(0, t.indexOf('@')) + "+" + t.substring(t.lastIndexOf('+') + 1));
            }
            assertThat(direct).as(text).isEqualTo(split);
        }
    }

    /** term@start-end+positionIncrement, in order. */
    private static List<String> tokens(Analyzer a, String field, String text) throws Exception {
        return tokens(a.tokenStream(field, text));
    }

    private static List<String> tokens(TokenStream stream) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement());
            }
            ts.end();
            out.add("end@" + off.endOffset() + "+" + pos.getPositionIncrement());
        }
        return out;
    }
}
