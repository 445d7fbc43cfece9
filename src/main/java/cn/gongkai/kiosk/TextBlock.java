package cn.gongkai.kiosk;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.List;

/** Lines already wrapped to the block's width, drawn in one style; never wider than given. */
final class TextBlock extends AbstractComponent<TextBlock> {
    /** How a line is set: plain, the hall's emphasis colour in bold, or plain bold. */
    enum Style { PLAIN, EMPHASIS, BOLD }

    record Line(String text, Style style) {}

    private final List<Line> lines;
    private final Palette palette;

    TextBlock(List<Line> lines, Palette palette) {
        this.lines = List.copyOf(lines);
        this.palette = palette;
    }

    List<Line> lines() {
        return lines;
    }

    @Override
    protected ComponentRenderer<TextBlock> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(TextBlock t) {
                int w = 0;
                for (Line l : t.lines) {
                    w = Math.max(w, Cells.width(l.text()));
                }
                return new TerminalSize(w, t.lines.size());
            }

            @Override
            public void drawComponent(TextGUIGraphics g, TextBlock t) {
                g.setBackgroundColor(palette.background());
                g.setForegroundColor(palette.text());
                g.fill(' ');
                int cols = g.getSize().getColumns();
                for (int i = 0; i < t.lines.size() && i < g.getSize().getRows(); i++) {
                    Line l = t.lines.get(i);
                    g.setForegroundColor(l.style() == Style.EMPHASIS ? palette.emphasis() : palette.text());
                    if (l.style() == Style.PLAIN) {
                        g.disableModifiers(SGR.BOLD);
                    } else {
                        g.enableModifiers(SGR.BOLD);
                    }
                    g.putString(0, i, Cells.fit(l.text(), cols));
                }
                g.disableModifiers(SGR.BOLD);
            }
        };
    }
}
