package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.kiosk.KioskApp;
import cn.gongkai.kiosk.Preparing;

import cn.gongkai.config.UserException;
import cn.gongkai.ops.HomeLock;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gongkai kiosk [--swing]}: the service-hall kiosk, in this terminal or a full-screen window. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Run the service-hall kiosk (leave with the staff key sequence and PIN from kiosk.yaml).",
        subcommands = {KioskRegistration.Register.class, KioskRegistration.Revoke.class})
public class KioskCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--swing", description = "full-screen window with a large CJK font, for a touchscreen")
    boolean swing;

    @Option(names = "--server", paramLabel = "URL",
            description = "remote mode: the serve this kiosk is a client of (default: $GONGKAI_SERVER; none: local mode)")
    String server = System.getenv("GONGKAI_SERVER");

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "the kiosk's token from `kiosk register` (default: $GONGKAI_KIOSK_TOKEN; prefer the environment file)")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "read the token from this file")
    java.nio.file.Path tokenFile;

    @Override
    public Integer call() throws Exception {
        // Held while the kiosk runs: restore refuses to swap the database from under it.
        try (HomeLock inUse = HomeLock.inUse(home.home())) {
            if (server != null && !server.isBlank()) {
                // Remote mode: ask the server first, so a wrong or revoked token is one line
                // before any screen is drawn (the client waits for a first snapshot itself).
                try (KioskApp app = open()) {
                    Terminal terminal = terminal();
                    app.run(terminal);
                }
                return 0;
            }
            // Local mode: the terminal comes first, so a first start (indexing the sample) says
            // "正在准备" on it instead of leaving the hall's screen blank.
            Terminal terminal = terminal();
            try (KioskApp app = Preparing.open(home.home(), terminal, this::open)) {
                app.run(terminal);
            }
        }
        return 0;
    }

    private Terminal terminal() throws IOException {
        if (swing) {
            if (GraphicsEnvironment.isHeadless()) {
                throw new UserException("--swing 需要图形界面 (没有 DISPLAY)；请在触摸屏电脑的桌面上运行");
            }
            return Preparing.swingTerminal(home.home());
        }
        return textTerminal();
    }

    /** Local mode on the server's own home, or (with a server URL) a client of that server. */
    private KioskApp open() {
        if (server == null || server.isBlank()) {
            return KioskApp.open(home.home());
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(server.strip());
        } catch (java.net.URISyntaxException e) {
            throw new UserException("服务器地址不对: " + server.strip());
        }
        return KioskApp.remote(home.home(), uri, token(), java.time.Clock.systemDefaultZone());
    }

    /** The token: option, file, or environment; never printed. */
    private String token() {
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        if (tokenFile != null) {
            try {
                return java.nio.file.Files.readString(tokenFile).strip();
            } catch (IOException e) {
                throw new UserException("无法读取令牌文件 " + tokenFile + ": " + e.getClass().getSimpleName());
            }
        }
        String env = System.getenv("GONGKAI_KIOSK_TOKEN");
        return env == null ? null : env.strip();
    }

    /** The terminal we run in; Ctrl-C reaches us as a key (and does nothing) instead of killing the kiosk. */
    static Terminal textTerminal() throws IOException {
        if (System.console() == null) {
            throw new UserException("kiosk 需要在终端里运行 (或者用 --swing 打开窗口)");
        }
        return new DefaultTerminalFactory()
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE)
                .createTerminal();
    }
}
