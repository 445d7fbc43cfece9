package cn.gongkai.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of a spoken question that tell about the asker, not about what is asked: who (我家老爷子,
 * 别人, 孩子), how old or how many (八十一), and fragments of speech the segmenter cut (急着用钱, 帮一).
 * A long spoken question has several of them beside its subject (我家老爷子今年八十一了，高龄补贴一个月能
 * 给多少钱), and the corpus has none of them: counted as subjects the corpus lacks, they outvote the
 * subject and the question finds nothing.
 *
 * <p>Who is read from the general thesaurus ({@link Thesaurus}'s file, 《同义词词林扩展版》): its
 * classes Aa (people in general: 别人, 人家), Ab (men and women, old and young: 老爷子, 孩子) and Ah
 * (family: 老伴, 儿女). Not its classes of occupations and standing (Ae 公务员, 老兵; Af …): those name
 * groups a benefit may be for, which the district may never have published.
 */
final class AskerWords {
    /** Cilin classes of people by who they are to the asker, not by what they do. */
    private static final List<String> WHO = List.of("Aa", "Ab", "Ah");
    private static final String NUMERALS = "零一二三四五六七八九十百千万两几俩仨";
    private static final Set<String> PEOPLE = people(Resources.lines(Thesaurus.PATH));

    private AskerWords() {}

    /** Every word of two or more characters in a Cilin line of the WHO classes, whatever its mark. */
    static Set<String> people(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            String l = line.replace("\uFEFF", "");
            if (l.length() < 9 || WHO.stream().noneMatch(l::startsWith)) {
                continue;
            }
            for (String w : l.substring(8).strip().split("\\s+")) {
                if (w.length() >= 2) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** A person by who they are to the asker (老爷子, 别人, 孩子). */
    static boolean person(String word) {
        return PEOPLE.contains(word);
    }

    /** A number said in characters (八十一, 两三): how many or how old, never what about. */
    static boolean numeral(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0);
    }

    /**
     * Where, said the spoken way: a thing and a place word after it (院里, 山上, 河边, 地头): where
     * something happens, not what it is.
     */
    static boolean place(String word) {
        return word.length() == 2 && Text.isCjk(word.charAt(0)) && "里上边头".indexOf(word.charAt(1)) >= 0;
    }

    /**
     * A word that tells about the asker: a number said in characters, whether or not some notice
     * has it (十五 in a date is no subject either; the general dictionary counts no numbers, so
     * {@link Anchors#spoken} alone would take only the ones the corpus lacks); or a word the corpus
     * lacks that is a person, a place, a fragment the general dictionary does not know either, or a word
     * the thesaurus files only as time, feature, action, mind or state ({@link SpokenClasses}: 开春, 结实).
     */
    static boolean about(QueryPlan.Term t) {
        return numeral(t.text()) || t.unknown() && (person(t.text()) || place(t.text()) || Anchors.spoken(t)
                || SpokenClasses.notASubject(t.text()));
    }
}
