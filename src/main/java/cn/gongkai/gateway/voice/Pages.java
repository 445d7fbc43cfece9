package cn.gongkai.gateway.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * A spoken list in pages short enough to remember: four choices at most. Up to four items are
 * read at once; a longer list three a page, and key 4 for the next page (or, on the last, the
 * first again). Key 0 stays "back" everywhere.
 */
final class Pages {
    static final int AT_ONCE = 4;
    static final int PER_PAGE = 3;
    static final char MORE = '4';

    private Pages() {}

    static int count(int size) {
        return size <= AT_ONCE ? 1 : (size + PER_PAGE - 1) / PER_PAGE;
    }

    /** The page in range (a stale or negative page is the first). */
    static int clamp(int size, int page) {
        return page < 0 || page >= count(size) ? 0 : page;
    }

    /** The indexes of the items read on this page; key 1 is the first. */
    static List<Integer> items(int size, int page) {
        int per = size <= AT_ONCE ? AT_ONCE : PER_PAGE;
        List<Integer> out = new ArrayList<>();
        for (int i = clamp(size, page) * per; i < size && out.size() < per; i++) {
            out.add(i);
        }
        return out;
    }

    /** The item a key picks on this page, or -1. */
    static int picked(int size, int page, Character key) {
        if (key == null || key < '1' || key > '9') {
            return -1;
        }
        List<Integer> items = items(size, page);
        int k = key - '1';
        return k < items.size() ? items.get(k) : -1;
    }

    static boolean paged(int size) {
        return count(size) > 1;
    }

    /** The page after this one, round to the first. */
    static int next(int size, int page) {
        return (clamp(size, page) + 1) % count(size);
    }

    static boolean last(int size, int page) {
        return clamp(size, page) == count(size) - 1;
    }

    /** The keys that work on this page, as said ("1、2、3、4、0"). */
    static String keys(int size, int page) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= items(size, page).size(); i++) {
            b.append(i).append('、');
        }
        if (paged(size)) {
            b.append(MORE).append('、');
        }
        return b.append('0').toString();
    }
}
