package cn.gongkai.corpus;

import java.util.List;

/**
 * A page of results and the total that matched. {@code village} is the village the ranking
 * favoured (asked for, or named in the words); {@code terms} are the content words understood,
 * which the console's demand list groups by.
 */
public record SearchResult(int total, List<SearchHit> hits, String village, List<String> terms) {

    public boolean nothingFound() {
        return total == 0;
    }

    public static SearchResult empty(List<String> terms) {
        return new SearchResult(0, List.of(), null, terms);
    }
}
