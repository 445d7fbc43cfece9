package cn.gongkai.gateway;

import cn.gongkai.config.HomeOption;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
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
        try (Corpus corpus = Corpus.open(home.home());
                Server server = new Server(corpus, Console.open(home.home(), corpus))) {
            try {
                server.start(port);
            } catch (RuntimeException e) {
                throw new cn.gongkai.config.UserException("无法在端口 " + port + " 上启动服务 (是否已被占用?)", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            spec.commandLine().getOut().printf("gongkai 已启动: http://localhost:%d/  (公开信息 %d 条; 工作台 http://localhost:%d/staff)%n",
                    server.port(), corpus.size(), server.port());
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return 0;
    }
}
