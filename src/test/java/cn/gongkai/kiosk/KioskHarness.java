package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.TestHomes;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A kiosk on Lanterna's virtual terminal, driven by taps and keys, read back cell by cell. */
final class KioskHarness implements AutoCloseable {
    final DefaultVirtualTerminal vt;
    final KioskApp app;
    final Kiosk kiosk;
    final MovableClock clock = new MovableClock();

    private KioskHarness(Path home, int cols, int rows) {
        this(cols, rows, clock -> KioskApp.open(new Home(home), clock));
    }

    private KioskHarness(int cols, int rows, java.util.function.Function<Clock, KioskApp> opener) {
        try {
            vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
            TerminalScreen screen = new TerminalScreen(vt);
            screen.startScreen();
            app = opener.apply(clock);
            kiosk = app.kiosk(screen, new SameTextGUIThread.Factory());
            pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KioskHarness open(Path home, int cols, int rows) {
        return new KioskHarness(home, cols, rows);
    }

    /** A kiosk in remote mode: a client of the server at {@code server}, with its own home. */
    static KioskHarness remote(Path home, java.net.URI server, String token, int cols, int rows) {
        return new KioskHarness(cols, rows, clock -> KioskApp.remote(new Home(home), server, token, clock));
    }

    /** Runs the GUI once: pending input, queued work, redraw. */
    void pump() {
        try {
            kiosk.gui().getGUIThread().processEventsAndUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finger on the middle of the button whose caption contains the text. */
    void tap(String text) {
        BigButton b = button(text);
        TerminalPosition at = b.getPosition();
        TerminalSize s = b.getSize();
        tapAt(at.getColumn() + s.getColumns() / 2, at.getRow() + s.getRows() / 2);
    }

    void tapAt(int col, int row) {
        vt.addInput(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(col, row)));
        vt.addInput(new MouseAction(MouseActionType.CLICK_RELEASE, 1, new TerminalPosition(col, row)));
        pump();
    }

    BigButton button(String text) {
        for (BigButton b : kiosk.page().buttons()) {
            for (int i = 0; i < b.lines.size(); i++) {
                if (b.caption(i).contains(text)) {
                    return b;
                }
            }
        }
        throw new AssertionError("no button \"" + text + "\" on " + kiosk.screen().getClass().getSimpleName()
                + ":\n" + text());
    }

    void type(String s) {
        for (char c : s.toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
        }
        pump();
    }

    void key(KeyType type) {
        vt.addInput(new KeyStroke(type));
        pump();
    }

    void resize(int cols, int rows) {
        vt.setTerminalSize(new TerminalSize(cols, rows));
        pump();
        pump();
    }

    /** One row as a person sees it: a double-width character once, though it fills two cells. */
    String row(int y) {
        StringBuilder b = new StringBuilder();
        int cols = vt.getTerminalSize().getColumns();
        for (int x = 0; x < cols; x++) {
            String c = vt.getCharacter(x, y).getCharacterString();
            b.append(c);
            if (c.length() == 1 && TerminalTextUtils.isCharDoubleWidth(c.charAt(0))) {
                x++;
            }
        }
        return b.toString();
    }

    String text() {
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < vt.getTerminalSize().getRows(); y++) {
            rows.add(row(y));
        }
        return String.join("\n", rows);
    }

    /**
     * No double-width character is cut in half (both of its cells hold it, and it never starts in
     * the last column) and every button's four corners sit on character boundaries.
     */
    void assertAligned() {
        int cols = vt.getTerminalSize().getColumns();
        int rows = vt.getTerminalSize().getRows();
        boolean[][] start = new boolean[rows][cols];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                start[y][x] = true;
                String c = vt.getCharacter(x, y).getCharacterString();
                if (c.length() == 1 && TerminalTextUtils.isCharDoubleWidth(c.charAt(0))) {
                    assertThat(x + 1).as("wide character %s cut at the edge of row %d", c, y).isLessThan(cols);
                    assertThat(vt.getCharacter(x + 1, y).getCharacterString())
                            .as("second cell of %s at (%d,%d)\n%s", c, x, y, text()).isEqualTo(c);
                    x++;
                }
            }
        }
        for (BigButton b : kiosk.page().buttons()) {
            int x0 = b.getPosition().getColumn();
            int y0 = b.getPosition().getRow();
            int x1 = x0 + b.getSize().getColumns() - 1;
            int y1 = y0 + b.getSize().getRows() - 1;
            assertThat(b.getSize().getRows()).as("button height").isGreaterThanOrEqualTo(3);
            assertThat(x1).as("button %s inside the screen", b.getLabel()).isLessThan(cols);
            assertThat(y1).as("button %s inside the screen", b.getLabel()).isLessThan(rows - 1);
            for (int[] corner : new int[][] {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
                assertThat(start[corner[1]][corner[0]]).as("corner of %s on a boundary", b.getLabel()).isTrue();
                assertThat(vt.getCharacter(corner[0], corner[1]).getCharacterString())
                        .as("corner of %s at (%d,%d)\n%s", b.getLabel(), corner[0], corner[1], text())
                        .matches("[┌┐└┘╔╗╚╝]");
            }
        }
    }

    /**
     * The inquiries on record once the kiosk's journal has reached the database (taps journal
     * first and are written from a background thread).
     */
    java.util.List<cn.gongkai.inquiries.Inquiry> logged() {
        return written().inquiries().list(cn.gongkai.inquiries.InquiryFilter.all());
    }

    /** The records once the kiosk's journal (views, feedback, requests, staff calls) has reached the database. */
    cn.gongkai.app.Records written() {
        var db = app.recordsForTest().database();
        long end = System.nanoTime() + 10_000_000_000L;
        while (db.diskStatus().journalPending() != 0) {
            db.replayJournal();
            if (System.nanoTime() > end) {
                throw new AssertionError("the kiosk's journal was not written to the database in 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return app.recordsForTest();
    }

    void idle(Duration d) {
        clock.now = clock.now.plus(d);
        kiosk.checkIdle();
        pump();
    }

    @Override
    public void close() {
        app.close();
    }

    /** "Now" that a test can move forward. */
    static final class MovableClock extends Clock {
        Instant now = TestHomes.CLOCK.instant();

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
