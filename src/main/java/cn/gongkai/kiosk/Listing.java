package cn.gongkai.kiosk;

import cn.gongkai.corpus.Disclosure;
import java.util.List;

/** A list of documents to page through: what a search, a category or "latest" found. */
interface Listing {
    /** One page of it. */
    Page page(int offset, int limit);

    /** The documents from {@code offset} and how many there are in all. */
    record Page(int total, List<Item> items) {}

    /** One row: the document and whether it is in force today. */
    record Item(Disclosure disclosure, boolean inForce) {}
}
