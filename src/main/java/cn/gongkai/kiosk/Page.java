package cn.gongkai.kiosk;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbsoluteLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Panel;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen laid out for one terminal size. Screens place every part by row and column
 * themselves (no layout manager guesses), so nothing overflows: a button or a text block is
 * given its exact rectangle, and the page remembers the buttons' rectangles for hit testing.
 */
public final class Page {
    /** A button to be made: its key (shown on it and answered), its lines and what it does. */
    record Spec(String key, List<String> lines, Runnable action) {
        static Spec of(String key, String label, Runnable action) {
            return new Spec(key, List.of(label), action);
        }
    }

    final int cols;
    final int rows;
    private final Kiosk kiosk;
    private final Palette palette;
    private final Panel panel = new Panel(new AbsoluteLayout());
    private final List<BigButton> buttons = new ArrayList<>();
    private final List<TextBlock> texts = new ArrayList<>();

    Page(TerminalSize size, Palette palette, Kiosk kiosk) {
        this.cols = size.getColumns();
        this.rows = size.getRows();
        this.palette = palette;
        this.kiosk = kiosk;
    }

    /** A public text (see {@link Kiosk#t}). */
    String kioskText(String key, Object... params) {
        return kiosk.t(key, params);
    }

    /** Button height for this terminal: three rows on a small one, more on a big one. */
    int buttonHeight() {
        return rows >= 40 ? 5 : 3;
    }

    Panel panel() {
        return panel;
    }

    public List<BigButton> buttons() {
        return buttons;
    }

    List<TextBlock> texts() {
        return texts;
    }

    void place(Component c, int x, int y, int w, int h) {
        c.setPosition(new TerminalPosition(x, y));
        c.setSize(new TerminalSize(Math.max(0, w), Math.max(0, h)));
        panel.addComponent(c);
    }

    /** Lines of text at (x, y), each cut to w columns, at most h of them. */
    TextBlock text(int x, int y, int w, int h, List<TextBlock.Line> lines) {
        List<TextBlock.Line> fitted = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < h; i++) {
            fitted.add(new TextBlock.Line(Cells.fit(lines.get(i).text(), w), lines.get(i).style()));
        }
        TextBlock t = new TextBlock(fitted, palette);
        place(t, x, y, w, h);
        texts.add(t);
        return t;
    }

    /** One line across the page, wrapped text cut to one line, in the given style. */
    void line(int y, String s, TextBlock.Style style) {
        text(1, y, cols - 2, 1, List.of(new TextBlock.Line(s, style)));
    }

    /** Wrapped paragraph in up to h rows; returns the rows used. */
    int paragraph(int y, int h, String s, TextBlock.Style style) {
        List<TextBlock.Line> lines = new ArrayList<>();
        for (String l : Cells.wrap(s, cols - 2)) {
            lines.add(new TextBlock.Line(l, style));
        }
        int used = Math.min(h, lines.size());
        text(1, y, cols - 2, used, lines);
        return used;
    }

    BigButton button(int x, int y, int w, int h, Spec spec) {
        BigButton b = new BigButton(spec.key(), spec.lines(), palette);
        b.addListener(x1 -> kiosk.safely(spec.action()));
        place(b, x, y, w, h);
        buttons.add(b);
        return b;
    }

    /** Buttons side by side, equal widths, across the page at row y; returns the row below. */
    int row(int y, int h, List<Spec> specs) {
        return grid(y, h, specs.size(), specs);
    }

    /** Buttons in rows of {@code perRow}, filling the width; returns the row below the last. */
    int grid(int y, int h, int perRow, List<Spec> specs) {
        int n = Math.max(1, perRow);
        for (int i = 0; i < specs.size(); i++) {
            int r = i / n;
            int c = i % n;
            int x0 = c * cols / n;
            int x1 = (c + 1) * cols / n;
            // one column of background between neighbours, so each button reads as its own shape
            int gap = c < n - 1 ? 1 : 0;
            button(x0, y + r * h, x1 - x0 - gap, h, specs.get(i));
        }
        return y + ((specs.size() + n - 1) / n) * h;
    }

    /** The button under a screen cell (the kiosk window fills the screen from its corner). */
    BigButton hit(TerminalPosition p) {
        for (BigButton b : buttons) {
            TerminalPosition at = b.getPosition();
            TerminalSize s = b.getSize();
            if (p.getColumn() >= at.getColumn() && p.getColumn() < at.getColumn() + s.getColumns()
                    && p.getRow() >= at.getRow() && p.getRow() < at.getRow() + s.getRows()) {
                return b;
            }
        }
        return null;
    }

    /** The button whose shown key is this one (digits, letters), if any. */
    BigButton byKey(String key) {
        for (BigButton b : buttons) {
            if (key.equalsIgnoreCase(b.key == null ? "" : b.key)) {
                return b;
            }
        }
        return null;
    }
}
