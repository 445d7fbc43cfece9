package cn.gongkai.bench;

import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every distinct query's answer written out in full (total, ids, scores, in force, snippets and
 * highlights), one block per query: a speed change must leave two builds' files identical.
 */
final class ResultDump {
    private ResultDump() {}

    static void write(Corpus corpus, List<String> mix, List<Path> judgedSets, Path file) throws IOException {
        Set<List<String>> asked = new LinkedHashSet<>();
        for (String q : mix) {
            asked.add(List.of(q, ""));
        }
        for (Path tsv : judgedSets) {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2 && !line.startsWith("kind\t") && !line.startsWith("#")) {
                    asked.add(List.of(f[1], f.length >= 4 ? f[3] : ""));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> a : asked) {
            SearchRequest r = SearchRequest.of(a.get(0)).page(0, 10);
            if (!a.get(1).isBlank()) {
                r = r.withVillage(a.get(1));
            }
            SearchResult res = corpus.search().search(r);
            out.add("Q " + a.get(0) + " | " + a.get(1) + " | total " + res.total() + " | village " + res.village()
                    + " | terms " + res.terms());
            for (SearchHit h : res.hits()) {
                StringBuilder marks = new StringBuilder();
                for (int[] m : h.highlights()) {
                    marks.append(m[0]).append('-').append(m[1]).append(' ');
                }
                out.add("  " + h.disclosure().id() + " " + h.score() + " " + h.inForce() + " [" + marks.toString().strip()
                        + "] " + h.snippet().replace('\n', ' '));
            }
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}
