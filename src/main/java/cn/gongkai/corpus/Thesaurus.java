package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A general Chinese thesaurus: 哈工大信息检索研究室同义词词林扩展版 (HIT IR Lab Tongyici Cilin,
 * extended), as HanLP 1.8.4 ships it (Apache-2.0; the build copies only that file out of the jar).
 * A line is a code and its words: {@code Dm06C01= 敬老院 养老院 福利院 老人院 托老院}. Only
 * {@code =} lines are read (the words mean the same); {@code #} lines are merely related words
 * and {@code @} lines a word alone.
 *
 * <p>Why: a district will never list every way people say a thing, and rounds of dialect lines
 * fixed only the words they were shown. The thesaurus knows general Chinese the corpus may use
 * in another word (养老院 where notices say 敬老院). Its groups can be broad (帮助 … 救助 … 支援
 * are one), so groups above {@link #MAX_GROUP} words are left out: a word with forty synonyms
 * has no synonym specific enough to answer a question.
 */
final class Thesaurus {
    static final String PATH = "/search/cilin/data/dictionary/synonym/CoreSynonym.txt";
    /** Largest group read; larger ones hold words too loosely alike to stand for each other. */
    static final int MAX_GROUP = 12;
    /** Each small group once; a word points at its groups (a few MB less than a set per word). */
    private static final Groups GROUPS = Groups.of(Resources.lines(PATH));

    private Thesaurus() {}

    /** The words that mean the same as this one in some small group, the word itself left out. */
    static Set<String> kin(String word) {
        return GROUPS.kin(word);
    }

    static Map<String, Set<String>> parse(List<String> lines) {
        Groups g = Groups.of(lines);
        Map<String, Set<String>> out = new HashMap<>();
        for (String w : g.index().keySet()) {
            out.put(w, g.kin(w));
        }
        return out;
    }

    private record Groups(List<String[]> groups, Map<String, int[]> index) {
        static Groups of(List<String> lines) {
            List<String[]> groups = new ArrayList<>();
            Map<String, int[]> index = new HashMap<>();
            for (String line : lines) {
                String l = line.replace("\uFEFF", "");
                int mark = l.indexOf('=');
                // The code is 7 characters (Dm06C01) and then its mark: = same, # related, @ alone.
                if (mark != 7) {
                    continue;
                }
                String[] words = l.substring(mark + 1).strip().split("\\s+");
                if (words.length < 2 || words.length > MAX_GROUP) {
                    continue;
                }
                int id = groups.size();
                groups.add(words);
                for (String w : words) {
                    int[] had = index.get(w);
                    int[] now = had == null ? new int[1] : Arrays.copyOf(had, had.length + 1);
                    now[now.length - 1] = id;
                    index.put(w, now);
                }
            }
            return new Groups(groups, index);
        }

        Set<String> kin(String word) {
            int[] ids = index.get(word);
            if (ids == null) {
                return Set.of();
            }
            Set<String> out = new LinkedHashSet<>();
            for (int id : ids) {
                for (String other : groups.get(id)) {
                    if (!other.equals(word)) {
                        out.add(other);
                    }
                }
            }
            return out;
        }
    }
}
