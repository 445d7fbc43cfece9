package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of Chinese characters, every reading of a 多音字 (重 → zhong, chong). People
 * type with pinyin input methods and dictate by voice, so a wrong character with the right
 * sound (森林放火 for 森林防火) is the commonest typo; matching on sound forgives it.
 */
public final class Pinyin {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, List<String>> CACHE = new ConcurrentHashMap<>();
    /** Cap on reading combinations per pair: a few 多音字 must not explode the index. */
    private static final int MAX_READINGS = 3;

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /** The distinct toneless readings of one character; empty for anything not Chinese. */
    public static List<String> readings(char c) {
        if (!Text.isCjk(c)) {
            return List.of();
        }
        return CACHE.computeIfAbsent(c, Pinyin::lookup);
    }

    /**
     * The word's spellings in toneless pinyin, syllables separated by a space, one per combination
     * of its characters' readings, at most {@code max}; empty when a character is not Chinese.
     * Shared by the text path's sound-alike correction and the voice line's word matching.
     */
    public static List<String> spellings(String word, int max) {
        List<String> acc = new ArrayList<>(List.of(""));
        for (char c : word.toCharArray()) {
            List<String> readings = readings(c);
            if (readings.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String prefix : acc) {
                for (String r : readings) {
                    if (next.size() < max) {
                        next.add(prefix.isEmpty() ? r : prefix + " " + r);
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    /** Uncached (package-private for its test: the cache would hide a broken lookup). */
    static List<String> lookup(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (all == null) {
                return List.of();
            }
            Set<String> distinct = new LinkedHashSet<>(List.of(all));
            List<String> out = new ArrayList<>(distinct);
            return List.copyOf(out.subList(0, Math.min(MAX_READINGS, out.size())));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first letters of a character's readings (森 → s; 重 → z, c). */
    public static Set<String> initials(char c) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : readings(c)) {
            out.add(r.substring(0, 1));
        }
        return out;
    }

    /**
     * Sound bigrams of a run of text: for each two adjacent Chinese characters, every
     * combination of their readings joined by '_' (防火 → fang_huo). Bigrams rather than single
     * syllables, because one syllable matches half the language.
     */
    public static List<List<String>> soundBigrams(String text) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            List<String> a = readings(text.charAt(i));
            List<String> b = readings(text.charAt(i + 1));
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            List<String> combos = new ArrayList<>(a.size() * b.size());
            for (String x : a) {
                for (String y : b) {
                    combos.add(x + "_" + y);
                }
            }
            out.add(combos);
        }
        return out;
    }

    /** Every initials spelling of a word (银行 → yh, yx), at most a handful. */
    public static Set<String> initialSpellings(String word) {
        Set<String> acc = new LinkedHashSet<>(List.of(""));
        for (char c : word.toCharArray()) {
            Set<String> ini = initials(c);
            if (ini.isEmpty()) {
                return Set.of();
            }
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : acc) {
                for (String i : ini) {
                    if (next.size() < 8) {
                        next.add(prefix + i);
                    }
                }
            }
            acc = next;
        }
        return acc;
    }
}
