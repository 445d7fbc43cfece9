package cn.gongkai.corpus;

import cn.gongkai.config.UserException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search quality measured on judged queries: for each kind of question, how often a right
 * answer is first (success@1), in the first three (success@3, what fits on an SMS), and how
 * often "nothing" was said exactly when nothing should be found.
 */
public final class Evaluation {

    /** One judged query; {@code expected} empty means the corpus has no answer. */
    public record Case(String kind, String query, Set<String> expected, String village, int line) {}

    /** Figures for one kind of query. */
    public record Figures(String kind, int n, double success1, double success3, double noAnswerAccuracy) {}

    /** A query that missed, for the person tuning synonyms. */
    public record Miss(Case c, List<String> got) {}

    public record Report(List<Figures> byKind, Figures overall, List<Miss> misses) {}

    private Evaluation() {}

    /** Reads {@code kind<TAB>query<TAB>id|id<TAB>village} lines; the first line is a header. */
    public static List<Case> parse(String tsv, String location) {
        List<Case> out = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new UserException(location + " 第 " + (i + 1) + " 行: 应有 kind、query、expected 三列 (用 Tab 分隔)");
            }
            Set<String> expected = new java.util.LinkedHashSet<>();
            for (String id : f[2].split("\\|")) {
                if (!id.isBlank()) {
                    expected.add(id.strip());
                }
            }
            String village = f.length > 3 && !f[3].isBlank() ? f[3].strip() : null;
            out.add(new Case(f[0].strip(), f[1], expected, village, i + 1));
        }
        return out;
    }

    public static Report run(SearchService search, List<Case> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // n, s1, s3, noAnswerRight
        List<Miss> misses = new ArrayList<>();
        int[] all = new int[4];
        for (Case c : cases) {
            SearchResult r = search.search(SearchRequest.of(c.query()).withVillage(c.village()).page(0, 3));
            List<String> ids = r.hits().stream().map(h -> h.disclosure().id()).toList();
            boolean s1;
            boolean s3;
            if (c.expected().isEmpty()) {
                s1 = s3 = r.nothingFound();
            } else {
                s1 = !ids.isEmpty() && c.expected().contains(ids.get(0));
                s3 = ids.stream().anyMatch(c.expected()::contains);
            }
            boolean noAnswerRight = c.expected().isEmpty() == r.nothingFound();
            int[] k = counts.computeIfAbsent(c.kind(), x -> new int[4]);
            for (int[] acc : List.of(k, all)) {
                acc[0]++;
                acc[1] += s1 ? 1 : 0;
                acc[2] += s3 ? 1 : 0;
                acc[3] += noAnswerRight ? 1 : 0;
            }
            if (!s3) {
                misses.add(new Miss(c, ids));
            }
        }
        List<Figures> byKind = new ArrayList<>();
        counts.forEach((kind, k) -> byKind.add(figures(kind, k)));
        return new Report(byKind, figures("all", all), misses);
    }

    private static Figures figures(String kind, int[] k) {
        double n = Math.max(1, k[0]);
        return new Figures(kind, k[0], k[1] / n, k[2] / n, k[3] / n);
    }
}
