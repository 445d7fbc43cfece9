package cn.gongkai.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that say what kind of thing a question is about (money, a form, a season: 补贴, 申请,
 * 冬季) but not which thing. A question built only of them about something never published
 * would otherwise be answered with whatever other subsidy's notice shares them. The shipped list
 * ({@code /search/generic-words.txt}) holds the everyday words of general Chinese; the corpus adds
 * the words found in a large share of its own documents (see {@link #CORPUS_SHARE}).
 */
final class GenericWords {
    /** A word in more than half the documents tells them apart no better than 通知 (a themed
     * corpus mentions its main topics, 低保 among them, in a third of its documents). */
    static final double CORPUS_SHARE = 0.5;
    /** Below this many documents a share says nothing (three test documents, one word each). */
    static final int MIN_DOCS_FOR_SHARE = 50;

    private static final Set<String> LIST = load();

    private GenericWords() {}

    static boolean listed(String word) {
        return LIST.contains(word);
    }

    private static Set<String> load() {
        try (InputStream in = GenericWords.class.getResourceAsStream("/search/generic-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("generic-words.txt missing from the jar");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
