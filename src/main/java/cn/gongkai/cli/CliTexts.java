package cn.gongkai.cli;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.config.HomeOption;
import cn.gongkai.config.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * What staff read on the command line, from {@code kiosk-config/cli.yaml} (the home's copy, else
 * the jar's): the {@code --help} texts as picocli's resource bundle and the lines commands print.
 * Option names and {@code --format json} stay as the contract fixes them.
 */
public final class CliTexts {
    static final String FILE = "cli.yaml";
    private static final String HELP = "help.";

    private CliTexts() {}

    public static Messages load(Home home) {
        return Messages.load(new ConfigFiles(home), FILE);
    }

    static Messages load(HomeOption home) {
        return load(home.home());
    }

    /**
     * The {@code help} section as picocli's resource bundle: picocli asks for
     * {@code gongkai.serve.port} first and then {@code port}, so shared options are written once.
     */
    public static ResourceBundle help(Messages texts) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.has(HELP + key) ? texts.get(HELP + key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keys().stream().filter(k -> k.startsWith(HELP))
                        .map(k -> k.substring(HELP.length())).toList());
            }
        };
    }
}
