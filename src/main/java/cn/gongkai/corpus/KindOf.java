package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word the corpus never uses, written right against a word it does, names a kind of that thing
 * the district never published: 农村|宅基地, 乡村|医生|招聘, 农村|自来水|入户, 农机|驾驶证,
 * 住院 … 备案|报销. Beside the word the corpus has, the other one was given up (one unknown word
 * beside a known one is, see {@link QueryFactory#subjectUnknown}) and the notice about 农村 or 农机
 * answered a question about something else. Such a word is held like a benefit's name
 * ({@link HeadSubject}): a document answers only if its title or summary names it.
 *
 * <p>Only a word the general dictionary knows and the thesaurus files as something one can publish
 * about — an occupation or standing (Ae, Af, Ag: 医生, 孕妇), a thing (B: 驾驶证, 自来水), a place (Cb:
 * 宅基地), an institution (Dm) or an administrative or production activity (Hc, Hd: 备案, 养牛). Not
 * people by who they are to the asker, amounts (生活费, 工资: asked of a published topic), quantities,
 * circumstances or judgements (一共, 常年, 犯法), nor a fragment nobody writes. And only against a word
 * the corpus has as typed: a spoken phrase the lexicon reads (拉人, 墙裂了) is no district word, and a
 * spoken question's other words are not kinds of it (三轮子拉人).
 */
final class KindOf {
    /** Thesaurus class prefixes of words that name something a district publishes on. */
    private static final List<String> NAMING = List.of("Ae", "Af", "Ag", "B", "Cb", "Dm", "Hc", "Hd");
    private static final Map<String, Set<String>> CLASSES = SpokenClasses.classes(Resources.lines(Thesaurus.PATH));

    private KindOf() {}

    /** The words of the plan that name a kind of a word the corpus has (empty almost always). */
    static List<QueryPlan.Term> all(QueryPlan plan, QueryPlanner.Vocabulary vocabulary) {
        List<QueryPlan.Term> out = new ArrayList<>();
        for (QueryPlan.Term t : plan.terms()) {
            if (candidate(t) && touchesDistrictWord(plan, t, vocabulary)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A dictionary word the corpus lacks that names something (see the class comment). */
    static boolean candidate(QueryPlan.Term t) {
        return t.unknown() && !t.generic() && t.text().length() >= 2 && !AskerWords.about(t)
                && GeneralFrequency.of(t.text()) > 0 && names(t.text());
    }

    static boolean names(String word) {
        Set<String> codes = CLASSES.getOrDefault(word, Set.of());
        return codes.stream().anyMatch(c -> NAMING.stream().anyMatch(c::startsWith));
    }

    /** Written right before or after a specific word the corpus has as typed. */
    private static boolean touchesDistrictWord(QueryPlan plan, QueryPlan.Term t, QueryPlanner.Vocabulary vocabulary) {
        String text = plan.text();
        for (int at = text.indexOf(t.text()); at >= 0; at = text.indexOf(t.text(), at + 1)) {
            int end = at + t.text().length();
            for (QueryPlan.Term u : plan.terms()) {
                String w = u.text();
                boolean touching = text.startsWith(w, end) || at >= w.length() && text.startsWith(w, at - w.length());
                if (touching && u != t && district(u) && vocabulary.appearsAsTyped(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean district(QueryPlan.Term u) {
        return !u.unknown() && !u.generic() && !u.bySound() && u.text().length() >= 2 && !AskerWords.about(u);
    }
}
