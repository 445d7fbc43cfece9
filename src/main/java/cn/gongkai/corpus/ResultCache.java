package cn.gongkai.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent search results, per index generation and per day. Villagers text the same few
 * keywords (农保, 补贴, 防火) over and over, and an answer only changes when the index does
 * (a new generation) or the day does (recency ranking): both are part of the key, so a cached
 * answer is never stale.
 */
final class ResultCache {
    private record Key(Object generation, LocalDate day, SearchRequest request) {}

    private final int capacity;
    private final Map<Key, SearchResult> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized SearchResult get(Object generation, LocalDate day, SearchRequest request) {
        return capacity == 0 ? null : entries.get(new Key(generation, day, request));
    }

    synchronized void put(Object generation, LocalDate day, SearchRequest request, SearchResult result) {
        if (capacity > 0) {
            entries.put(new Key(generation, day, request), result);
        }
    }
}
