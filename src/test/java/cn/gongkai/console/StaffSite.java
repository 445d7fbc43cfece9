package cn.gongkai.console;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.app.Records;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real server with the console over the sample home at the tests' fixed "today", two accounts,
 * and the SMS gateway (no Twilio: outbound texts stay in the outbox).
 */
final class StaffSite implements AutoCloseable {
    static final String STAFF = "wang";
    static final String ADMIN = "li";
    static final String PASSWORD = "correct horse 9";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final Path home;
    final Corpus corpus;
    final Records records;
    final SmsGateway sms;
    final Server server;

    StaffSite(Path home, Duration idle) {
        this(home, idle, Console.LIFETIME);
    }

    /** @param lifetime how long a session lasts however busy it is */
    StaffSite(Path home, Duration idle, Duration lifetime) {
        this.home = home;
        this.corpus = TestHomes.sample(home);
        this.records = Records.open(new Home(home), TestHomes.CLOCK);
        Accounts accounts = new Accounts(records.database(), Clock.systemUTC());
        accounts.add(STAFF, Role.STAFF, PASSWORD.toCharArray());
        accounts.add(ADMIN, Role.ADMIN, PASSWORD.toCharArray());
        this.sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)), TwilioConfig.fromEnv(Map.of()),
                TestHomes.CLOCK);
        Console console = new Console(new Home(home), corpus, records, Clock.systemUTC(), idle, lifetime, sms);
        // the voice line too, signed with the test token, so a call's inquiry can be looked at here
        TwilioConfig voiceTwilio = new TwilioConfig(cn.gongkai.gateway.sms.Twilio.TOKEN, null, null,
                cn.gongkai.gateway.sms.Twilio.PUBLIC, null);
        var voice = new cn.gongkai.gateway.voice.VoiceGateway(corpus, records, new ConfigFiles(new Home(home)), voiceTwilio,
                sms, TestHomes.CLOCK);
        this.server = new Server(corpus, sms.webhook(), voice.webhook(), console, null).start(0);
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** A browser-like client: keeps cookies, does not follow redirects (tests look at them). */
    Client client() {
        return new Client();
    }

    final class Client {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Posts a form with the CSRF token read from the page it lives on. */
        HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("csrf", csrf(get(pagePath).body()));
            return post(action, form);
        }

        HttpResponse<String> login(String name, String password) throws Exception {
            String page = get("/staff/login").body();
            return post("/staff/login", Map.of("csrf", csrf(page), "name", name, "password", password,
                    "next", "/staff/today"));
        }

        Client loggedIn(String name) throws Exception {
            HttpResponse<String> r = login(name, PASSWORD);
            if (r.statusCode() != 302) {
                throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
            }
            return this;
        }
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page: " + html);
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        sms.close();
        corpus.close();
    }
}
