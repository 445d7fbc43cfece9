package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.app.App;
import cn.gongkai.bench.SmsBenchCommand;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.twilio.TwilioConfig;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.requests.Phones;
import cn.gongkai.app.Records;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai sms "TEXT" [--from NUMBER]}: one text through the same pipeline as the
 * webhook, reply printed (logged like any text). Staff also register a number's village and
 * look at the outbox here.
 */
@Command(name = "sms", mixinStandardHelpOptions = true,
        description = "Run one text through the SMS pipeline locally and print the reply.",
        subcommands = {SmsCommand.RegisterVillage.class, SmsCommand.Villages.class, SmsCommand.OutboxList.class,
            SmsBenchCommand.class})
public class SmsCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the text a villager sends")
    String text;

    @Option(names = "--from", paramLabel = "NUMBER", description = "sender's number (default: local)")
    String from = "local";

    @Spec CommandSpec spec;

    static Clock clock(CommandSpec spec) {
        return Root.clockOf(spec);
    }

    @Override
    public Integer call() {
        if (text == null) {
            throw new UserException("请给出短信内容, 如: gongkai sms \"低保\" --from 13800000000");
        }
        Clock clock = clock(spec);
        try (Corpus corpus = Corpus.open(home.home(), clock);
                SmsGateway sms = new SmsGateway(corpus, new App(home.home(), clock).records(), new ConfigFiles(home.home()),
                        TwilioConfig.fromEnv(Map.of()), clock)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(sms.channel().reply(new SmsChannel.Inbound(from, text, null)));
            out.flush();
        }
        return 0;
    }

    @Command(name = "register-village", mixinStandardHelpOptions = true,
            description = "登记一个手机号所在的村 (查询时先给看本村的信息); --remove 取消登记")
    static class RegisterVillage implements Callable<Integer> {
        @Mixin HomeOption home;
        @Option(names = "--phone", required = true) String phone;
        @Option(names = "--village", description = "村名或别名 (见 kiosk-config/villages.txt)") String village;
        @Option(names = "--remove", description = "取消这个号码的登记") boolean remove;
        @Option(names = "--actor", description = "经办人 (默认: 系统用户)") String actor = System.getProperty("user.name", "staff");
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Clock clock = clock(spec);
            if (!Numbers.isMobile(phone)) {
                throw new UserException("不像手机号: " + phone);
            }
            Preferences prefs = new Preferences(new App(home.home(), clock).records().database(), clock);
            if (remove) {
                spec.commandLine().getOut().println(CliTexts.load(home).get(prefs.forgetVillage(phone) ? "out.village_forgotten" : "out.village_not_registered"));
                return 0;
            }
            if (village == null) {
                throw new UserException("请给出 --village 村名, 或用 --remove 取消登记");
            }
            String name = cn.gongkai.corpus.Villages.load(new ConfigFiles(home.home())).resolve(village)
                    .orElseThrow(() -> new UserException("没有这个村: " + village + " (村名表见 kiosk-config/villages.txt)"));
            prefs.registerVillage(phone, name, actor);
            spec.commandLine().getOut().println(CliTexts.load(home).get("out.village_set", "phone", Phones.mask(Numbers.normalize(phone)), "village", name));
            return 0;
        }
    }

    @Command(name = "villages", mixinStandardHelpOptions = true, description = "列出登记了村的号码")
    static class Villages implements Callable<Integer> {
        @Mixin HomeOption home;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Clock clock = clock(spec);
            PrintWriter out = spec.commandLine().getOut();
            var texts = CliTexts.load(home);
            for (String[] row : new Preferences(new App(home.home(), clock).records().database(), clock).villagePhones()) {
                out.println(Phones.mask(row[0]) + "\t" + row[1] + "\t" + texts.get("STAFF".equals(row[2]) ? "out.village_by_staff" : "out.village_by_self"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "outbox", mixinStandardHelpOptions = true, description = "最近的外发短信及其状态")
    static class OutboxList implements Callable<Integer> {
        @Mixin HomeOption home;
        @Option(names = "--limit", defaultValue = "50") int limit;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Clock clock = clock(spec);
            PrintWriter out = spec.commandLine().getOut();
            var texts = CliTexts.load(home);
            out.println(texts.get("out.outbox_header"));
            for (Outbox.Row r : new Outbox(new App(home.home(), clock).records().database(), clock).list(limit)) {
                // A status the list does not know yet shows as its code rather than nothing.
                String status = texts.has("out.outbox_statuses." + r.status()) ? texts.get("out.outbox_statuses." + r.status()) : r.status();
                out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", r.id(), Phones.mask(r.to()), texts.get("out.outbox_kinds." + r.kind()), status,
                        r.deliveryStatus() == null ? "-" : r.deliveryStatus(), r.body());
            }
            out.flush();
            return 0;
        }
    }
}
