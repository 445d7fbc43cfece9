package cn.gongkai.corpus;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent search results, per index generation and per day. Villagers text the same few
 * keywords (农保, 补贴, 防火) over and over, and an answer only changes when the index does
 * (a new generation) or the day does (recency ranking): both are part of the key, so a cached
 * answer is never stale. Lock-free: every search of every channel passes through here, and a
 * single lock made the SMS webhook's threads queue behind one another on a busy machine. When
 * full, a tenth of the entries (arbitrary ones) make room: the hot keywords come straight back.
 */
final class ResultCache {
    private record Key(Object generation, LocalDate day, SearchRequest request) {}

    private final int capacity;
    private final Map<Key, SearchResult> entries = new ConcurrentHashMap<>();

    ResultCache(int capacity) {
        this.capacity = capacity;
    }

    SearchResult get(Object generation, LocalDate day, SearchRequest request) {
        return capacity == 0 ? null : entries.get(new Key(generation, day, request));
    }

    void put(Object generation, LocalDate day, SearchRequest request, SearchResult result) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() >= capacity) {
            Iterator<Key> it = entries.keySet().iterator();
            for (int n = Math.max(1, capacity / 10); n > 0 && it.hasNext(); n--) {
                it.next();
                it.remove();
            }
        }
        entries.put(new Key(generation, day, request), result);
    }
}
