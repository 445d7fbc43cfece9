package cn.gongkai.console;

import cn.gongkai.inquiries.Inquiry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the record for pairs of words that mean the same: a number's question that found nothing
 * (or was marked 没帮助), followed in the same conversation by one that found something, says the
 * villager's word and the word that worked (烤火钱 → 取暖救助金). Staff approve a pair on the
 * 需求清单; nothing is added without them.
 */
public final class SynonymMining {
    /** A later text more than this far away is a new conversation, not a rephrasing. */
    static final Duration CONVERSATION = Duration.ofMinutes(30);
    /** Up to this many characters a failed question is taken whole as the villager's word. */
    private static final int SHORT = 6;

    /** A proposed pair: the villager's word, the word that found the answer. */
    public record Pair(String people, String official) {}

    private SynonymMining() {}

    /**
     * For each failed inquiry that a later one from the same number and channel rephrased with
     * success, the pair of words that differ. {@code words} gives the words search understood.
     */
    static Map<Long, Pair> propose(List<Inquiry> inquiries, Function<String, List<String>> words) {
        List<Inquiry> sorted = new ArrayList<>(inquiries);
        sorted.sort(Comparator.comparing(Inquiry::at).thenComparing(Inquiry::id));
        Map<String, List<Inquiry>> byNumber = new HashMap<>();
        for (Inquiry q : sorted) {
            if (q.senderPhone() != null && !q.senderPhone().isBlank()) {
                byNumber.computeIfAbsent(q.channel() + "|" + q.senderPhone(), k -> new ArrayList<>()).add(q);
            }
        }
        Map<Long, Pair> out = new HashMap<>();
        for (List<Inquiry> conversation : byNumber.values()) {
            for (int i = 0; i < conversation.size(); i++) {
                Inquiry failed = conversation.get(i);
                if (!failedQuestion(failed)) {
                    continue;
                }
                for (int j = i + 1; j < conversation.size(); j++) {
                    Inquiry later = conversation.get(j);
                    if (later.at().isAfter(failed.at().plus(CONVERSATION))) {
                        break;
                    }
                    if (!failedQuestion(later)) {
                        Pair p = pair(words.apply(failed.text()), words.apply(later.text()), failed.text());
                        if (p != null) {
                            out.put(failed.id(), p);
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean failedQuestion(Inquiry q) {
        return q.nothingFound() || "UNHELPFUL".equals(q.feedback());
    }

    /** The first word only the failed question has and the first only the successful one has. */
    private static Pair pair(List<String> failedWords, List<String> laterWords, String failedText) {
        String whole = DemandPages.normalise(failedText);
        // A short question is the word itself (火盆钱, whose 钱 search set aside); a longer one
        // gives its first word the successful one lacks.
        String people = failedWords.size() <= 1 && whole.length() <= SHORT ? whole
                : failedWords.stream().filter(w -> !laterWords.contains(w)).findFirst().orElse(null);
        String official = laterWords.stream().filter(w -> !failedWords.contains(w)).findFirst().orElse(null);
        if (people == null || official == null || people.isEmpty() || people.equals(official) || people.length() > 30
                || people.matches(".*[,，、#].*") || official.matches(".*[,，、#].*")) {
            return null;
        }
        return new Pair(people, official);
    }
}
