package cn.gongkai.cli;

import cn.gongkai.app.Records;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestJson;
import cn.gongkai.requests.RequestText;
import cn.gongkai.requests.RequestView;
import cn.gongkai.requests.Review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code requests ...}: staff work on formal requests (依申请公开) from the shell. */
@Command(name = "requests", mixinStandardHelpOptions = true, description = "登记和办理政府信息公开申请",
        subcommands = {
            RequestsCommand.Add.class, RequestsCommand.ListRequests.class, RequestsCommand.Show.class,
            RequestChangeCommands.Confirm.class, BodyCommands.Assign.class, RequestChangeCommands.Correct.class,
            RequestChangeCommands.Extend.class, RequestChangeCommands.Pause.class,
            RequestChangeCommands.Resume.class, RequestChangeCommands.Close.class,
            ReviewCommands.FileReview.class, ReviewCommands.DecideReview.class, FeeCommand.class,
            LetterCommands.Print.class, LetterCommands.Deliver.class, LetterCommands.FeeNoticeCommand.class,
            RequestRuleCommands.Complete.class, RequestRuleCommands.AskReasons.class, RequestRuleCommands.LaterDeadline.class,
        })
public class RequestsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "登记一件新申请，只输出新编号")
    static class Add extends StaffCommand {
        @Option(names = "--applicant-type", required = true, description = "NATURAL_PERSON, BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORG")
        String applicantType;
        @Option(names = "--channel", required = true, description = "IN_PERSON, MAIL, ONLINE, SMS, KIOSK, PHONE")
        String channel;
        @Option(names = "--received", paramLabel = "YYYY-MM-DD", description = "收到日期 (条例第三十一条); 当面、信函、电话默认今天; 网络、短信、自助终端待确认")
        String received;
        @Option(names = "--content", required = true)
        String content;
        @Option(names = "--name")
        String name;
        @Option(names = "--contact")
        String contact;
        @Option(names = "--form-wanted", description = "获取信息的方式，如 纸质、电子邮件")
        String formWanted;
        @Option(names = "--identity-verified", description = "已核验申请人身份")
        boolean identityVerified;
        @Option(names = "--inquiry", paramLabel = "ID", description = "由哪条咨询记录转来")
        Long inquiry;
        @Option(names = "--body", paramLabel = "ID", description = "受理的公开主体 (bodies.yaml 的 id)；有多个主体时必填")
        String body;

        @Override
        public void run() {
            NewRequest r = new NewRequest(ApplicantType.parse(applicantType), name, contact, identityVerified,
                    RequestChannel.parse(channel), content, formWanted, date("--received", received), inquiry);
            long id = records().requests().add(r, body, actor);
            out().println(id);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出申请及其期限")
    static class ListRequests extends StaffCommand {
        @Option(names = "--open", description = "只列未办结的")
        boolean open;
        @Option(names = "--format", defaultValue = "text", description = "text 或 json")
        String format;
        @Option(names = "--body", paramLabel = "ID", description = "只列这个公开主体的申请")
        String body;
        @Option(names = "--intake", description = "只列平台待分办的申请")
        boolean intake;

        @Override
        public void run() {
            var service = records().requests();
            List<RequestView> all = service.list(open, body == null ? null : service.bodies().require(body).id(), intake);
            PrintWriter out = out();
            if (format.equalsIgnoreCase("json")) {
                ArrayNode a = RequestJson.JSON.createArrayNode();
                all.forEach(v -> a.add(RequestJson.of(v, List.of(), false)));
                out.println(json(a));
                return;
            }
            RequestText.requireText(format);
            out.println(RequestText.header(texts()));
            all.forEach(v -> out.println(RequestText.line(texts(), v)));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "一件申请的全部记录和期限")
    static class Show extends StaffCommand {
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--format", defaultValue = "text", description = "text 或 json")
        String format;

        @Override
        public void run() {
            Records records = records();
            RequestView v = records.requests().show(id);
            List<Review> reviews = records.reviews().of(id);
            if (format.equalsIgnoreCase("json")) {
                out().println(json(RequestJson.of(v, reviews, true)));
            } else {
                RequestText.requireText(format);
                out().print(RequestText.detail(texts(), v, reviews));
                out().flush(); // print() does not autoflush; System.exit would drop it
            }
        }
    }
}
