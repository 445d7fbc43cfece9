package cn.gongkai.kiosk;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * The one full-screen window. Input goes to the kiosk first (taps are hit-tested there, since
 * Lanterna's GUI only moves focus on a click); a new terminal size lays the screen out again.
 */
final class KioskWindow extends BasicWindow {
    private final Kiosk kiosk;

    KioskWindow(Kiosk kiosk) {
        this.kiosk = kiosk;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS, Window.Hint.NO_POST_RENDERING));
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        try {
            return kiosk.handle(key) || super.handleInput(key);
        } catch (RuntimeException e) {
            kiosk.failed(e);
            return true;
        }
    }

    @Override
    public void draw(TextGUIGraphics graphics) {
        if (!graphics.getSize().equals(kiosk.builtSize())) {
            kiosk.rebuild(graphics.getSize());
        }
        super.draw(graphics);
    }
}
