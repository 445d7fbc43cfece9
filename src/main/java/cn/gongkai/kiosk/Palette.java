package cn.gongkai.kiosk;

import com.googlecode.lanterna.TextColor;

/** The kiosk's colours; every text/background pair is checked for WCAG contrast at load. */
record Palette(
        TextColor.RGB text,
        TextColor.RGB background,
        TextColor.RGB emphasis,
        TextColor.RGB buttonText,
        TextColor.RGB buttonBackground,
        TextColor.RGB focusText,
        TextColor.RGB focusBackground) {

    /** WCAG 2 AA for normal text; our text is large, so this is a floor, not a target. */
    static final double MIN_CONTRAST = 4.5;

    /** WCAG 2 contrast ratio, 1 (none) to 21 (black on white). */
    static double contrast(TextColor.RGB a, TextColor.RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(TextColor.RGB c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
