package cn.gongkai.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The on-screen A–Z keyboard for pinyin initials (and pinyin names); each letter key answers too. */
final class Keyboard {
    private Keyboard() {}

    /*
     * ┌────┐┌────┐┌────┐     ┌────┐
     * │ A  ││ B  ││ C  │ ... │ M  │
     * └────┘└────┘└────┘     └────┘
     *   N     O     P    ...   Z
     */
    /** Two rows of 13 letters from row y; returns the row below. */
    static int place(Page p, int y, int h, Consumer<Character> letter) {
        List<Page.Spec> specs = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            char l = c;
            specs.add(Page.Spec.of(String.valueOf(c), "", () -> letter.accept(l)));
        }
        return p.grid(y, h, 13, specs);
    }
}
