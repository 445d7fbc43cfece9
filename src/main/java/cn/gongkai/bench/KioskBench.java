package cn.gongkai.bench;

import cn.gongkai.kiosk.BigButton;
import cn.gongkai.kiosk.Kiosk;
import cn.gongkai.kiosk.KioskApp;

import cn.gongkai.config.Home;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the kiosk where a resident feels it: from the JVM's start to the home screen drawn,
 * and from a tap to the finished redraw. Runs on Lanterna's virtual terminal, so the figures are
 * the kiosk's own work without a terminal emulator's painting.
 *
 * <pre>java -cp target/gongkai.jar cn.gongkai.bench.KioskBench [HOME] [COLSxROWS] [TAPS]</pre>
 *
 * With {@code GONGKAI_SERVER} and {@code GONGKAI_KIOSK_TOKEN} set, the kiosk is a client of that
 * server (remote mode): every search goes over HTTP, and on an empty HOME the start includes
 * downloading and installing the server's index snapshot, timed on its own.
 */
public final class KioskBench {
    private KioskBench() {}

    public static void main(String[] args) throws Exception {
        Path home = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("gongkai-bench");
        String[] size = (args.length > 1 ? args[1] : "80x24").split("x");
        int taps = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        System.setProperty("gongkai.logs", home.resolve("logs").toString());
        boolean hadIndex = Files.isDirectory(home.resolve("index"));

        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(
                new TerminalSize(Integer.parseInt(size[0]), Integer.parseInt(size[1])));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        String server = System.getenv("GONGKAI_SERVER");
        long beforeOpen = System.nanoTime();
        try (KioskApp app = server == null ? KioskApp.open(new Home(home)) : KioskApp.remote(new Home(home),
                java.net.URI.create(server), System.getenv("GONGKAI_KIOSK_TOKEN"), java.time.Clock.systemDefaultZone())) {
            if (server != null) {
                System.out.printf("remote mode (%s): opened in %d ms%s%n", server, (System.nanoTime() - beforeOpen) / 1_000_000,
                        hadIndex ? "" : ", including the index snapshot download and install ("
                                + sizeMb(home.resolve("index")) + " MB on disk)");
            }
            Kiosk kiosk = app.kiosk(screen, new SameTextGUIThread.Factory());
            kiosk.gui().getGUIThread().processEventsAndUpdate();
            long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
            long cold = System.currentTimeMillis() - startedAt;
            System.out.printf("cold start to home screen: %d ms (%s)%n", cold,
                    hadIndex ? "index already built" : "empty home: includes indexing the sample");

            List<Long> nanos = new ArrayList<>();
            String[] path = {"搜索", "S", "L", "F", "H", "返回首页", "最新公开", "下一页", "返回首页"};
            for (int i = 0; i < taps; i++) {
                BigButton b = find(kiosk, path[i % path.length]);
                TerminalPosition at = b.getPosition().withRelative(b.getSize().getColumns() / 2, b.getSize().getRows() / 2);
                long t0 = System.nanoTime();
                vt.addInput(new MouseAction(MouseActionType.CLICK_DOWN, 1, at));
                kiosk.gui().getGUIThread().processEventsAndUpdate();
                nanos.add(System.nanoTime() - t0);
            }
            List<Long> warm = new ArrayList<>(nanos.subList(Math.min(nanos.size(), path.length * 3), nanos.size()));
            Collections.sort(warm);
            if (!warm.isEmpty()) {
                System.out.printf("tap to finished redraw (%sx%s, %d taps after warm-up): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        size[0], size[1], warm.size(), ms(warm.get(warm.size() / 2)),
                        ms(warm.get((int) (warm.size() * 0.95))), ms(warm.get(warm.size() - 1)));
            }
            System.out.printf("first taps (cold JIT): %s ms%n", nanos.subList(0, Math.min(5, nanos.size())).stream()
                    .map(n -> String.format("%.1f", ms(n))).toList());
        }
        screen.stopScreen();
    }

    private static BigButton find(Kiosk kiosk, String text) {
        for (BigButton b : kiosk.page().buttons()) {
            if (b.caption(0).equals(text) || b.caption(0).endsWith(" " + text)) {
                return b;
            }
        }
        throw new IllegalStateException("no button " + text);
    }

    private static long sizeMb(Path dir) throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1_048_576;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
