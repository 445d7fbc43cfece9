package cn.gongkai.cli;

import cn.gongkai.requests.RequestService;
import cn.gongkai.requests.ResultCode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that move a request along its timeline; the rules live in RequestService. */
final class RequestChangeCommands {
    private RequestChangeCommands() {}

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "确认收到网络、短信、自助终端提交的申请 (条例第三十一条)")
    static class Confirm extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--identity-verified", description = "已核验申请人身份") boolean verified;
        @Option(names = "--applicant-type", description = "确认时选定申请人类型（单位也可以发短信）: NATURAL_PERSON, BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORG")
        String applicantType;

        @Override
        public void run() {
            records().requests().confirmReceipt(id, date("--date", date), verified, applicantType == null
                    ? cn.gongkai.requests.Completion.NONE
                    : cn.gongkai.requests.Completion.applicantType(cn.gongkai.requests.ApplicantType.parse(applicantType)), actor);
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = "记录告知补正 (--notified) 或收到补正 (--received-correction) (条例第三十条)")
    static class Correct extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @ArgGroup(exclusive = true, multiplicity = "1") Which which;
        @Option(names = "--detail", description = "需要补正的内容") String detail;
        @Option(names = "--period-days", defaultValue = "15", description = "给申请人补正的合理期限，工作日（默认 15）；期满未补正才能按逾期不补正办结") int periodDays;

        static class Which {
            @Option(names = "--notified", paramLabel = "YYYY-MM-DD", required = true) String notified;
            @Option(names = "--received-correction", paramLabel = "YYYY-MM-DD", required = true) String received;
        }

        @Override
        public void run() {
            RequestService s = records().requests();
            if (which.notified != null) {
                s.requestCorrection(id, date("--notified", which.notified), detail, periodDays, actor);
            } else {
                s.corrected(id, date("--received-correction", which.received), actor);
            }
        }
    }

    @Command(name = "extend", mixinStandardHelpOptions = true, description = "延长答复期限，一次，最多20个工作日 (条例第三十三条)")
    static class Extend extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--approved-by", required = true, description = "批准延长的政府信息公开工作机构负责人") String approvedBy;
        @Option(names = "--days", defaultValue = "20", description = "延长的工作日数 (1-20, 默认 20)") int days;

        @Override
        public void run() {
            records().requests().extend(id, date("--date", date), days, approvedBy, actor);
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "征求第三方或其他机关意见，暂停计时 (条例第三十二至三十四条)")
    static class Pause extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--reason", description = "征求谁的意见") String reason;

        @Override
        public void run() {
            records().requests().pause(id, date("--date", date), reason, actor);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "收到意见，恢复计时")
    static class Resume extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--reason", description = "暂停超过15个工作日时必填：为什么征求意见用了更长时间") String reason;

        @Override
        public void run() {
            records().requests().resume(id, date("--date", date), reason, actor);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "办结，记录一个办理结果代码")
    static class Close extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--result", required = true, description = "办理结果代码，如 GRANTED, PARTIAL, UNAVAILABLE_NOT_HELD") String result;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "答复日期 (默认今天)") String date;
        @Option(names = "--detail") String detail;
        @Option(names = "--refer-to", paramLabel = "BODY", description = "条例第三十六条第（五）项：负责公开该信息的机关 "
                + "(本平台主体的 id 或名称，或写明其他机关的名称和联系方式)；只用于 UNAVAILABLE_NOT_HELD") String referTo;

        @Override
        public void run() {
            RequestService s = records().requests();
            ResultCode code = ResultCode.parse(result);
            String text = detail;
            if (referTo != null) {
                if (code != ResultCode.UNAVAILABLE_NOT_HELD) {
                    throw new cn.gongkai.config.UserException("--refer-to 只用于 UNAVAILABLE_NOT_HELD (本机关不掌握)");
                }
                var own = s.bodies().find(s.record(id).body());
                var named = s.bodies().find(referTo);
                if (own.isPresent() && named.isPresent() && own.get().id().equals(named.get().id())) {
                    throw new cn.gongkai.config.UserException("申请 #" + id + " 就是 " + own.get().name() + " 的申请，不能告知由它自己负责");
                }
                String referral = s.bodies().referral(referTo);
                text = detail == null ? referral : referral + detail;
            }
            s.conclude(id, code, date == null ? s.today() : date("--date", date), text, actor);
        }
    }
}
