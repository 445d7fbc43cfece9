package cn.gongkai.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioSignature;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link TwilioSignature}, the gate in front of every Twilio webhook, on a real server: only a
 * request signed for the configured public URL passes. (In the SMS package for its test helper
 * {@code Twilio}, which signs as Twilio does.)
 */
class TwilioSignatureTest {

    @Test
    void a_webhook_takes_only_requests_twilio_signed_for_the_public_url() throws Exception {
        TwilioSignature gate = new TwilioSignature(new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null));
        TwilioSignature closed = new TwilioSignature(new TwilioConfig(null, null, null, Twilio.PUBLIC, null));
        TwilioSignature noUrl = new TwilioSignature(new TwilioConfig(Twilio.TOKEN, null, null, null, null));
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/hook", ctx -> {
                Map<String, String> p = gate.checked(ctx, null);
                if (p != null) {
                    ctx.result("ok " + p.get("Body"));
                }
            });
            // A closed gate must return null: the caller would otherwise go on and answer.
            cfg.routes.post("/paused", ctx -> assertThat(gate.checked(ctx, "维护中")).isNull());
            cfg.routes.post("/closed", ctx -> assertThat(closed.checked(ctx, null)).isNull());
            cfg.routes.post("/nourl", ctx -> assertThat(noUrl.checked(ctx, null)).isNull());
        }).start("127.0.0.1", 0);
        try {
            int port = app.port();
            Map<String, String> p = Twilio.sms("+8613812345678", "低保", "SM1");
            HttpResponse<String> ok = Twilio.signed(port, "/hook", p);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("ok 低保");
            HttpResponse<String> withQuery = Twilio.signed(port, "/hook?lang=zh", p);
            assertThat(withQuery.statusCode()).isEqualTo(200);
            // Signed for the query but sent without it, or for the local address: refused.
            assertThat(Twilio.post(port, "/hook", p, Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook?", p))
                    .statusCode()).isEqualTo(403);
            assertThat(Twilio.post(port, "/hook", p, Twilio.sign(Twilio.TOKEN, "http://localhost:" + port + "/hook", p))
                    .statusCode()).isEqualTo(403);
            assertThat(Twilio.post(port, "/hook", p, null).statusCode()).isEqualTo(403);
            // Twilio sometimes signs with the default port written out: still its signature.
            assertThat(Twilio.post(port, "/hook", p, Twilio.sign(Twilio.TOKEN,
                    Twilio.PUBLIC.replaceFirst("^(https://[^/]+)", "$1:443") + "/hook", p)).statusCode()).isEqualTo(200);
            assertThat(Twilio.post(port, "/hook", p, "x" + Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook", p))
                    .statusCode()).isEqualTo(403);
            assertThat(Twilio.post(port, "/hook", p, null).body()).contains("X-Twilio-Signature");
            HttpResponse<String> paused = Twilio.signed(port, "/paused", p);
            assertThat(paused.statusCode()).isEqualTo(503);
            assertThat(paused.body()).isEqualTo("维护中");
            assertThat(Twilio.signed(port, "/closed", p).body()).contains("TWILIO_AUTH_TOKEN");
            assertThat(Twilio.signed(port, "/closed", p).statusCode()).isEqualTo(503);
            assertThat(Twilio.signed(port, "/nourl", p).body()).contains("GONGKAI_PUBLIC_URL");
            assertThat(gate.url("/twilio/voice?step=1")).isEqualTo(Twilio.PUBLIC + "/twilio/voice?step=1");
        } finally {
            app.stop();
        }
    }

    @Test
    void a_body_changed_after_signing_or_signed_with_another_token_is_refused() throws Exception {
        TwilioSignature gate = new TwilioSignature(new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null));
        Javalin app = signedHook(gate, p -> "ok " + p.get("Body"));
        try {
            int port = app.port();
            Map<String, String> p = Twilio.sms("+8613812345678", "低保", "SM2");
            String signature = Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook", p);
            Map<String, String> changed = new HashMap<>(p);
            changed.put("Body", "退订");
            assertThat(Twilio.post(port, "/hook", changed, signature).statusCode()).isEqualTo(403);
            assertThat(Twilio.post(port, "/hook", p, Twilio.sign("another-token", Twilio.PUBLIC + "/hook", p))
                    .statusCode()).isEqualTo(403);
            HttpResponse<String> ok = Twilio.post(port, "/hook", p, signature);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("ok 低保");
        } finally {
            app.stop();
        }
    }

    /** A form in another charset is read by the framework, not by the UTF-8 reader: still only a signed one passes. */
    @Test
    void a_form_named_in_another_charset_is_read_by_the_framework_and_still_checked() throws Exception {
        TwilioSignature gate = new TwilioSignature(new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null));
        Javalin app = signedHook(gate, p -> "ok " + p.get("Body") + " " + p.size());
        try {
            Map<String, String> p = Twilio.sms("+8613812345678", "abc", "SM3");
            String signature = Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook", p);
            for (String type : new String[] {"application/x-www-form-urlencoded; charset=ISO-8859-1", "text/plain"}) {
                java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + app.port() + "/hook")).header("Content-Type", type)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Twilio.form(p)));
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                HttpResponse<String> ok = http.send(b.copy().header("X-Twilio-Signature", signature).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ok.statusCode()).as(type).isEqualTo(200);
                assertThat(ok.body()).as(type).isEqualTo("ok abc " + p.size());
                assertThat(http.send(b.header("X-Twilio-Signature", "x" + signature).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as(type).isEqualTo(403);
            }
            // A charset named beside the form is honoured: Latin-1 reads the UTF-8 escapes of 低 as three letters,
            // so a post signed over those letters passes and one signed over 低 does not.
            Map<String, String> latin = Twilio.sms("+8613812345678", "低", "SM4");
            Map<String, String> asRead = new HashMap<>(latin);
            asRead.put("Body", new String("低".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + app.port() + "/hook"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Twilio.form(latin)));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            assertThat(http.send(b.copy().header("X-Twilio-Signature", Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook",
                    asRead)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(b.header("X-Twilio-Signature", Twilio.sign(Twilio.TOKEN, Twilio.PUBLIC + "/hook",
                    latin)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        } finally {
            app.stop();
        }
    }

    /** A server on a free port whose /hook answers {@code reply} of the fields when {@code gate} passes them. */
    private static Javalin signedHook(TwilioSignature gate, java.util.function.Function<Map<String, String>, String> reply) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/hook", ctx -> {
                Map<String, String> p = gate.checked(ctx, null);
                if (p != null) {
                    ctx.result(reply.apply(p));
                }
            });
        }).start("127.0.0.1", 0);
    }
}
