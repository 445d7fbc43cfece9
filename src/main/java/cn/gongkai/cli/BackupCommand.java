package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.ops.Backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai backup --to DIR}: a consistent, dated copy of the database, index and config, safe while serving. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "备份数据库、索引和 kiosk-config 到一个带日期的文件夹（服务运行时也可以做）")
public class BackupCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "备份存放的文件夹")
    Path to;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Clock clock = Root.clockOf(spec);
        Path folder = Backup.create(home.home(), to, clock);
        spec.commandLine().getOut().println(CliTexts.load(home).get("out.backup_done", "folder", folder));
        return 0;
    }
}
