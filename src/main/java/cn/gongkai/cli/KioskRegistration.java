package cn.gongkai.cli;

import cn.gongkai.app.App;
import cn.gongkai.config.HomeOption;
import cn.gongkai.terminals.Terminals;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiosk register NAME} and {@code kiosk revoke NAME}: kiosks that use this server. */
final class KioskRegistration {
    private KioskRegistration() {}

    static Terminals terminals(HomeOption home) {
        return new Terminals(new App(home.home(), Clock.systemDefaultZone()).records().database(),
                Clock.systemDefaultZone());
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "登记一台连接本服务器的自助机，打印它的令牌 (只显示这一次)。")
    static class Register implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "自助机名称，如 大厅1号机") String name;
        @Option(names = "--hall", paramLabel = "TEXT", description = "所在大厅，如 青禾区政务服务中心") String hall;
        @Option(names = "--body", paramLabel = "ID", description = "所属公开主体 (bodies.yaml 的 id)") String body;
        @Option(names = "--actor", description = "经办人 (默认: 系统用户)") String actor = System.getProperty("user.name", "staff");

        @Override
        public void run() {
            String token = terminals(home).register(name, hall, body, actor);
            PrintWriter out = spec.commandLine().getOut();
            out.println("已登记自助机 " + name.strip() + "。令牌只显示这一次，请写进这台自助机的 /etc/gongkai/kiosk.env:");
            out.println("GONGKAI_KIOSK_TOKEN=" + token);
            out.flush();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "停用一台自助机的令牌：它再连服务器会被拒绝。")
    static class Revoke implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "自助机名称") String name;
        @Option(names = "--actor", description = "经办人 (默认: 系统用户)") String actor = System.getProperty("user.name", "staff");

        @Override
        public void run() {
            terminals(home).revoke(name, actor);
            spec.commandLine().getOut().println("已停用自助机 " + name.strip() + " 的令牌");
        }
    }
}
