package cn.gongkai.gateway;

import cn.gongkai.config.HomeOption;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.TwilioConfig;
import cn.gongkai.gateway.voice.VoiceGateway;
import cn.gongkai.ops.Metrics;
import cn.gongkai.requests.Records;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai serve}: the HTTP gateway (JSON API, Twilio webhooks, staff console). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP gateway. On an empty home it first indexes the bundled sample disclosures.")
public class ServeCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new cn.gongkai.config.UserException("端口应在 0 到 65535 之间: " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Clock clock = Clock.systemDefaultZone();
        TwilioConfig twilio = TwilioConfig.fromEnv(System.getenv());
        ConfigFiles config = new ConfigFiles(home.home());
        Metrics metrics = new Metrics(clock);
        try (Corpus corpus = Corpus.open(home.home(), clock, metrics.registry());
                SmsGateway sms = new SmsGateway(corpus, Records.open(home.home(), clock), config, twilio, clock);
                Server server = new Server(corpus, sms.webhook(),
                        new VoiceGateway(corpus, sms.records(), config, twilio, sms, clock).webhook(),
                        Console.open(home.home(), corpus, sms), metrics.watch(corpus).watch(sms.outbox()),
                        sms.records().database())) {
            try {
                server.start(port);
            } catch (RuntimeException e) {
                throw new cn.gongkai.config.UserException("无法在端口 " + port + " 上启动服务 (是否已被占用?)", e);
            }
            // A notice lost to a crash between its change and its queueing is queued now.
            sms.records().catchUpNotices(30);
            // What the journal kept while the disk was full is written once space returns, even
            // if no new write comes to trigger it.
            sms.records().database().keepReplaying(Duration.ofSeconds(5));
            boolean sending = sms.startSender(Duration.ofSeconds(2), Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("gongkai 已启动: http://localhost:%d/  (公开信息 %d 条; 工作台 http://localhost:%d/staff)%n",
                    server.port(), corpus.size(), server.port());
            if (twilio.webhookProblem() != null) {
                out.println("短信: 未开通 (" + twilio.webhookProblem() + ")");
            }
            if (!sending) {
                out.println("短信: 外发短信暂存在发件箱 (未设置 TWILIO_ACCOUNT_SID / TWILIO_FROM_NUMBER)");
            }
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
