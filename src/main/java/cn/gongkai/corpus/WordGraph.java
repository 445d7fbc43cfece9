package cn.gongkai.corpus;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.Utility;

/**
 * {@link QuickSegmenter}'s word graph: every dictionary word of a sentence in the order smartcn
 * numbers them (by start, then as found), in arrays rather than smartcn's maps of lists.
 */
final class WordGraph {
    private static final char PAIR_SEPARATOR = '@';
    private static final double SMOOTH = 0.1;
    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;

    char[][] text = new char[32][];
    int[] start = new int[32];
    int[] end = new int[32];
    int[] type = new int[32];
    int[] weight = new int[32];
    int size;
    /** First word starting at each offset + 1 (offset -1 is the sentence start), -1 for none. */
    final int[] firstAt;

    WordGraph(String s) {
        firstAt = new int[s.length() + 2];
        Arrays.fill(firstAt, -1);
    }

    void add(char[] t, int s, int e, int ty, int w) {
        if (size == text.length) {
            int cap = size * 2;
            text = Arrays.copyOf(text, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            weight = Arrays.copyOf(weight, cap);
        }
        text[size] = t;
        start[size] = s;
        end[size] = e;
        type[size] = ty;
        weight[size] = w;
        if (firstAt[s + 1] == -1) {
            firstAt[s + 1] = size;
        }
        size++;
    }

    /**
     * Viterbi over word pairs, as smartcn weighs them: a pair's cost is
     * -log(a·P(first) + (1-a)·P(second | first)); words are visited in order and a later
     * predecessor replaces an earlier one only when strictly cheaper, as in smartcn.
     * The cost is written exactly as smartcn evaluates it, so the doubles (and ties) are the same.
     * Returns the words of the cheapest path, or null when a word has no predecessor.
     */
    int[] cheapestPath(QuickSegmenter dict) {
        double[] best = new double[size];
        int[] pred = new int[size];
        Arrays.fill(best, Double.MAX_VALUE);
        Arrays.fill(pred, -1);
        best[0] = 0;
        int maxStart = start[size - 1];
        for (int t1 = 0; t1 < size; t1++) {
            int next = end[t1];
            while (next <= maxStart && firstAt[next + 1] == -1) {
                next++;
            }
            if (next > maxStart) {
                continue; // the sentence end: nothing follows it
            }
            long h = QuickSegmenter.hash(text[t1], 0, text[t1].length, QuickSegmenter.FNV_OFFSET);
            h = (h ^ (PAIR_SEPARATOR & 0xFF)) * QuickSegmenter.FNV_PRIME;
            h = (h ^ (PAIR_SEPARATOR >> 8)) * QuickSegmenter.FNV_PRIME;
            double oneWordFreq = weight[t1];
            for (int t2 = firstAt[next + 1]; t2 < size && start[t2] == next; t2++) {
                int pairFreq = dict.pairFrequency(QuickSegmenter.hash(text[t2], 0, text[t2].length, h));
                double w = -Math.log(SMOOTH * (1.0 + oneWordFreq) / (Utility.MAX_FREQUENCE + 0.0)
                        + (1.0 - SMOOTH) * ((1.0 - TINY) * pairFreq / (1.0 + oneWordFreq) + TINY));
                if (best[t1] + w < best[t2]) {
                    best[t2] = best[t1] + w;
                    pred[t2] = t1;
                }
            }
        }
        for (int t = 1; t < size; t++) {
            if (pred[t] < 0) {
                return null;
            }
        }
        int count = 1;
        for (int t = size - 1; t != 0; t = pred[t]) {
            count++;
        }
        int[] path = new int[count];
        for (int t = size - 1, k = count - 1; k >= 0; t = k > 0 ? pred[t] : 0, k--) {
            path[k] = t;
        }
        return path;
    }
}
