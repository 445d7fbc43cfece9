package cn.gongkai;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Runs the real command line in-process with a fixed "today", capturing what it prints. */
public final class Cli {

    /** Exit status and the two streams of one run. */
    public record Result(int status, String out, String err) {}

    private Cli() {}

    public static Clock clockAt(LocalDate today) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(today.atTime(10, 0).atZone(zone).toInstant(), zone);
    }

    public static Result run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), clock, args);
        return new Result(status, out.toString(), err.toString());
    }
}
