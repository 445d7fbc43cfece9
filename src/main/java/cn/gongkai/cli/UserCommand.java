package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.console.Accounts;
import cn.gongkai.console.Role;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user add NAME --role staff|admin}, {@code user passwd NAME}, {@code user disable NAME},
 * {@code user unlock NAME}: console accounts; a password always comes from standard input.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "管理工作台账号",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Disable.class,
            UserCommand.Unlock.class})
public class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "新建账号 (已有则重设密码和角色)。密码从标准输入读取，不写在命令行上。")
    static class Add implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名") String name;
        @Option(names = "--role", required = true, description = "staff 或 admin") String role;
        @Option(names = "--body", paramLabel = "ID", description = "只能看和办理这个公开主体的申请、报告和咨询") String body;
        @Option(names = "--all", description = "平台账号 (政务公开办)：可以看所有公开主体") boolean all;

        @Override
        public void run() {
            Role r = Accounts.role(role);
            var bodies = cn.gongkai.bodies.Bodies.load(new cn.gongkai.config.ConfigFiles(home.home()));
            if (body != null && all) {
                throw new UserException("--body 和 --all 只能选一个");
            }
            if (body == null && !all && !bodies.single()) {
                throw new UserException("本平台有多个公开主体，请用 --body ID 指明账号属于哪个主体，或用 --all 建平台账号");
            }
            String scope = body == null ? null : bodies.require(body).id();
            char[] password = readPassword();
            boolean added = accounts(home).add(name, r, password, scope);
            spec.commandLine().getOut().println(CliTexts.load(home).get(added ? "out.user_added" : "out.user_updated",
                    "name", name.strip(), "role", r.label + (scope == null ? "" : "，" + bodies.require(scope).name())));
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "重设密码 (从标准输入读取)；这个账号已登录的会话全部失效。")
    static class Passwd implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名") String name;

        @Override
        public void run() {
            accounts(home).passwd(name, readPassword());
            spec.commandLine().getOut().println(CliTexts.load(home).get("out.user_passwd", "name", name.strip()));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "停用账号：不能再登录，已登录的会话立即失效。用 user add 重设密码可重新启用。")
    static class Disable implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名") String name;

        @Override
        public void run() {
            accounts(home).disable(name);
            spec.commandLine().getOut().println(CliTexts.load(home).get("out.user_disabled", "name", name.strip()));
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "解除因多次输错密码造成的登录等待 (所有地址)。")
    static class Unlock implements Runnable {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "用户名") String name;

        @Override
        public void run() {
            accounts(home).unlock(name);
            spec.commandLine().getOut().println(CliTexts.load(home).get("out.user_unlocked", "name", name.strip()));
        }
    }

    private static Accounts accounts(HomeOption home) {
        return new Accounts(Database.open(home.home()), Clock.systemUTC());
    }

    /** A terminal asks twice without echo; a pipe gives the first line. */
    static char[] readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("密码: ");
            char[] again = console.readPassword("再输一遍: ");
            if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserException("两次输入的密码不一致");
            }
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new UserException("请从标准输入提供密码, 例如: echo '…' | gongkai user add NAME --role staff");
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new UserException("无法读取密码: " + e.getMessage(), e);
        }
    }
}
