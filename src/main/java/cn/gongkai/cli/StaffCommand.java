package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestJson;

import cn.gongkai.config.UserException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the staff commands share: {@code --home}, {@code --actor}, today's clock, output. */
abstract class StaffCommand implements Runnable {

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "NAME", description = "who records this (default: the OS user)")
    String actor = System.getProperty("user.name", "staff");

    Clock clock() {
        return Root.clockOf(spec);
    }

    private App app;

    /** This command's composition root: one record of the home for the whole command. */
    App app() {
        if (app == null) {
            app = new App(home.home(), clock());
        }
        return app;
    }

    Records records() {
        return app().records();
    }

    private cn.gongkai.config.Messages texts;

    /** A line from kiosk-config/cli.yaml, placeholders filled. */
    String text(String key, Object... params) {
        if (texts == null) {
            texts = CliTexts.load(home);
        }
        return texts.get(key, params);
    }

    cn.gongkai.config.Messages texts() {
        text("requests.header");
        return texts;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** An ISO date typed by staff; a bad one is a one-line user error, not a usage error. */
    static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UserException(option + " \"" + value + "\" 不是有效日期，应写成 年-月-日，如 2025-01-24");
        }
    }

    static String json(Object node) {
        try {
            return RequestJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
