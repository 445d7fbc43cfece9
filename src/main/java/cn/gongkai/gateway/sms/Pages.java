package cn.gongkai.gateway.sms;

import cn.gongkai.corpus.SearchResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Result pages already rendered, by the search result they show. Villagers text the same few
 * keywords, the search service hands back the very same result object for them (its own
 * cache), and fitting a page into the segment budget (up to 25 title lengths tried) cost the
 * webhook more than the search did. Keyed by that object's identity, so a new index generation
 * or day (new result objects) never meets a stale page; when full it starts over.
 */
final class Pages {
    private static final int CAPACITY = 2000;

    private record Key(SearchResult result, int first, boolean more) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.result == result && k.first == first && k.more == more;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(result) * 31 + first) * 2 + (more ? 1 : 0);
        }
    }

    private final Map<Key, Replies.Page> pages = new ConcurrentHashMap<>();

    Replies.Page page(SearchResult result, int first, boolean more, Supplier<Replies.Page> render) {
        Key key = new Key(result, first, more);
        Replies.Page page = pages.get(key);
        if (page == null) {
            page = render.get();
            if (pages.size() >= CAPACITY) {
                pages.clear();
            }
            pages.put(key, page);
        }
        return page;
    }
}
