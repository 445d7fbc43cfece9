package cn.gongkai.ops;

import cn.gongkai.config.Home;
import cn.gongkai.config.OwnerOnly;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.DisclosureIds;
import cn.gongkai.corpus.IndexBuilder;
import cn.gongkai.storage.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A consistent copy of a home while it runs: the database through SQLite's own online copy
 * ({@code VACUUM INTO}: a transaction-consistent snapshot, never the live file), the index
 * generation in use (generations are never changed once published, and a build is held off
 * while it is copied), {@code kiosk-config/}, and the disclosures staff published in the console
 * ({@code disclosures/}, the only copy of them). A manifest records what went in, so a restore
 * can check it got the same back. The backup holds villagers' phone numbers and texts: its
 * folder is 0700 from the start and every file in it 0600, whatever the umask.
 */
public final class Backup {
    static final String MANIFEST = "manifest.json";
    /** Disclosures published in the console: under the home, in the backup, and the manifest's list of them. */
    static final String DISCLOSURES = "disclosures";
    /** Journal entries not yet in the database: in the backup as they were, replayed once restored. */
    static final String JOURNAL = "journal.jsonl";
    static final String JOURNAL_ENTRIES = "journal_entries";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backup() {}

    /**
     * backup and restore copy the home's SQLite file; a city platform's PostgreSQL is the DBA's, saved
     * with pg_dump (issue 19). Said in one line rather than copying a home without its records.
     */
    static void sqliteHomeOnly() {
        cn.gongkai.storage.DatabaseTarget.configured().ifPresent(db -> {
            throw new UserException("backup 和 restore 用于单机的 SQLite 数据目录；本机的数据在 PostgreSQL (" + db.shown()
                    + ")，请用 pg_dump 备份、pg_restore 恢复 (见 README 市级平台一章)");
        });
    }

    /** Writes a new dated folder under {@code to} and returns it. */
    public static Path create(Home home, Path to, Clock clock) {
        sqliteHomeOnly();
        Path folder = to.resolve("gongkai-" + LocalDateTime.now(clock).format(STAMP));
        Path partial = to.resolve(folder.getFileName() + ".partial");
        try {
            OwnerOnly.directoryIfMissing(to);
            OwnerOnly.directory(partial);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("created", LocalDateTime.now(clock).toString());
            manifest.put("home", home.root().toString());
            // Opening migrates: the copy always has the current schema.
            Database db = Database.open(home);
            // What waits in the journal (a kiosk view, a text, while the database was busy or
            // full) is part of the record: copied first, so nothing replayed meanwhile is missed.
            manifest.put(JOURNAL_ENTRIES, db.copyJournal(partial.resolve(JOURNAL)));
            Path dbCopy = partial.resolve("gongkai.db");
            execute(db.file(), "VACUUM INTO '" + dbCopy.toString().replace("'", "''") + "'");
            manifest.put("database_check", Restore.integrity(dbCopy));
            manifest.put("inquiries", Restore.count(dbCopy, "inquiries"));
            manifest.put("requests", Restore.count(dbCopy, "requests"));
            manifest.put("documents", new IndexBuilder(home.indexDir()).snapshotTo(partial.resolve("index")));
            if (Files.isDirectory(home.configDir())) {
                copyTree(home.configDir(), partial.resolve("kiosk-config"));
            }
            manifest.put(DISCLOSURES, copyDisclosures(home.root().resolve(DISCLOSURES), partial.resolve(DISCLOSURES)));
            JSON.writeValue(partial.resolve(MANIFEST).toFile(), manifest);
            OwnerOnly.tree(partial);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (IOException e) {
            throw new UserException("备份失败, 无法写入 " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the files the console wrote into {@code disclosures/} ({@code <id>.md}, a name the
     * id rule accepts) and returns their names for the manifest. Dot-files are the console's
     * unfinished staging folders and are left out.
     */
    static List<String> copyDisclosures(Path from, Path to) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return names;
        }
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Path target = DisclosureIds.fileIn(to, name, "").orElseThrow(() ->
                        new UserException("公开信息文件名不合规, 无法备份: " + p));
                Files.copy(p, target);
                names.add(name);
            }
        }
        return names;
    }

    static void execute(Path dbFile, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute(sql);
        } catch (SQLException e) {
            throw new UserException("数据库备份失败 (" + dbFile + "): " + e.getMessage(), e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
