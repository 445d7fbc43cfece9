package cn.gongkai.gateway.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Plays Twilio in tests: signs form posts exactly as Twilio does and reads TwiML back. */
public final class Twilio {
    public static final String TOKEN = "test-auth-token-0123456789abcdef";
    public static final String PUBLIC = "https://gk.example.cn";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private Twilio() {}

    /** Twilio's algorithm: HMAC-SHA1 over the URL followed by each POST field name and value, names sorted. */
    public static String sign(String token, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /** POSTs the fields to the local server, signed for the public URL + path (null signature: none). */
    public static HttpResponse<String> post(int port, String pathAndQuery, Map<String, String> params, String signature)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)));
        if (signature != null) {
            b.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> signed(int port, String pathAndQuery, Map<String, String> params) throws Exception {
        return post(port, pathAndQuery, params, sign(TOKEN, PUBLIC + pathAndQuery, params));
    }

    public static Map<String, String> sms(String from, String body, String sid) {
        Map<String, String> p = new TreeMap<>();
        p.put("AccountSid", "AC00000000000000000000000000000000");
        p.put("MessageSid", sid);
        p.put("SmsSid", sid);
        p.put("From", from);
        p.put("To", "+15005550006");
        p.put("Body", body);
        p.put("NumMedia", "0");
        return p;
    }

    /** The text of the reply's Message/Body, or null if the TwiML holds no message. */
    public static String replyText(String twiml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)));
        if (!doc.getDocumentElement().getTagName().equals("Response")) {
            throw new AssertionError("not TwiML: " + twiml);
        }
        var bodies = doc.getElementsByTagName("Body");
        return bodies.getLength() == 0 ? null : bodies.item(0).getTextContent();
    }
}
