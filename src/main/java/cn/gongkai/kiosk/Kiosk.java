package cn.gongkai.kiosk;

import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Text;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.hall.StaffCalls;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk: which screen shows, what the person in front of it has entered, and the rules of a
 * public hall (quiet time sends it home and forgets, an error apologises and goes home, only
 * staff with the key sequence and PIN can leave). Runs on the GUI thread only.
 */
public final class Kiosk {
    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    final KioskConfig config;
    final Backend backend;
    final ReadAloud voice;
    private final Messages messages;
    private final WindowBasedTextGUI gui;
    private final Clock clock;
    private final StaffKeys staffKeys;
    private final KioskWindow window;
    private final CountDownLatch exited = new CountDownLatch(1);

    private KioskScreen screen;
    private Page page;
    private TerminalSize builtSize;
    private Session session = new Session();
    private Instant lastInput;
    private String notice;

    Kiosk(KioskConfig config, Messages messages, Backend backend, WindowBasedTextGUI gui, Clock clock) {
        this.config = config;
        this.messages = messages;
        this.backend = backend;
        this.gui = gui;
        this.clock = clock;
        this.voice = new ReadAloud(config.readAloudCommand());
        this.staffKeys = new StaffKeys(config.exitKeys());
        this.window = new KioskWindow(this);
        this.lastInput = clock.instant();
    }

    /** Shows the home screen in a full-screen window. */
    void start() {
        gui.addWindow(window);
        gui.setActiveWindow(window);
        home();
    }

    /** A public text from messages.yaml ({@code kiosk.} + key), made inert before drawing. */
    String t(String key, Object... params) {
        return Text.inert(messages.get("kiosk." + key, params));
    }

    /** The hall's phone as the messages put it, for texts that send people to it. */
    String hallPhone() {
        return messages.get("common.hall_phone");
    }

    /** "14:05": a time of day as the hall's clock shows it. */
    String timeOfDay(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(at);
    }

