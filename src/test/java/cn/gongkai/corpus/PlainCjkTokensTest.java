package cn.gongkai.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index writer's one-pass bigram and character fields ({@link PlainCjkTokens}) must give
 * exactly the tokens of the filter chains the searcher's phrases are built with — term,
 * offsets, position increment, type, and the end — on real, synthetic and random mixed-script
 * text, or a faster build would change a search result.
 */
class PlainCjkTokensTest {
    private static final String[] FIELDS = {Schema.TITLE_BI, Schema.TOPIC_BI, Schema.BODY_BI};

    private static List<String> texts() {
        List<Disclosure> docs = new ArrayList<>(new Importer().readSample().disclosures());
        docs.addAll(new cn.gongkai.bench.SyntheticCorpus(docs).generate(300, 11));
        List<String> out = new ArrayList<>();
        for (Disclosure d : docs) {
            String summary = d.summary() == null ? "" : d.summary();
            out.add(d.title());
            out.add(d.title() + "\n" + summary);
            out.add(summary + "\n" + d.body());
        }
        out.addAll(List.of("", " ", "。", "低", "低保", "低 保", "A低", "低A", "关于2026年度Wi-Fi覆盖的通知！！",
                "补贴1.5万元，共3,000户；时间10:30", "don't a_b x.y 1.5 a:b", "农保 ABC abc 123 ４５６ 交费",
                "ＡＢＣ全角", "第一句。\n\n第二句；第三句！第四句？", "a".repeat(255) + "低", "a".repeat(256) + "低",
                "日本語のカタカナ", "한국어", "𠀀𠀁低保", "〇〇七号", "低保々", "#1 *2 低保#", "（一）“低保”《通知》【附件】",
                "低保.", ".低保", "1。2", "3，000", "a·b", "低·保"));
        return out;
    }

    /** Characters the random texts are drawn from: plain ones (the first {@link #PLAIN}) mostly, and each kind that must fall back. */
    private static final String ALPHABET = "低保申请补贴农村居民医疗保险村aAzZ09 \t\n\r。，、；：？！（）《》“”‘’【】—…"
            + ".,:;'-/%#*@\"·．＇" + "_０９Ａａアあ한〇々\u9FA6\u3400\uFE0F\u20E3\u200D";
    private static final int PLAIN = ALPHABET.indexOf('_');

    @Test
    void one_pass_tokens_are_the_chains_tokens() throws Exception {
        Analyzer index = Schema.analyzer();
        Analyzer bigrams = Schema.bigrams();
        Analyzer characters = Schema.characters();
        List<String> texts = texts();
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(ALPHABET.charAt(r.nextInt(r.nextInt(8) == 0 ? ALPHABET.length() : PLAIN)));
            }
            texts.add(sb.toString());
        }
        int plain = 0;
        for (String text : texts) {
            for (String field : FIELDS) {
                assertThat(tokens(index, field, text)).as(text).isEqualTo(tokens(bigrams, field, text));
            }
            assertThat(tokens(index, Schema.TITLE_CHARS, text)).as(text).isEqualTo(tokens(characters, Schema.TITLE_CHARS, text));
            if (PlainCjkTokens.plain(text.toCharArray(), text.length())) {
                plain++;
            }
        }
        // Both paths must have been compared, the one-pass path on most of the text.
        assertThat(plain).isGreaterThan(texts.size() / 2).isLessThan(texts.size());
    }

    @Test
    void notices_numbers_and_marks_take_the_one_pass_path() {
        for (String text : List.of("补贴1.5万元，共3,000户；时间10:30", "关于2026年度Wi-Fi覆盖的通知！！", "（一）“低保”《通知》【附件】")) {
            assertThat(PlainCjkTokens.plain(text.toCharArray(), text.length())).as(text).isTrue();
        }
        for (String text : List.of("ＡＢＣ全角", "a_b", "〇〇七号", "日本語のカタカナ", "a".repeat(256))) {
            assertThat(PlainCjkTokens.plain(text.toCharArray(), text.length())).as(text).isFalse();
        }
    }

    private static List<String> tokens(Analyzer a, String field, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement() + type.type());
            }
            ts.end();
            out.add("end@" + off.startOffset() + "-" + off.endOffset() + "+" + pos.getPositionIncrement());
        }
        return out;
    }
}
