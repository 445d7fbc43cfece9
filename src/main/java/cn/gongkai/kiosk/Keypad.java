package cn.gongkai.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A telephone-style number pad of big buttons; each digit key on a real keypad presses its button. */
final class Keypad {
    private Keypad() {}

    /*
     * ┌───────┐┌───────┐┌───────┐
     * │   1   ││   2   ││   3   │
     * └───────┘└───────┘└───────┘
     *    4        5        6
     *    7        8        9
     *  * 删除     0      # 确定
     */
    /** Places the pad from row y; returns the row below it. */
    static int place(Page p, int y, int h, Consumer<String> digit, Runnable delete, String okLabel, Runnable ok) {
        List<Page.Spec> specs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String d = String.valueOf(i);
            specs.add(Page.Spec.of(d, "", () -> digit.accept(d)));
        }
        specs.add(Page.Spec.of("*", p.kioskText("common.delete"), delete));
        specs.add(Page.Spec.of("0", "", () -> digit.accept("0")));
        specs.add(Page.Spec.of("#", okLabel, ok));
        return p.grid(y, h, 3, specs);
    }

    /** "1 2 3 _ _ _": digits spaced out for old eyes, blanks for what is still missing. */
    static String spaced(CharSequence digits, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.max(length, digits.length()); i++) {
            b.append(i < digits.length() ? digits.charAt(i) : '_').append(' ');
        }
        return b.toString().strip();
    }
}
