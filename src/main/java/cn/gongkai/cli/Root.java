package cn.gongkai.cli;

import java.time.Clock;

/**
 * What the command line's root object gives every command: "today". Tests fix it; the commands
 * ask for it through this interface instead of importing the entry point.
 */
public interface Root {
    Clock clock();

    /** The clock of the command line {@code spec} belongs to (the system clock when run alone). */
    static Clock clockOf(picocli.CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Root r ? r.clock() : Clock.systemDefaultZone();
    }
}
