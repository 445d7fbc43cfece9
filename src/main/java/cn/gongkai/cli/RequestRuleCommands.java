package cn.gongkai.cli;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Completion;
import cn.gongkai.requests.DeliveryWanted;
import cn.gongkai.requests.RequestService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Art. 29 completion and Art. 35's later deadline from the shell; the rules live in RequestService. */
final class RequestRuleCommands {
    private RequestRuleCommands() {}

    @Command(name = "complete", mixinStandardHelpOptions = true,
            description = "补全申请缺少的信息（条例第二十九条）；短信、自助终端提交的申请在确认收到前须有姓名、联系方式和内容描述。"
                    + "等待补正时记录的补全即为收到补正，答复期限自这天重新起算（条例第三十条）")
    static class Complete extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "补全（收到补正）的日期，默认今天") String date;
        @Option(names = "--name", description = "申请人姓名或名称") String name;
        @Option(names = "--contact", description = "联系方式") String contact;
        @Option(names = "--description", description = "申请公开的政府信息的名称、文号或者便于查询的其他特征性描述") String description;
        @Option(names = "--applicant-type", description = "NATURAL_PERSON, BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORG") String applicantType;
        @Option(names = "--form-wanted", description = "获取信息的形式，如 纸质、电子邮件") String formWanted;
        @Option(names = "--address", description = "邮寄地址（要求邮寄时必填）") String address;
        @Option(names = "--delivery", description = "送达方式: IN_PERSON, MAIL, SMS, EMAIL") String delivery;
        @Option(names = "--identity-verified", description = "已核验申请人身份证明") Boolean identityVerified;

        @Override
        public void run() {
            RequestService s = records().requests();
            Completion c = new Completion(applicantType == null ? null : ApplicantType.parse(applicantType), name, contact,
                    identityVerified, description, formWanted, address, delivery == null ? null : DeliveryWanted.parse(delivery));
            boolean supplement = s.complete(id, date == null ? s.today() : date("--date", date), c, actor);
            if (supplement) {
                out().println("已记录补正；答复期限自收到补正之日的次日起重新计算，现为 " + s.show(id).answerDue());
            }
            var missing = s.missing(id);
            if (!missing.isEmpty() && s.show(id).state().received() == null) {
                out().println("确认收到前还缺: " + String.join("、", missing));
            }
        }
    }

    @Command(name = "ask-reasons", mixinStandardHelpOptions = true,
            description = "申请的数量、频次明显超过合理范围，要求申请人说明理由（条例第三十五条）")
    static class AskReasons extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD") String date;
        @Option(names = "--detail", description = "本月已申请的件数等情况") String detail;

        @Override
        public void run() {
            records().requests().askReasons(id, date("--date", date), detail, actor);
        }
    }

    @Command(name = "later-deadline", mixinStandardHelpOptions = true,
            description = "理由合理但无法在法定期限内答复：确定延迟答复的合理期限并告知申请人，取代原答复期限（条例第三十五条）")
    static class LaterDeadline extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "决定并告知的日期") String date;
        @Option(names = "--working-days", description = "自收到（或收到补正）次日起的工作日数，须多于现在的期限") Integer workingDays;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "或直接给出答复期限（须是工作日）") String until;
        @Option(names = "--reason", required = true, description = "为什么需要更长的期限") String reason;

        @Override
        public void run() {
            var due = records().requests().setLaterDeadline(id, date("--date", date), workingDays, date("--until", until),
                    reason, actor);
            out().println("答复期限: " + due);
        }
    }
}
