package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.ops.Restore;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai restore --from DIR}: checks a backup, then brings it back. Stop {@code serve} and the kiosk first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "检查并恢复一个备份（请先停止 serve 和终端）")
public class RestoreCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "backup 生成的带日期的文件夹")
    Path from;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Restore.Result r = Restore.from(home.home(), from);
        spec.commandLine().getOut().println(CliTexts.load(home).get("out.restore_done",
                "documents", r.documents(), "inquiries", r.inquiries(), "requests", r.requests()));
        return 0;
    }
}
