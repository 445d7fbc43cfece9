package cn.gongkai.corpus;

import java.util.List;

/**
 * A question that offers a choice (高龄津贴按月发还是按季度发, 到村里办还是去乡里办) is answered by the
 * notice that says which. The words of the choice after 还是 only rank: required, they would leave
 * out the notice that states the other choice (the current 高龄津贴 rules pay by the month and never
 * say 季度) and keep an old one or a village's quarterly accounts. Only with a subject before 还是,
 * and not where 还是 means "still" (还是没到账, 还是要交): a word of negation, need or being follows it then.
 */
final class EitherOr {
    /** After 还是 in its sense of "still": 还是没, 还是不, 还是要 … */
    private static final String STILL = "没不要得会能可在是很太有就也那这";

    private EitherOr() {}

    static List<QueryPlan.Term> apply(List<QueryPlan.Term> terms, String question) {
        String[] sides = question.split("还是", 2);
        if (sides.length < 2 || sides[1].isEmpty() || STILL.indexOf(sides[1].charAt(0)) >= 0) {
            return terms;
        }
        String before = sides[0];
        String after = clause(sides[1]);
        boolean subject = terms.stream().anyMatch(t -> !t.generic() && before.contains(t.text()));
        if (!subject) {
            return terms;
        }
        return terms.stream().map(t -> !t.generic() && after.contains(t.text()) && !before.contains(t.text())
                ? t.everyday() : t).toList();
    }

    /** Up to the end of the clause: a choice is offered within one. */
    private static String clause(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("，。？！；,.?!; ".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