    Instant now() {
        return clock.instant();
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    Palette palette() {
        return config.palette();
    }

    Session session() {
        return session;
    }

    KioskScreen screen() {
        return screen;
    }

    public Page page() {
        return page;
    }

    TerminalSize builtSize() {
        return builtSize;
    }

    public WindowBasedTextGUI gui() {
        return gui;
    }

    /** Goes to another screen: stops any voice, clears the last screen's one-line notice. */
    void show(KioskScreen next) {
        voice.stop();
        notice = null;
        screen = next;
        redraw();
        repaintWholeAfterDraw();
    }

    /**
     * Lanterna's delta refresh leaves half of an old double-width character on the terminal
     * when a new screen puts narrow characters where the old one had a wide one (seen in the
     * Swing window as a stray 扌 beside a digit). A new screen is therefore sent whole, once,
     * after it is drawn: a full repaint on a screen change costs nothing a person can see.
     */
    private void repaintWholeAfterDraw() {
        var thread = gui.getGUIThread();
        // Before the GUI thread runs (the first screen) there is no old screen to clean up.
        if (thread == null || thread instanceof com.googlecode.lanterna.gui2.AsynchronousTextGUIThread a
                && a.getState() != com.googlecode.lanterna.gui2.AsynchronousTextGUIThread.State.STARTED) {
            return;
        }
        thread.invokeLater(() -> {
            try {
                gui.updateScreen();
                gui.getScreen().refresh(com.googlecode.lanterna.screen.Screen.RefreshType.COMPLETE);
            } catch (java.io.IOException e) {
                log.warn("kiosk: full repaint failed: {}", e.getClass().getName());
            }
        });
    }

    /** The same screen again, laid out afresh (after a change of its state). */
    void redraw() {
        rebuild(gui.getScreen().getTerminalSize());
    }

    void rebuild(TerminalSize size) {
        builtSize = size;
        Page p = new Page(size, config.palette(), this);
        screen.build(p);
        String hint = notice != null ? notice
                : screen instanceof HomeScreen && backend.offline() ? t("remote.offline") : screen.hint();
        p.line(size.getRows() - 1, hint, notice != null ? TextBlock.Style.EMPHASIS : TextBlock.Style.PLAIN);
        page = p;
        window.setComponent(p.panel());
        if (!p.buttons().isEmpty()) {
            window.setFocusedInteractable(p.buttons().get(0));
        }
    }

    /** A one-line message on the last row of the current screen. */
    void say(String line) {
        notice = line;
        redraw();
    }

    /**
     * Home always forgets the person: the screen says the machine remembers nothing, so the
     * letters typed and the last document read must not greet the next person.
     */
    void home() {
        session = new Session();
        show(new HomeScreen(this));
    }

    /** Forgets the person: a fresh session, no voice, the home screen. */
    void reset() {
        home();
    }

    /** Runs a button's action; anything unexpected is logged, apologised for, and leads home. */
    void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    /**
     * The one place an unexpected failure lands. The log gets the exception's type and where it
     * happened, not its message, which might repeat what a person typed.
     */
    void failed(Throwable e) {
        String where = Arrays.stream(e.getStackTrace()).limit(6).map(String::valueOf)
                .collect(Collectors.joining(" < "));
        log.error("kiosk: {} on {} at {}", e.getClass().getName(),
                screen == null ? "start" : screen.getClass().getSimpleName(), where);
        try {
            session = new Session();
            show(new HomeScreen(this));
            say(t("error.apology"));
        } catch (RuntimeException again) {
            log.error("kiosk: could not return home: {}", again.getClass().getName());
        }
    }

    /** Every key and tap: staff sequence, taps by hit test, then the screen, then the buttons' keys. */
    boolean handle(KeyStroke key) {
        lastInput = clock.instant();
        if (key.getKeyType() == KeyType.MouseEvent) {
            MouseAction m = (MouseAction) key;
            if (m.getActionType() == MouseActionType.CLICK_DOWN) {
                BigButton b = page.hit(m.getPosition());
                if (b != null) {
                    b.press();
                }
            }
            return true;
        }
        if (staffKeys.feed(key)) {
            show(new StaffScreen(this));
            return true;
        }
        if (key.isCtrlDown() || key.isAltDown() || key.getKeyType() == KeyType.EOF) {
            return true; // Ctrl-C and friends do nothing here: leaving needs staff
        }
        if (screen.onKey(key)) {
            return true;
        }
        if (key.getKeyType() == KeyType.Character) {
            BigButton b = page.byKey(String.valueOf(key.getCharacter()));
            if (b != null) {
                b.press();
                return true;
            }
        }
        if (key.getKeyType() == KeyType.Escape) {
            home();
            return true;
        }
        return false;
    }

    /** Called every second or so: after the quiet time, forget the person and go home. */
    void checkIdle() {
        followCall();
        Duration quiet = Duration.between(lastInput, clock.instant());
        Duration limit = screen != null && screen.reading() ? config.readingIdle() : config.menuIdle();
        boolean somethingToForget = !(screen instanceof HomeScreen) || notice != null || session.form != null
                || session.query.length() > 0 || session.lastTitle != null;
        if (quiet.compareTo(limit) >= 0 && somethingToForget) {
            reset();
        }
    }

    /**
     * The person waiting for staff learns what became of the call: someone is coming, someone
     * is here, or, after the configured minutes with no answer, the office phone. Read from the
     * database because the console that answers runs in another process.
     */
    private void followCall() {
        Long id = session.callId;
        if (id == null || id == Backend.QUEUED_CALL) {
            return; // a call still on this kiosk's disk has no answer to follow
        }
        StaffCalls.Call c;
        try {
            c = backend.call(id).orElse(null);
        } catch (RuntimeException e) {
            log.warn("kiosk: staff call {} could not be read: {}", id, e.getClass().getName());
            return;
        }
        if (c == null || c.outcome() == session.callSeen && c.outcome() != StaffCalls.Outcome.WAITING) {
            return;
        }
        switch (c.outcome()) {
            case COMING -> say(t("help.coming", "time", timeOfDay(c.comingAt())));
            case ARRIVED -> {
                session.callId = null;
                say(t("help.arrived"));
            }
            case PHONE_SHOWN -> say(t("help.no_answer", "hall_phone", hallPhone()));
            case WAITING -> {
                if (Duration.between(c.calledAt(), clock.instant()).compareTo(config.phoneAfter()) < 0) {
                    return;
                }
                backend.phoneShown(id);
                log.info("kiosk: staff call {} unanswered after {}, office phone shown", id, config.phoneAfter());
                say(t("help.no_answer", "hall_phone", hallPhone()));
                session.callSeen = StaffCalls.Outcome.PHONE_SHOWN;
                return;
            }
        }
        session.callSeen = c.outcome();
    }

    /** Logs a kiosk search or an opened document as an inquiry; no personal data is in it. */
    InquiryJournal.Ref logInquiry(String text, List<String> ids, String category) {
        return backend.logInquiry(text, ids, category);
    }

    /** Logs a document opened, as {@link #logInquiry} does for a search. */
    InquiryJournal.Ref logView(String text, List<String> ids, String category) {
        return backend.logView(text, ids, category);
    }

    /** Staff entered the right PIN: the kiosk stops. */
    void exit() {
        voice.stop();
        exited.countDown();
    }

    boolean exited() {
        return exited.getCount() == 0;
    }

    void awaitExit() throws InterruptedException {
        exited.await();
    }
}
