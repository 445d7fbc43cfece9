package cn.gongkai;

import cn.gongkai.config.UserException;
import cn.gongkai.cli.UserCommand;
import cn.gongkai.bench.BenchCommand;
import cn.gongkai.cli.EvalCommand;
import cn.gongkai.cli.IndexCommand;
import cn.gongkai.cli.ServeCommand;
import cn.gongkai.cli.BackupCommand;
import cn.gongkai.cli.RestoreCommand;
import cn.gongkai.cli.Root;
import cn.gongkai.cli.KioskCommand;
import cn.gongkai.cli.SmsCommand;
import cn.gongkai.cli.InquiriesCommand;
import cn.gongkai.cli.ReportCommand;
import cn.gongkai.cli.RequestsCommand;
import java.io.PrintWriter;
import java.time.Clock;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front: only wires the commands; each capability owns its own. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = cn.gongkai.release.BuildInfo.Provider.class,
        description = "政务公开: kiosk, SMS, voice line and staff console over one disclosure index.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            KioskCommand.class,
            SmsCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            RequestsCommand.class,
            InquiriesCommand.class,
            ReportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            UserCommand.class,
        })
public class Main implements Runnable, Root {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    public Main() {
        this(Clock.systemDefaultZone());
    }

    Main(Clock clock) {
        this.clock = clock;
    }

    /** "Today" for every command (deadlines, dates in the future); tests fix it. */
    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit status (0 ok, 1 user error, 2 usage error). */
    public static int run(String... args) {
        return run(null, null, Clock.systemDefaultZone(), args);
    }

    /** Same, with the command's output and error streams given (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Clock.systemDefaultZone(), args);
    }

    /** The same, writing to the given streams (null: the console) with "today" from the clock. */
    public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
        // Logging goes to a file under the home, never to the terminal: set its folder before
        // the first logger exists (once per process: logback reads it only at start-up).
        if (System.getProperty("gongkai.logs") == null) {
            Path logs = logDir(args);
            // Checked before the first logger: logback would print its own stack traces to the
            // terminal about a folder it cannot write, before our one line.
            String problem = helpOnly(args) ? null : unwritable(logs);
            if (problem != null) {
                PrintWriter e = err != null ? err : new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
                e.println(problem);
                e.flush();
                return 1;
            }
            System.setProperty("gongkai.logs", logs.toString());
        }
        CommandLine cli = new CommandLine(new Main(clock));
        // --help and every line a command prints read kiosk-config/cli.yaml (the home's copy
        // first); a broken copy is one line naming file and line, like any config file.
        try {
            cli.setResourceBundle(cn.gongkai.cli.CliTexts.help(
                    cn.gongkai.cli.CliTexts.load(new cn.gongkai.config.Home(homeOf(args)))));
        } catch (UserException e) {
            PrintWriter w = err != null ? err : new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
            w.println(e.getMessage());
            w.flush();
            return 1;
        }
        cli.setExecutionExceptionHandler(Main::onError);
        // A mistyped command line gets one line, not a page of usage: the fix is usually obvious.
        cli.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(oneLine(ex) + " (" + c.getCommandSpec().qualifiedName() + " --help 查看用法)");
            c.getErr().flush();
            return 2;
        });
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        int status = cli.execute(args);
        // print() does not autoflush, and main() ends in System.exit: flush what a command wrote.
        cli.getOut().flush();
        cli.getErr().flush();
        return status;
    }

    private static int onError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException) {
            err.println(e.getMessage());
        } else {
            LoggerFactory.getLogger(Main.class).error("unexpected failure in {}", cmd.getCommandName(), e);
            err.println("出错了: " + oneLine(e) + " (详情见日志)");
        }
        err.flush();
        return 1;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ");
    }

    private static boolean helpOnly(String[] args) {
        return args.length == 0 || java.util.Arrays.stream(args)
                .anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
                        || a.equals("help"));
    }

    /** Why the log folder cannot be written (one line naming it), or null if it can. */
    static String unwritable(Path logs) {
        try {
            java.nio.file.Files.createDirectories(logs);
        } catch (java.io.IOException | SecurityException e) {
            return "无法写入日志目录 " + logs + " (只读、无权限或不是目录): 请检查 --home 所指的目录";
        }
        if (!java.nio.file.Files.isDirectory(logs) || !java.nio.file.Files.isWritable(logs)) {
            return "无法写入日志目录 " + logs + " (只读、无权限或不是目录): 请检查 --home 所指的目录";
        }
        return null;
    }

    /** Finds {@code --home} before picocli runs, so the log folder is known early. */
    static Path logDir(String[] args) {
        // A named serve node (several on one home) logs in its own folder: two processes
        // rolling one log file over would lose lines.
        String node = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--node") && i + 1 < args.length) {
                node = args[i + 1];
            } else if (args[i].startsWith("--node=")) {
                node = args[i].substring("--node=".length());
            }
        }
        if (node != null && node.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            return homeOf(args).resolve("nodes").resolve(node).resolve("logs");
        }
        return homeOf(args).resolve("logs");
    }

    /** The home named by {@code --home}, else the default ({@code GONGKAI_HOME}, else ./home). */
    static Path homeOf(String[] args) {
        String home = cn.gongkai.config.HomeOption.defaultHome(System.getenv()).toString();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                home = args[i + 1];
            } else if (args[i].startsWith("--home=")) {
                home = args[i].substring("--home=".length());
            }
        }
        return Path.of(home).toAbsolutePath().normalize();
    }
}
