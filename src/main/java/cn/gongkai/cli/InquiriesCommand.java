package cn.gongkai.cli;

import cn.gongkai.config.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inquiries ...}: the log of questions from every channel. */
@Command(name = "inquiries", mixinStandardHelpOptions = true, description = "咨询记录",
        subcommands = {InquiriesCommand.Export.class, InquiriesCommand.Purge.class})
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

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "清除早于某日的咨询记录中的手机号、原文和录音，保留统计所需的渠道、日期和结果")
    static class Purge extends StaffCommand {
        @Option(names = "--older-than", required = true, paramLabel = "AGE|DATE",
                description = "如 365d（365 天前）或 2025-01-01")
        String olderThan;

        @Override
        public void run() {
            java.time.LocalDate cutoff;
            if (olderThan.strip().matches("\\d{1,5}d")) {
                int days = Integer.parseInt(olderThan.strip().replace("d", ""));
                cutoff = java.time.LocalDate.now(clock()).minusDays(days);
            } else {
                cutoff = date("--older-than", olderThan);
            }
            java.time.Instant instant = cutoff.atStartOfDay(clock().getZone()).toInstant();
            int n = records().inquiries().purgeOlderThan(instant);
            out().println(text("out.purge_done", "cutoff", cutoff, "n", n));
        }
    }
}
