package cn.gongkai.kiosk;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The first start on an empty home indexes the bundled sample before anything can be shown
 * (8–10 s on a hall PC). Instead of a blank screen the person sees "正在准备" (messages.yaml
 * {@code kiosk.preparing}) on the terminal the kiosk is about to use.
 */
public final class Preparing {
    private Preparing() {}

    /** True when the home has no index yet, so opening it will build one first. */
    public static boolean firstStart(Home home) {
        Path index = home.indexDir();
        if (!Files.isDirectory(index)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(index)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // unreadable: opening it will say so in its own words
        }
    }

    /** The terminal of {@code --swing}: the full-screen window, in the hall's font. */
    public static Terminal swingTerminal(Home home) {
        return SwingKiosk.open(KioskConfig.load(new ConfigFiles(home)));
    }

    /** Opens the kiosk's home on this terminal, saying "正在准备" first when it must index. */
    public static KioskApp open(Home home, Terminal terminal) throws IOException {
        return open(home, terminal, () -> KioskApp.open(home));
    }

    /** As above, opening the kiosk with {@code opener} (local mode, or a client of serve). */
    public static KioskApp open(Home home, Terminal terminal, java.util.function.Supplier<KioskApp> opener)
            throws IOException {
        if (firstStart(home)) {
            show(terminal, Messages.load(new ConfigFiles(home)).get("kiosk.preparing"));
        }
        return opener.get();
    }

    /** The message in the middle of the terminal, each line centred, nothing else on it. */
    static void show(Terminal terminal, String message) throws IOException {
        terminal.clearScreen();
        TerminalSize size = terminal.getTerminalSize();
        TextGraphics g = terminal.newTextGraphics();
        java.util.List<String> lines = Cells.wrap(message, Math.max(10, size.getColumns() - 4));
        int top = Math.max(0, (size.getRows() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            int w = Cells.width(lines.get(i));
            g.putCSIStyledString(Math.max(0, (size.getColumns() - w) / 2), top + i, lines.get(i));
        }
        terminal.setCursorVisible(false);
        terminal.flush();
    }
}
