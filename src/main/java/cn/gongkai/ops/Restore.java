package cn.gongkai.ops;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.IndexBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a backup back into a home, after checking it: the database passes SQLite's integrity
 * check and holds the counts the manifest recorded, and the index opens with the same number
 * of documents. Nothing in the home is touched until every check has passed.
 */
public final class Restore {
    private Restore() {}

    /** What was restored, for the one line the command prints. */
    public record Result(long documents, long inquiries, long requests) {}

    public static Result from(Home home, Path backup) {
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
        Path db = backup.resolve("gongkai.db");
        if (!Files.isRegularFile(db) || !"ok".equals(integrity(db))) {
            throw new UserException("备份中的数据库损坏或缺失: " + db);
        }
        long inquiries = count(db, "inquiries");
        long requests = count(db, "requests");
        if (inquiries != m.path("inquiries").asLong(-1) || requests != m.path("requests").asLong(-1)) {
            throw new UserException("备份中的数据库与清单不符 (咨询 " + inquiries + ", 申请 " + requests + ")");
        }
        IndexBuilder index = new IndexBuilder(home.indexDir());
        long documents = index.restoreFrom(backup.resolve("index"), m.path("documents").asLong(-1));
        try {
            Files.createDirectories(home.dataDir());
            Path tmp = home.dataDir().resolve("gongkai.db.restoring");
            Files.copy(db, tmp, StandardCopyOption.REPLACE_EXISTING);
            // The old WAL belongs to the old file: it must not be replayed onto the restored one.
            Files.deleteIfExists(home.dataDir().resolve("gongkai.db-wal"));
            Files.deleteIfExists(home.dataDir().resolve("gongkai.db-shm"));
            Files.move(tmp, home.database(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (Files.isDirectory(backup.resolve("kiosk-config"))) {
                Backup.copyTree(backup.resolve("kiosk-config"), home.configDir());
            }
        } catch (IOException e) {
            throw new UserException("恢复失败, 无法写入 " + home.root() + ": " + e.getMessage(), e);
        }
        return new Result(documents, inquiries, requests);
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
