package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The last try for a spoken question that names a topic the district publishes on and says the rest
 * in words no notice uses (自个儿不小心把厕所便器整坏了，公家给补修的钱不: 厕所 titles notices; 小心,
 * 便器整坏, 补修 appear nowhere). Without a listed anchor ({@link Anchors}) those words count as
 * subjects the corpus lacks, outvote the topic, and the question finds nothing. Here the words the
 * corpus lacks that tell about the asker ({@link AskerWords}: who, where, how it felt, a fragment)
 * or what the asker wants done (the thesaurus files them only as activities: 补修, 伺候) only rank,
 * as long as a word the corpus has in some title still names the subject and every other word the
 * corpus lacks steps back.
 *
 * <p>The no-answer side: a word right before a benefit's name (独生子女老人补贴) narrows it and
 * stays; a question whose only known words are everyday ones (养牛补贴: 补贴) keeps nothing to name
 * its subject and still finds nothing; and the benefit-name and kind holds of {@link HeadSubject}
 * are applied to the question as asked.
 */
final class AskerRoute {
    private AskerRoute() {}

    /** The plan with those words ranking only, or null when nothing steps back or no titled word is left. */
    static QueryPlan relax(QueryPlan plan) {
        if (plan.initials() != null || plan.terms().isEmpty()) {
            return null;
        }
        List<QueryPlan.Term> out = new ArrayList<>();
        boolean relaxed = false;
        for (QueryPlan.Term t : plan.terms()) {
            if (stepsBack(t, plan)) {
                out.add(t.everyday());
                relaxed = true;
            } else {
                out.add(t);
            }
        }
        List<QueryPlan.Term> subjects = out.stream().filter(t -> !t.generic()).toList();
        boolean named = subjects.stream().anyMatch(AskerRoute::namesATopic);
        // Every word the corpus lacks must step back: one that does not (占地 in 修路占地补偿) may
        // name what was asked, which the district never published.
        if (!relaxed || !named || subjects.stream().anyMatch(QueryPlan.Term::unknown)) {
            return null;
        }
        return new QueryPlan(out, plan.weak(), plan.village(), null, plan.text());
    }

    /** A word the corpus has, as typed, in some title, and rare in general Chinese or listed with official words. */
    static boolean namesATopic(QueryPlan.Term t) {
        return !t.generic() && !t.unknown() && !t.bySound() && t.titled() && t.text().length() >= 2;
    }

    /** Unknown to the corpus, about the asker or a doing, and not written right before a benefit's name. */
    static boolean stepsBack(QueryPlan.Term t, QueryPlan plan) {
        if (t.generic() || !t.unknown() || !(AskerWords.about(t) || SpokenClasses.doing(t.text()))) {
            return false;
        }
        return plan.terms().stream().noneMatch(h -> h != t && UnpublishedKind.namesMoney(h.text())
                && plan.text().contains(t.text() + h.text()));
    }
}
