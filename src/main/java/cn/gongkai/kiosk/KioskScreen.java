package cn.gongkai.kiosk;

import com.googlecode.lanterna.input.KeyStroke;

/** One kiosk screen: lays itself out on a page of any size and may take keys first. */
interface KioskScreen {
    /** Places every part of the screen; the last row is left for the kiosk's hint line. */
    void build(Page page);

    /** The hint shown on the last row (what to do here), already in plain words. */
    String hint();

    /** A screen someone reads (a document) waits longer before going home. */
    default boolean reading() {
        return false;
    }

    /** Gets a key before the buttons do (typing a query, a code); true when it used it. */
    default boolean onKey(KeyStroke key) {
        return false;
    }
}
