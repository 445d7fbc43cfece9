package cn.gongkai.kiosk;

import cn.gongkai.config.UserException;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.terminal.swing.SwingTerminal;
import com.googlecode.lanterna.terminal.swing.SwingTerminalFontConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorColorConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorDeviceConfiguration;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * {@code kiosk --swing}: a full-screen window with a large CJK font for a touchscreen PC.
 * Lanterna 3.1.3's Swing terminal delivers no mouse clicks, so the window listens itself,
 * turns a touch's pixels into a cell and hands the GUI a {@link MouseAction}.
 */
public final class SwingKiosk {
    private SwingKiosk() {}

    public static SwingTerminal open(KioskConfig config) {
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(config.fontName());
        if (!installed) {
            throw new UserException("找不到字体 \"" + config.fontName()
                    + "\"：请安装 Debian 软件包 fonts-wqy-zenhei，或在 kiosk.yaml 的 swing.font 写一个已安装的等宽中文字体");
        }
        SwingTerminalFontConfiguration fonts;
        try {
            fonts = SwingTerminalFontConfiguration.newInstance(new Font(config.fontName(), Font.PLAIN, config.fontSize()));
        } catch (IllegalArgumentException e) {
            throw new UserException("字体 \"" + config.fontName() + "\" 不能用于自助终端 (需要等宽字体): " + e.getMessage());
        }
        SwingTerminal terminal = new SwingTerminal(TerminalEmulatorDeviceConfiguration.getDefault()
                .withCursorBlinking(false), fonts, TerminalEmulatorColorConfiguration.getDefault());
        try {
            SwingUtilities.invokeAndWait(() -> show(terminal, fonts));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new UserException("无法打开自助终端窗口: " + e.getCause().getMessage());
        }
        return terminal;
    }

    private static void show(SwingTerminal terminal, SwingTerminalFontConfiguration fonts) {
        JFrame frame = new JFrame("gongkai 政务公开");
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE); // staff leave with key sequence + PIN
        frame.setUndecorated(true);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(terminal, BorderLayout.CENTER);
        terminal.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                terminal.addInput(toCell(e, fonts));
            }
        });
        var device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        frame.setBounds(device.getDefaultConfiguration().getBounds());
        frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        frame.setVisible(true);
        terminal.requestFocusInWindow();
    }

    /** The cell under a touch: pixels divided by the font's cell size. */
    static MouseAction toCell(MouseEvent e, SwingTerminalFontConfiguration fonts) {
        int col = e.getX() / Math.max(1, fonts.getFontWidth());
        int row = e.getY() / Math.max(1, fonts.getFontHeight());
        return new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(col, row));
    }
}
