package cn.gongkai.cli;

import cn.gongkai.config.HomeOption;
import cn.gongkai.gateway.KioskApi;
import cn.gongkai.gateway.Server;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.console.Console;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.gammu.SmsProvider;
import cn.gongkai.gateway.voice.VoiceGateway;
import cn.gongkai.ops.HomeLock;
import cn.gongkai.ops.Metrics;
import cn.gongkai.app.App;
import cn.gongkai.cluster.IndexFollower;
import cn.gongkai.cluster.NodeName;
import cn.gongkai.cluster.SharedContent;
import java.io.PrintWriter;
import java.net.InetAddress;
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
    /** How often a node asks the database whether searchable content changed: one-row read. */
    private static final Duration FOLLOW_EVERY = Duration.ofSeconds(1);

    @Mixin HomeOption home;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "address to listen on (default: loopback, reached through nginx on this machine; 0.0.0.0 for every interface)")
    String bind = InetAddress.getLoopbackAddress().getHostAddress();

    @Option(names = "--node", paramLabel = "NAME",
            description = "node name when several serve share one database (default: GONGKAI_NODE, else the host name)")
    String node;

    @Option(names = "--index-dir", paramLabel = "DIR", description = "this node's own index folder (default: see --node)")
    java.nio.file.Path indexDir;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new cn.gongkai.config.UserException("端口应在 0 到 65535 之间: " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Clock clock = Clock.systemDefaultZone();
        TwilioConfig twilio = TwilioConfig.fromEnv(System.getenv());
        SmsProvider provider = SmsProvider.fromEnv(System.getenv()); // a bad gammu-smsdrc stops here
        var proxies = cn.gongkai.ops.ClientAddress.fromEnv(System.getenv()); // so does a bad proxy address
        ConfigFiles config = new ConfigFiles(home.home());
        Metrics metrics = new Metrics(clock);
        NodeName name = NodeName.of(node, System.getenv());
        java.nio.file.Path ownIndex = name.indexDir(home.home(), indexDir);
        try (PreparingServer preparing = preparing(); // "正在准备" on a first start, until the server takes the port
                HomeLock inUse = HomeLock.inUse(home.home());
                Corpus corpus = Corpus.open(home.home(), ownIndex, clock, metrics.registry());
                SmsGateway sms = new SmsGateway(corpus, new App(home.home(), clock).records(), config, twilio, clock);
                Server server = new Server(corpus, sms.webhook(),
                        new VoiceGateway(corpus, sms.records(), config, twilio, sms, clock).webhook(),
                        Console.open(home.home(), corpus, sms), metrics.watch(corpus).watch(sms.outbox()),
                        sms.records().database(), new KioskApi(corpus, sms.records(), proxies));
                // At start the index catches up with every disclosure the database holds (a new
                // node's folder has none of them), then follows the version.
                IndexFollower follower = new IndexFollower(new SharedContent(sms.records().database(), clock), corpus,
                        corpus.bodies(), -1).start(FOLLOW_EVERY)) {
            if (preparing != null) {
                preparing.close();
            }
            try {
                server.start(bind, port);
            } catch (RuntimeException e) {
                throw new cn.gongkai.config.UserException("无法在 " + bind + " 的端口 " + port
                        + " 上启动服务 (端口是否已被占用? 地址是否属于本机?)", e);
            }
            // A notice lost to a crash between its change and its queueing is queued now.
            sms.records().catchUpNotices(30);
            // What the journal kept while the disk was full is written once space returns, even
            // if no new write comes to trigger it.
            sms.records().database().keepReplaying(Duration.ofSeconds(5));
            sms.outbox().claimingAs(name.name(), cn.gongkai.outreach.Outbox.LEASE); // before the sender's first round
            SmsProvider.Running line = provider.start(sms, clock);
            boolean sending = line.sending();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            PrintWriter out = spec.commandLine().getOut();
            banner(CliTexts.load(home), out, server.port(), corpus.size(), twilio, provider, sending);
            out.println(database(CliTexts.load(home), sms.records().database()));
            out.println(CliTexts.load(home).get("serve.node", "node", name.name(), "index", ownIndex));
            out.flush();
            stopped.await();
            line.close(); // the spool watcher stops before the database closes
        }
        return 0;
    }

    /**
     * On a first start (no index yet) says "正在准备" to whoever watches the terminal and to
     * whoever calls the port while the sample is indexed; null when there is nothing to wait for
     * or the port cannot be held (the real start then reports that in its own words).
     */
    private PreparingServer preparing() {
        if (!cn.gongkai.kiosk.Preparing.firstStart(home.home()) || port == 0) {
            return null;
        }
        var texts = CliTexts.load(home);
        PrintWriter out = spec.commandLine().getOut();
        out.println(texts.get("serve.preparing"));
        out.flush();
        try {
            return PreparingServer.start(bind, port, texts.get("serve.preparing_http"));
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class)
                    .warn("port {} not held while preparing ({}); the real start reports on it", port, e.getMessage());
            return null;
        }
    }

    /** Which database this node keeps its records in: the SQLite file, or the server without credentials. */
    static String database(cn.gongkai.config.Messages texts, cn.gongkai.storage.Database db) {
        return db.isPostgres() ? texts.get("serve.database_postgresql", "url", db.where())
                : texts.get("serve.database_sqlite", "file", db.where());
    }

    /** What staff read when the server is up: where it listens and whether texts can flow. */
    private void banner(cn.gongkai.config.Messages texts, PrintWriter out, int listening, long documents,
            TwilioConfig twilio, SmsProvider provider, boolean sending) {
        out.println(texts.get("serve.started", "port", listening, "documents", documents));
        out.println(texts.get("serve.home", "home", home.home().root()));
        out.println(loopback(bind) ? texts.get("serve.loopback", "bind", bind)
                : texts.get("serve.open", "bind", bind, "port", listening));
        if (twilio.authToken() == null) {
            out.println(texts.get("serve.twilio_no_token"));
        } else if (twilio.publicUrl() == null) {
            out.println(texts.get("serve.twilio_no_url"));
        }
        if (provider.gammu() != null) {
            out.println(texts.get("serve.gammu", "file", provider.gammu().file()));
        } else if (!sending) {
            out.println(texts.get("serve.outbox_only"));
        }
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
