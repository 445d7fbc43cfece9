package cn.gongkai.requests;

import cn.gongkai.config.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inquiries ...}: the log of questions from every channel. */
@Command(name = "inquiries", mixinStandardHelpOptions = true, description = "咨询记录",
        subcommands = InquiriesCommand.Export.class)
public class InquiriesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "输出全部咨询记录，每行一个 JSON 对象；手机号默认打码")
    static class Export extends StaffCommand {
        @Option(names = "--format", defaultValue = "jsonl", description = "jsonl")
        String format;

        @Option(names = "--reveal-phones", description = "输出完整手机号（仅限需要回访的岗位）")
        boolean revealPhones;

        @Override
        public void run() {
            if (!format.equalsIgnoreCase("jsonl")) {
                throw new UserException("未知的格式 \"" + format + "\"；可用: jsonl");
            }
            records().inquiries().exportJsonl(out(), revealPhones);
        }
    }
}
