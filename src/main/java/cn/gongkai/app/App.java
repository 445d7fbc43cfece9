package cn.gongkai.app;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import java.time.Clock;

/**
 * The composition root of one process ({@code serve}, {@code kiosk}, or one command): the home,
 * "today", and the one {@link Records} — so the one database and its one group-commit writer —
 * that every service of the process is handed. Nothing below this opens a database of its own.
 */
public final class App {
    private final Home home;
    private final Clock clock;
    private Records records;

    public App(Home home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    public Home home() {
        return home;
    }

    public Clock clock() {
        return clock;
    }

    public ConfigFiles config() {
        return new ConfigFiles(home);
    }

    /** The record of the home, opened on first use and shared from then on. */
    public synchronized Records records() {
        if (records == null) {
            records = Records.open(home, clock);
        }
        return records;
    }
}
