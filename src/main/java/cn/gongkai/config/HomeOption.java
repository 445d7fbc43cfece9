package cn.gongkai.config;


import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --home DIR} option every command takes. Default: {@code GONGKAI_HOME}, else a
 * {@code home/} folder in the working directory — a folder of its own, so following the README
 * from a checkout never puts data/, index/ and logs/ among the sources or edits the tracked
 * kiosk-config/ defaults (git ignores {@code /home/}).
 */
public class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "gongkai home folder (default: GONGKAI_HOME, else ./home)")
    Path home = defaultHome(System.getenv());

    public Home home() {
        return new Home(home);
    }

    /** The home when {@code --home} is not given. */
    public static Path defaultHome(Map<String, String> env) {
        String fromEnv = env.get("GONGKAI_HOME");
        return fromEnv == null || fromEnv.isBlank() ? Path.of("home") : Path.of(fromEnv.strip());
    }
}
