package cn.gongkai.corpus;

import java.lang.reflect.Method;

/**
 * How common a word is in general written Chinese, from the word dictionary smartcn already
 * carries (about 85,600 words with their counts in a 7.86-million-word newspaper corpus; the
 * segmenter loads it anyway, so this costs no memory and no download).
 *
 * <p>Why an outside list and not only the corpus: a district's corpus is small and themed, so its
 * own statistics cannot tell a topic word from an everyday one that happens to be rare in it.
 * 身份证 is in a fifth of the sample's documents (as a thing to bring) and the title of none;
 * 免费 is in three. Neither names what a document is about, and a question about 换身份证 or
 * 免费体检 that shares only that word with a notice must find nothing. Topic words of government
 * business are rare in general text (低保, 公益岗, 汛期, 危房, 技校, 路灯: absent or under 50),
 * everyday words are not (免费 340, 工资 586, 身份证 89, 公路 782).
 *
 * <p>{@link #COMMON}: 50 occurrences, about 6 per million words, the commonest ~9,100 words of the
 * dictionary — roughly the vocabulary of everyday reading. A word at or above it is common.
 */
final class GeneralFrequency {
    static final int COMMON = 50;
    private static final Object DICTIONARY;
    private static final Method FREQUENCY;

    static {
        // The dictionary class is package-private in Lucene 9.12.3 (pinned: the last line on Java 17);
        // a Lucene upgrade that moves it fails here, loudly, at the first search.
        try {
            Class<?> c = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary");
            Method instance = c.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            DICTIONARY = instance.invoke(null);
            FREQUENCY = c.getDeclaredMethod("getFrequency", char[].class);
            FREQUENCY.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("smartcn's word dictionary cannot be read: " + e, e);
        }
    }

    private GeneralFrequency() {}

    /** Occurrences in the general corpus; 0 for a word it does not list (老人钱, 公益岗). */
    static int of(String word) {
        if (word == null || word.isEmpty()) {
            return 0;
        }
        try {
            return (Integer) FREQUENCY.invoke(DICTIONARY, (Object) word.toCharArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("smartcn's word dictionary cannot be read: " + e, e);
        }
    }

    /** An everyday word of general Chinese (免费, 身份证, 工资), not a topic's own term. */
    static boolean common(String word) {
        return of(word) >= COMMON;
    }
}
