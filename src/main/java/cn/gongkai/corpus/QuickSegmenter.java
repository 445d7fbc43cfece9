package cn.gongkai.corpus;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * smartcn's sentence segmentation, the same words at a fraction of the cost. smartcn picks the
 * cheapest path through every dictionary word of a sentence, weighing each pair of adjacent
 * words by how often the pair occurs; its pair table is open-addressed at 82 % load, so each
 * of the thousands of pair look-ups per title (nearly all of them misses) walks about six random
 * slots of a 3 MB array. Indexing spent a third of its time there. Here the same pairs (keyed
 * by the same 64-bit hash smartcn keys them by) sit in a half-empty table probed linearly,
 * the word graph is arrays instead of maps of lists, and the cheapest path is found in one pass
 * in the order smartcn breaks ties. The dictionaries are smartcn's own, read once;
 * {@code QuickSegmenterTest} compares every result with smartcn's. When the dictionaries
 * cannot be read (another Lucene layout), {@link #available()} is false and callers segment
 * with smartcn itself.
 */
final class QuickSegmenter {
    /** A word: its text and offsets from the sentence's start, as smartcn's tokenizer emits it. */
    record Word(char[] text, int start, int end) {}

    static final long FNV_PRIME = 1099511628211L;
    static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static final QuickSegmenter INSTANCE = load();

    private final Object wordDict;
    private final MethodHandle frequency;
    private final MethodHandle prefixMatch;
    private final MethodHandle prefixMatchFrom;
    private final MethodHandle isEqual;
    private final long[] pairKeys;
    private final int[] pairFrequencies;
    private final int mask;
    private final int stringFrequency;
    private final int numberFrequency;
    private final int startFrequency;
    private final int endFrequency;

    private QuickSegmenter(Object wordDict, long[] hashTable, int[] frequencyTable)
            throws ReflectiveOperationException {
        this.wordDict = wordDict;
        Class<?> c = wordDict.getClass();
        frequency = handle(c, "getFrequency", int.class, char[].class);
        prefixMatch = handle(c, "getPrefixMatch", int.class, char[].class);
        prefixMatchFrom = handle(c, "getPrefixMatch", int.class, char[].class, int.class);
        isEqual = handle(c, "isEqual", boolean.class, char[].class, int.class);
        int size = Integer.highestOneBit(hashTable.length * 2 - 1) * 2; // at most half full
        pairKeys = new long[size];
        pairFrequencies = new int[size];
        mask = size - 1;
        for (int i = 0; i < hashTable.length; i++) {
            if (hashTable[i] != 0 && !put(hashTable[i], frequencyTable[i])) {
                throw new IllegalStateException("pair table holds one hash twice");
            }
        }
        stringFrequency = wordFrequency(Utility.STRING_CHAR_ARRAY);
        numberFrequency = wordFrequency(Utility.NUMBER_CHAR_ARRAY);
        startFrequency = wordFrequency(Utility.START_CHAR_ARRAY);
        endFrequency = wordFrequency(Utility.END_CHAR_ARRAY);
    }

    private MethodHandle handle(Class<?> c, String name, Class<?> result, Class<?>... args) throws ReflectiveOperationException {
        var m = c.getMethod(name, args);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(result, Object.class, args));
    }

    /** smartcn's dictionaries through reflection: they are package-private there. */
    private static QuickSegmenter load() {
        try {
            Class<?> words = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary");
            Class<?> pairs = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
            var wordsInstance = words.getMethod("getInstance");
            wordsInstance.setAccessible(true);
            var pairsInstance = pairs.getMethod("getInstance");
            pairsInstance.setAccessible(true);
            Object pairDict = pairsInstance.invoke(null);
            Field hashes = pairs.getDeclaredField("bigramHashTable");
            Field freqs = pairs.getDeclaredField("frequencyTable");
            hashes.setAccessible(true);
            freqs.setAccessible(true);
            QuickSegmenter q = new QuickSegmenter(wordsInstance.invoke(null),
                    (long[]) hashes.get(pairDict), (int[]) freqs.get(pairDict));
            // The pair key must be smartcn's own hash, or every pair would weigh as unseen.
            var hash1 = pairs.getMethod("hash1", char[].class);
            hash1.setAccessible(true);
            char[] probe = "低保@申请".toCharArray();
            return (long) hash1.invoke(pairDict, (Object) probe) == hash(probe, 0, probe.length, FNV_OFFSET) ? q : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // another Lucene's internals: segment with smartcn itself (same words, slower)
        }
    }

    /** The shared segmenter, or null when smartcn's dictionaries could not be read. */
    static QuickSegmenter instance() {
        return INSTANCE;
    }

    static boolean available() {
        return INSTANCE != null;
    }

    private boolean put(long key, int value) {
        int i = slot(key);
        while (pairKeys[i] != 0) {
            if (pairKeys[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        pairKeys[i] = key;
        pairFrequencies[i] = value;
        return true;
    }

    /** The pair's frequency in smartcn's table, 0 when it is not there. */
    int pairFrequency(long key) {
        int i = slot(key);
        long k;
        while ((k = pairKeys[i]) != 0) {
            if (k == key) {
                return pairFrequencies[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** smartcn's pair hash (64-bit FNV-1 over each char's low then high byte), continued from {@code h}. */
    static long hash(char[] text, int from, int to, long h) {
        for (int i = from; i < to; i++) {
            char d = text[i];
            h = (h ^ (d & 0xFF)) * FNV_PRIME;
            h = (h ^ (d >> 8)) * FNV_PRIME;
        }
        return h;
    }

    private int wordFrequency(char[] word) {
        try {
            return (int) frequency.invokeExact(wordDict, word);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int prefix(char[] word, int from) {
        try {
            return from < 0 ? (int) prefixMatch.invokeExact(wordDict, word) : (int) prefixMatchFrom.invokeExact(wordDict, word, from);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean equal(char[] word, int index) {
        try {
            return (boolean) isEqual.invokeExact(wordDict, word, index);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The words of one sentence as smartcn's tokenizer gives them (sentence markers dropped,
     * letters and digits as written, then smartcn's own token filter), or null when the word
     * graph has a word no path reaches — smartcn itself fails there, so the caller asks it.
     */
    List<Word> segment(String sentence) {
        WordGraph g = new WordGraph(sentence);
        build(g, sentence);
        int[] path = g.cheapestPath(this);
        if (path == null) {
            return null;
        }
        SegTokenFilter filter = new SegTokenFilter();
        List<Word> out = new ArrayList<>(path.length);
        for (int k = 1; k < path.length - 1; k++) {
            int t = path[k];
            int type = g.type[t];
            char[] text = g.text[t];
            if (type == WordType.STRING || type == WordType.NUMBER || type == WordType.FULLWIDTH_NUMBER
                    || type == WordType.FULLWIDTH_STRING) {
                text = sentence.substring(g.start[t], g.end[t]).toCharArray();
            }
            SegToken st = filter.filter(new SegToken(text, g.start[t], g.end[t], type, g.weight[t]));
            out.add(new Word(st.charArray, st.startOffset, st.endOffset));
        }
        return out;
    }

    /** {@link Prefix#frequency} of a string of two or more characters that is no dictionary word. */
    private static final int NOT_A_WORD = Integer.MIN_VALUE;
    /** Past this many remembered strings, further ones are looked up each time. */
    private static final int MAX_PREFIXES = 1 << 20;

    /**
     * What the dictionary says of a run of characters as the word graph grows it: its text,
     * where its prefix search ended ({@code found}, -1 when no word starts so) and its frequency
     * ({@link #NOT_A_WORD} when a longer run is not itself a word). smartcn searches each longer
     * run from where the shorter one ended, so these depend on the characters alone.
     */
    private record Prefix(char[] text, int found, int frequency) {}

    /**
     * The dictionary's answers by run of characters, for the whole process: they depend only on
     * smartcn's dictionary, and binary searches over its tables were most of a sentence's cost
     * (each title and summary is segmented at least twice, alone and as the start of its topic).
     * Bounded by the dictionary's prefixes that text contains, and by {@link #MAX_PREFIXES}.
     * The arrays are shared and never written.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Prefix> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

    /** One character: always a word of the graph, with its own frequency. */
    private Prefix first(StringBuilder run) {
        String key = run.toString();
        Prefix p = prefixes.get(key);
        if (p == null) {
            char[] word = key.toCharArray();
            p = remember(key, new Prefix(word, prefix(word, -1), wordFrequency(word)));
        }
        return p;
    }

    /** {@code run} one character longer than {@code shorter}'s text. */
    private Prefix extended(StringBuilder run, Prefix shorter) {
        String key = run.toString();
        Prefix p = prefixes.get(key);
        if (p == null) {
            char[] word = key.toCharArray();
            int found = prefix(word, shorter.found);
            p = remember(key, new Prefix(word, found,
                    found != -1 && equal(word, found) ? wordFrequency(word) : NOT_A_WORD));
        }
        return p;
    }

    private Prefix remember(String key, Prefix p) {
        if (prefixes.size() < MAX_PREFIXES) {
            prefixes.put(key, p);
        }
        return p;
    }

    /** Every dictionary word of the sentence by start, as smartcn's word graph holds them. */
    private void build(WordGraph g, String s) {
        int n = s.length();
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = Utility.getCharType(s.charAt(i));
        }
        g.add(Utility.START_CHAR_ARRAY, -1, 0, WordType.SENTENCE_BEGIN, startFrequency);
        int i = 0;
        StringBuilder buf = new StringBuilder();
        while (i < n) {
            int type = types[i];
            if (type == CharType.SPACE_LIKE) {
                i++;
            } else if (type == CharType.SURROGATE) {
                int count = Character.charCount(Character.codePointAt(s, i));
                char[] cp = new char[count];
                s.getChars(i, i + count, cp, 0);
                g.add(cp, i, i + count, WordType.CHINESE_WORD, 0);
                i += count;
            } else if (type == CharType.HANZI) {
                buf.setLength(0);
                buf.append(s.charAt(i));
                Prefix p = first(buf);
                g.add(p.text, i, i + 1, WordType.CHINESE_WORD, p.frequency);
                int j = i + 1;
                while (j <= n && p.found != -1) {
                    if (p.text.length > 1 && p.frequency != NOT_A_WORD) {
                        g.add(p.text, i, j, WordType.CHINESE_WORD, p.frequency);
                    }
                    while (j < n && types[j] == CharType.SPACE_LIKE) {
                        j++;
                    }
                    if (j >= n || types[j] != CharType.HANZI) {
                        break;
                    }
                    buf.append(s.charAt(j));
                    p = extended(buf, p);
                    j++;
                }
                i++;
            } else if (type == CharType.LETTER || type == CharType.FULLWIDTH_LETTER) {
                int j = run(types, i, CharType.LETTER, CharType.FULLWIDTH_LETTER);
                g.add(Utility.STRING_CHAR_ARRAY, i, j, wide(types, i, j, CharType.FULLWIDTH_LETTER)
                        ? WordType.FULLWIDTH_STRING : WordType.STRING, stringFrequency);
                i = j;
            } else if (type == CharType.DIGIT || type == CharType.FULLWIDTH_DIGIT) {
                int j = run(types, i, CharType.DIGIT, CharType.FULLWIDTH_DIGIT);
                g.add(Utility.NUMBER_CHAR_ARRAY, i, j, wide(types, i, j, CharType.FULLWIDTH_DIGIT)
                        ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, numberFrequency);
                i = j;
            } else if (type == CharType.DELIMITER) {
                g.add(new char[] {s.charAt(i)}, i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE);
                i++;
            } else {
                g.add(Utility.STRING_CHAR_ARRAY, i, i + 1, WordType.STRING, stringFrequency);
                i++;
            }
        }
        g.add(Utility.END_CHAR_ARRAY, n, n + 1, WordType.SENTENCE_END, endFrequency);
    }

    private static int run(int[] types, int i, int a, int b) {
        int j = i + 1;
        while (j < types.length && (types[j] == a || types[j] == b)) {
            j++;
        }
        return j;
    }

    private static boolean wide(int[] types, int from, int to, int wideType) {
        for (int k = from; k < to; k++) {
            if (types[k] == wideType) {
                return true;
            }
        }
        return false;
    }
}
