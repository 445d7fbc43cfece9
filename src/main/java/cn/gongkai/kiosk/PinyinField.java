package cn.gongkai.kiosk;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * A text field filled in Chinese without an input method: letters gather into a pinyin buffer,
 * the candidates of {@link NamePicker} appear as numbered buttons, a tap (or its digit) puts the
 * character in the field. Characters typed directly (a keyboard with an IME, digits for a house
 * number) go straight in. Used for the applicant's name and the postal address.
 */
final class PinyinField {
    private final Kiosk k;
    private final NamePicker picker;
    private final StringBuilder field;
    private final StringBuilder pinyin;
    private final int max;

    PinyinField(Kiosk k, NamePicker picker, StringBuilder field, StringBuilder pinyin, int max) {
        this.k = k;
        this.picker = picker;
        this.field = field;
        this.pinyin = pinyin;
        this.max = max;
    }

    /*
     *  ▶ 张▏                                        拼音：san          <- bold field, pinyin
     * ┌────────┐┌────────┐┌────────┐┌────────┐
     * │ 1 三   ││ 2 山   ││ 3 善   ││ 4 单   │  ...                   <- candidates
     * └────────┘└────────┘└────────┘└────────┘
     *  A ... M / N ... Z                                               <- letter keys
     */
    /** Field from row {@code top}, candidates and letters above {@code bottom}. */
    void place(Page p, int top, int bottom, int h) {
        int keysTop = bottom - 2 * h;
        int candTop = keysTop - h;
        List<TextBlock.Line> lines = new ArrayList<>();
        for (String l : Cells.wrap("▶ " + field + "▏", p.cols - 2)) {
            lines.add(new TextBlock.Line(l, TextBlock.Style.BOLD));
        }
        int fieldRows = Math.max(1, candTop - top - 1);
        p.text(1, top, p.cols - 2, fieldRows, lines.subList(Math.max(0, lines.size() - fieldRows), lines.size()));
        if (pinyin.length() > 0) {
            p.line(candTop - 1, k.t("request.name_pinyin", "letters", pinyin), TextBlock.Style.EMPHASIS);
        }
        List<String> cands = picker.candidates(pinyin.toString());
        if (!cands.isEmpty()) {
            List<Page.Spec> specs = new ArrayList<>();
            for (int i = 0; i < cands.size(); i++) {
                String c = cands.get(i);
                specs.add(Page.Spec.of(String.valueOf(i + 1), c, () -> pick(c)));
            }
            p.grid(candTop, h, NamePicker.SHOWN, specs);
        }
        Keyboard.place(p, keysTop, h, c -> letter(Character.toLowerCase(c)));
    }

    private void letter(char c) {
        if (pinyin.length() < 6) {
            pinyin.append(c);
        }
        k.redraw();
    }

    private void pick(String c) {
        pinyin.setLength(0);
        append(c);
    }

    private void append(String s) {
        if (field.length() + s.length() <= max) {
            field.append(s);
        }
        k.redraw();
    }

    /** ⌫: the pinyin being spelt first, then the field. */
    void backspace() {
        StringBuilder from = pinyin.length() > 0 ? pinyin : field;
        if (from.length() > 0) {
            from.setLength(from.length() - 1);
        }
        k.redraw();
    }

    /** A typed character: a letter spells, a digit picks while spelling, anything else goes in. */
    boolean character(KeyStroke key) {
        char c = key.getCharacter();
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            return true;
        }
        if (c < 0x80 && Character.isLetter(c)) {
            letter(Character.toLowerCase(c));
        } else if (c >= '1' && c <= '8' && pinyin.length() > 0) {
            List<String> cands = picker.candidates(pinyin.toString());
            int i = c - '1';
            if (i < cands.size()) {
                pick(cands.get(i));
            }
        } else {
            append(String.valueOf(c));
        }
        return true;
    }
}
