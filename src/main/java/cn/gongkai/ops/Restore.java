package cn.gongkai.ops;

import cn.gongkai.config.Home;
import cn.gongkai.config.OwnerOnly;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.DisclosureIds;
import cn.gongkai.corpus.IndexBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a backup back into a home, after checking it: the database passes SQLite's integrity
 * check and holds the counts the manifest recorded, and the index opens with the same number
 * of documents; every file name from the backup stays inside its folder, and the backup holds no
 * link. Nothing in the home is touched until every check has passed, and nothing at all while
 * {@code serve} or {@code kiosk} uses the home ({@link HomeLock}).
 */
public final class Restore {
    private Restore() {}

    /** What was restored, for the one line the command prints. */
    public record Result(long documents, long inquiries, long requests) {}

    public static Result from(Home home, Path backup) {
        Backup.sqliteHomeOnly();
        Path manifestFile = backup.resolve(Backup.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new UserException(backup + " 不是 gongkai 备份 (缺少 " + Backup.MANIFEST + ")");
        }
        JsonNode m;
        try {
            m = Backup.JSON.readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new UserException("备份清单无法读取: " + manifestFile + ": " + e.getMessage(), e);
        }
        refuseLinks(backup);
        List<Path[]> disclosures = disclosures(m, backup.resolve(Backup.DISCLOSURES), home.root().resolve(Backup.DISCLOSURES));
        Path db = backup.resolve("gongkai.db");
        if (!Files.isRegularFile(db) || !"ok".equals(integrity(db))) {
            throw new UserException("备份中的数据库损坏或缺失: " + db);
        }
        long inquiries = count(db, "inquiries");
        long requests = count(db, "requests");
        if (inquiries != m.path("inquiries").asLong(-1) || requests != m.path("requests").asLong(-1)) {
            throw new UserException("备份中的数据库与清单不符 (咨询 " + inquiries + ", 申请 " + requests + ")");
        }
        Path journalCopy = backup.resolve(Backup.JOURNAL);
        long journaled = 0;
        try {
            journaled = Files.isRegularFile(journalCopy)
                    ? Files.readAllLines(journalCopy).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            throw new UserException("备份中的待写记录无法读取: " + journalCopy + ": " + e.getMessage(), e);
        }
        if (journaled != m.path(Backup.JOURNAL_ENTRIES).asLong(0)) {
            throw new UserException("备份中的待写记录与清单不符 (" + journaled + " 条)");
        }
        try (HomeLock lock = HomeLock.exclusive(home)) {
            IndexBuilder index = new IndexBuilder(home.indexDir());
            long documents = index.restoreFrom(backup.resolve("index"), m.path("documents").asLong(-1));
            try {
                OwnerOnly.directory(home.dataDir());
                Path tmp = home.dataDir().resolve("gongkai.db.restoring");
                Files.copy(db, tmp, StandardCopyOption.REPLACE_EXISTING);
                OwnerOnly.file(tmp);
                // The old WAL belongs to the old file: it must not be replayed onto the restored one.
                Files.deleteIfExists(home.dataDir().resolve("gongkai.db-wal"));
                Files.deleteIfExists(home.dataDir().resolve("gongkai.db-shm"));
                // The home's journal belonged to the database just replaced; the backup's goes with its own.
                Path journal = home.dataDir().resolve(Backup.JOURNAL);
                if (Files.isRegularFile(backup.resolve(Backup.JOURNAL), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path next = home.dataDir().resolve(Backup.JOURNAL + ".restoring");
                    Files.copy(backup.resolve(Backup.JOURNAL), next, StandardCopyOption.REPLACE_EXISTING);
                    OwnerOnly.file(next);
                    Files.move(next, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(journal);
                }
                Files.move(tmp, home.database(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (Files.isDirectory(backup.resolve("kiosk-config"))) {
                    Backup.copyTree(backup.resolve("kiosk-config"), home.configDir());
                }
                for (Path[] d : disclosures) {
                    Files.createDirectories(d[1].getParent());
                    Files.copy(d[0], d[1], StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UserException("恢复失败, 无法写入 " + home.root() + ": " + e.getMessage(), e);
            }
            return new Result(documents, inquiries, requests);
        }
    }

    /**
     * The manifest's disclosure files as (in the backup, in the home) pairs, every name checked
     * by the id rule and resolved inside its folder; and no file in the backup's folder that the
     * manifest does not list. All before anything is written.
     */
    static List<Path[]> disclosures(JsonNode manifest, Path from, Path to) {
        JsonNode names = manifest.path(Backup.DISCLOSURES);
        if (!names.isMissingNode() && !names.isArray()) {
            throw new UserException("备份清单中的 " + Backup.DISCLOSURES + " 不是列表");
        }
        List<Path[]> pairs = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (JsonNode n : names) {
            String name = n.asText();
            Optional<Path> source = DisclosureIds.fileIn(from, name, "");
            Optional<Path> target = DisclosureIds.fileIn(to, name, "");
            if (!n.isTextual() || source.isEmpty() || target.isEmpty()) {
                throw new UserException("备份清单中的公开信息文件名不合规, 拒绝恢复: " + n.asText());
            }
            if (!Files.isRegularFile(source.get(), LinkOption.NOFOLLOW_LINKS)) {
                throw new UserException("备份中缺少清单列出的文件: " + source.get());
            }
            listed.add(source.get());
            pairs.add(new Path[] {source.get(), target.get()});
        }
        if (Files.isDirectory(from)) {
            try (Stream<Path> list = Files.list(from)) {
                for (Path p : list.toList()) {
                    if (!listed.contains(p.toAbsolutePath().normalize())) {
                        throw new UserException("备份中有清单以外的文件, 拒绝恢复: " + p);
                    }
                }
            } catch (IOException e) {
                throw new UserException("无法读取备份 " + from + ": " + e.getMessage(), e);
            }
        }
        return pairs;
    }

    /** A link in a backup could make restore read or write outside it: none is ever written by backup. */
    static void refuseLinks(Path backup) {
        try (Stream<Path> walk = Files.walk(backup)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    throw new UserException("备份中有符号链接, 拒绝恢复: " + p);
                }
            }
        } catch (IOException e) {
            throw new UserException("无法读取备份 " + backup + ": " + e.getMessage(), e);
        }
    }

    static String integrity(Path db) {
        return query(db, "PRAGMA integrity_check");
    }

    static long count(Path db, String table) {
        return Long.parseLong(query(db, "SELECT count(*) FROM " + table));
    }

    private static String query(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new UserException("无法读取数据库 " + db + ": " + e.getMessage(), e);
        }
    }
}
