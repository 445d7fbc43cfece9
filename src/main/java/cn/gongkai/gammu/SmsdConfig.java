package cn.gongkai.gammu;

import cn.gongkai.config.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a gammu-smsdrc that gongkai needs: the spool folders of the {@code files}
 * service and the formats of inbox and outbox files. Anything else in the file is gammu-smsd's.
 */
public record SmsdConfig(Path file, Path inbox, Path outbox, Path sent, Path error, String inboxFormat,
        String outboxFormat) {

    /** Reads and checks the file; a problem ends {@code serve} in one line that names it. */
    public static SmsdConfig load(Path rc) {
        if (rc == null) {
            throw new UserException("GONGKAI_SMS_PROVIDER=gammu 需要 GAMMU_SMSDRC (gammu-smsd 配置文件的路径)");
        }
        if (!Files.isRegularFile(rc)) {
            throw new UserException("GAMMU_SMSDRC 指向的 gammu-smsd 配置文件不存在: " + rc);
        }
        Map<String, String> smsd;
        try {
            smsd = section(Files.readAllLines(rc, StandardCharsets.UTF_8), "smsd");
        } catch (IOException e) {
            throw new UserException("无法读取 gammu-smsd 配置文件 " + rc + ": " + e.getMessage());
        }
        String service = smsd.getOrDefault("service", "");
        if (!service.equalsIgnoreCase("files")) {
            throw new UserException("gammu-smsd 配置 " + rc + " 的 [smsd] service 应为 files, 现为 "
                    + (service.isEmpty() ? "(未设置)" : service));
        }
        Path base = rc.toAbsolutePath().getParent();
        SmsdConfig c = new SmsdConfig(rc, folder(smsd, "inboxpath", base), folder(smsd, "outboxpath", base),
                folder(smsd, "sentsmspath", base), folder(smsd, "errorsmspath", base),
                smsd.getOrDefault("inboxformat", "unicode").toLowerCase(Locale.ROOT),
                smsd.getOrDefault("outboxformat", "unicode").toLowerCase(Locale.ROOT));
        for (Path p : new Path[] {c.inbox, c.outbox, c.sent, c.error}) {
            if (!Files.isDirectory(p) || !Files.isWritable(p)) {
                throw new UserException("gammu-smsd 的短信文件夹不存在或本用户不可写: " + p
                        + " (见 " + rc + "; gongkai 须与 gammu 用户同组且该组可写)");
            }
        }
        if (!c.inboxFormat.equals("unicode") && !c.inboxFormat.equals("utf8")) {
            throw new UserException("gammu-smsd 配置 " + rc + " 的 inboxformat 应为 unicode 或 utf8, 现为 " + c.inboxFormat);
        }
        return c;
    }

    /** Where unreadable inbox files are moved, next to the inbox, so nobody retries them forever. */
    public Path unreadable() {
        return inbox.resolveSibling(inbox.getFileName() + "-unreadable");
    }

    private static Path folder(Map<String, String> smsd, String key, Path base) {
        String v = smsd.get(key);
        if (v == null || v.isBlank()) {
            throw new UserException("gammu-smsd 配置的 [smsd] 缺少 " + key);
        }
        return base.resolve(v.strip()).normalize();
    }

    /** Keys of one INI section, lower-cased; gammu ignores case in keys and allows ; and # comments. */
    static Map<String, String> section(Iterable<String> lines, String name) {
        Map<String, String> out = new HashMap<>();
        boolean in = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                in = line.substring(1, line.length() - 1).strip().equalsIgnoreCase(name);
                continue;
            }
            int eq = line.indexOf('=');
            if (in && eq > 0) {
                out.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
