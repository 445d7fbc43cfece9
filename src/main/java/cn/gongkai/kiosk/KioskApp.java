package cn.gongkai.kiosk;

import cn.gongkai.app.App;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.app.Records;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SeparateTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a kiosk runs on: the configuration, messages, index and records of one home, and the
 * wiring of a terminal to the GUI. The command runs it on a real terminal; tests and the
 * benchmark run it on Lanterna's virtual one.
 */
public final class KioskApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    private final KioskConfig config;
    private final Messages messages;
    private final Backend backend;
    private final Clock clock;

    KioskApp(KioskConfig config, Messages messages, Backend backend, Clock clock) {
        this.config = config;
        this.messages = messages;
        this.backend = backend;
        this.clock = clock;
    }

    /** Reads kiosk.yaml and messages.yaml (a bad value stops here, with file and line), opens index and records. */
    public static KioskApp open(Home home) {
        return open(home, Clock.systemDefaultZone());
    }

    public static KioskApp open(Home home, Clock clock) {
        ConfigFiles files = new ConfigFiles(home);
        KioskConfig config = KioskConfig.load(files);
        Messages messages = Messages.load(files);
        Corpus corpus = Corpus.open(home, clock);
        Records records = new App(home, clock).records();
        // Views and feedback journaled while the disk was full are written once space returns.
        records.database().keepReplaying(java.time.Duration.ofSeconds(5));
        return new KioskApp(config, messages, new LocalBackend(corpus, records, config.kioskName()), clock);
    }

    /**
     * A kiosk that is a client of {@code serve} at {@code server}: its home holds only its
     * configuration, its copy of the index and its queue (see {@link RemoteBackend}).
     */
    public static KioskApp remote(Home home, java.net.URI server, String token, Clock clock) {
        ConfigFiles files = new ConfigFiles(home);
        KioskConfig config = KioskConfig.load(files);
        Messages messages = Messages.load(files);
        return new KioskApp(config, messages, RemoteBackend.open(home, server, token, clock), clock);
    }

    Records recordsForTest() {
        return ((LocalBackend) backend).records();
    }

    Backend backend() {
        return backend;
    }

    public KioskConfig config() {
        return config;
    }

    /** A kiosk over a screen; the thread factory decides who runs the GUI (tests run it by hand). */
    public Kiosk kiosk(TerminalScreen screen, TextGUIThreadFactory threads) {
        MultiWindowTextGUI gui = new MultiWindowTextGUI(threads, screen, new DefaultWindowManager(),
                null, new EmptySpace(config.palette().background()));
        gui.setTheme(new SimpleTheme(config.palette().text(), config.palette().background()));
        Kiosk kiosk = new Kiosk(config, messages, backend, gui, clock);
        kiosk.start();
        return kiosk;
    }

    /** Runs the kiosk on a terminal until staff leave it; an error inside apologises and goes home. */
    public void run(Terminal terminal) throws IOException, InterruptedException {
        TerminalScreen screen = new TerminalScreen(terminal);
        ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-idle");
            t.setDaemon(true);
            return t;
        });
        screen.startScreen();
        screen.setCursorPosition(null);
        try {
            Kiosk kiosk = kiosk(screen, new SeparateTextGUIThread.Factory());
            AsynchronousTextGUIThread thread = (AsynchronousTextGUIThread) kiosk.gui().getGUIThread();
            thread.setExceptionHandler(new com.googlecode.lanterna.gui2.TextGUIThread.ExceptionHandler() {
                @Override
                public boolean onIOException(IOException e) {
                    log.error("kiosk: terminal I/O failed: {}", e.getClass().getName());
                    return false;
                }

                @Override
                public boolean onRuntimeException(RuntimeException e) {
                    kiosk.failed(e);
                    return false; // keep running
                }
            });
            thread.start();
            idle.scheduleAtFixedRate(() -> {
                try {
                    thread.invokeLater(kiosk::checkIdle);
                } catch (IllegalStateException stopped) {
                    // the GUI thread has stopped: nothing to do
                }
            }, 1, 1, TimeUnit.SECONDS);
            kiosk.awaitExit();
            thread.stop();
            thread.waitForStop(2, TimeUnit.SECONDS);
        } finally {
            idle.shutdownNow();
            screen.stopScreen();
        }
    }

    @Override
    public void close() {
        backend.close();
    }
}
