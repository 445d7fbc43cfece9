package cn.gongkai.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of a spoken question that say when, how, or how it feels, never what about — read from the
 * general thesaurus's semantic classes ({@link Thesaurus}'s file, 《同义词词林扩展版》, every line,
 * whatever its mark): time (Ca: 开春, 秋后, 夏天), features (E: 结实, 不行), body actions (F: 叫唤,
 * 看见), mind (G), states and happenings (I) and particles (K).
 *
 * <p>Why: a question beside its subject has such words (桥不结实了, 开春上山点火); when the corpus
 * lacks them they were counted as a subject it does not know and outvoted the subject, so the
 * question found nothing. Things (B: 铲车), abstract matters (D: 幼儿园) and activities (H: 备案,
 * 养殖) are not among them: those may name what the district never published, and must still
 * count. A word the thesaurus also files under one of those classes counts too.
 */
final class SpokenClasses {
    /** Class prefixes that never name a subject. */
    private static final List<String> NOT_A_SUBJECT = List.of("Ca", "E", "F", "G", "I", "K");
    private static final Map<String, Set<String>> CLASSES = classes(Resources.lines(Thesaurus.PATH));

    private SpokenClasses() {}

    /** Each word's class codes (two letters: Ca, Eb …), from every line of the thesaurus. */
    static Map<String, Set<String>> classes(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            String l = line.replace("\uFEFF", "");
            if (l.length() < 9) {
                continue;
            }
            String code = l.substring(0, 2);
            for (String w : l.substring(8).strip().split("\\s+")) {
                if (w.length() >= 2) {
                    out.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(code);
                }
            }
        }
        return out;
    }

    /** Filed by the thesaurus only under activities (H: 补办, 备案): something done, not a thing. */
    static boolean doing(String word) {
        Set<String> codes = CLASSES.get(word);
        return codes != null && !codes.isEmpty() && codes.stream().allMatch(c -> c.startsWith("H"));
    }

    /** Filed by the thesaurus under people (A: 农民, 老人, 职工, 群众): who, not what. */
    static boolean people(String word) {
        Set<String> codes = CLASSES.get(word);
        return codes != null && codes.stream().anyMatch(c -> c.startsWith("A"));
    }

    /**
     * Filed by the thesaurus as a thing or an abstract matter (B: 地膜, D: 余额, 技能) and never as people:
     * something a notice would have to name to be about it.
     */
    static boolean thing(String word) {
        Set<String> codes = CLASSES.get(word);
        return codes != null && codes.stream().anyMatch(c -> c.startsWith("B") || c.startsWith("D"))
                && codes.stream().noneMatch(c -> c.startsWith("A"));
    }

    /** Filed by the thesaurus only under time, features, actions, mind, states or particles. */
    static boolean notASubject(String word) {
        Set<String> codes = CLASSES.get(word);
        return codes != null && !codes.isEmpty()
                && codes.stream().allMatch(c -> NOT_A_SUBJECT.stream().anyMatch(c::startsWith));
    }
}
