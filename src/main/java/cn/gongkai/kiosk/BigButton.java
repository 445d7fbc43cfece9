package cn.gongkai.kiosk;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.List;

/**
 * A button for a finger: at least three rows high, its key shown on it ("1" or "A"), its text
 * centred and cut only between characters. Focus is shown by a double border and bold text as
 * well as by colour, so it never rests on colour alone. Lanterna's default renderer breaks the
 * first Chinese character of a label, so this one draws the label itself.
 */
public final class BigButton extends Button {
    final String key;
    final List<String> lines;

    BigButton(String key, List<String> lines, Palette palette) {
        super(String.join(" ", lines));
        this.key = key;
        this.lines = lines;
        setRenderer(new Renderer(palette));
    }

    /** What a tap or the button's key does: the same as Enter on a focused button. */
    void press() {
        triggerActions();
    }

    /** The label as shown on the first line: the key, then the words. */
    public String caption(int line) {
        String words = lines.get(line);
        if (line != 0 || key == null) {
            return words;
        }
        return words.isEmpty() ? key : key + " " + words;
    }

    private static final class Renderer implements ButtonRenderer {
        private final Palette p;

        Renderer(Palette p) {
            this.p = p;
        }

        @Override
        public TerminalPosition getCursorLocation(Button b) {
            return null;
        }

        @Override
        public TerminalSize getPreferredSize(Button b) {
            BigButton bb = (BigButton) b;
            int w = 0;
            for (int i = 0; i < bb.lines.size(); i++) {
                w = Math.max(w, Cells.width(bb.caption(i)));
            }
            return new TerminalSize(w + 4, Math.max(3, bb.lines.size() + 2));
        }

        @Override
        public void drawComponent(TextGUIGraphics g, Button b) {
            BigButton bb = (BigButton) b;
            boolean focus = b.isFocused();
            TerminalSize size = g.getSize();
            int w = size.getColumns();
            int h = size.getRows();
            g.setForegroundColor(focus ? p.focusText() : p.buttonText());
            g.setBackgroundColor(focus ? p.focusBackground() : p.buttonBackground());
            g.fill(' ');
            if (w < 2 || h < 2) {
                return;
            }
            char hz = focus ? '═' : '─';
            char vt = focus ? '║' : '│';
            g.drawLine(1, 0, w - 2, 0, hz);
            g.drawLine(1, h - 1, w - 2, h - 1, hz);
            g.drawLine(0, 1, 0, h - 2, vt);
            g.drawLine(w - 1, 1, w - 1, h - 2, vt);
            g.setCharacter(0, 0, focus ? '╔' : '┌');
            g.setCharacter(w - 1, 0, focus ? '╗' : '┐');
            g.setCharacter(0, h - 1, focus ? '╚' : '└');
            g.setCharacter(w - 1, h - 1, focus ? '╝' : '┘');
            int inner = w - 4;
            int rows = Math.min(bb.lines.size(), h - 2);
            int top = 1 + (h - 2 - rows) / 2;
            g.enableModifiers(SGR.BOLD);
            for (int i = 0; i < rows; i++) {
                String s = Cells.fit(bb.caption(i), inner);
                g.putString(2 + (inner - Cells.width(s)) / 2, top + i, s);
            }
            g.disableModifiers(SGR.BOLD);
        }
    }
}
