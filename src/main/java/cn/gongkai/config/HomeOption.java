package cn.gongkai.config;


import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option every command takes (default: the current directory). */
public class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "gongkai home folder (default: current directory)")
    Path home = Path.of(".");

    public Home home() {
        return new Home(home);
    }
}
