package cn.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Commands about which disclosing body (公开主体) a request belongs to. */
final class BodyCommands {
    private BodyCommands() {}

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "把平台待分办的申请分给一个公开主体 (确认收到之前)")
    static class Assign extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--body", required = true, paramLabel = "ID", description = "bodies.yaml 中的主体 id") String body;

        @Override
        public void run() {
            var service = records().requests();
            service.assign(id, body, actor);
            out().println("申请 #" + id + " 已分给 " + service.bodies().require(body).name());
        }
    }
}
