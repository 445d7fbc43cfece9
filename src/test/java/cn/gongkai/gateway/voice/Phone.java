package cn.gongkai.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.gateway.sms.Twilio;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;

/** One caller in a test: dials in and follows the call where our TwiML sends it, signed as Twilio signs. */
final class Phone {
    static final int MAX_SAY = 80;

    private final int port;
    final String callSid;
    final String from;
    /** The last answer, checked against {@link TwimlRules}. */
    String xml;
    List<String> said;

    Phone(int port, String callSid, String from) {
        this.port = port;
        this.callSid = callSid;
        this.from = from;
    }

    Phone dial() throws Exception {
        return post("/twilio/voice", Map.of("CallStatus", "ringing"));
    }

    /** Keys pressed at the current Gather. */
    Phone press(String digits) throws Exception {
        return post(action("Gather"), Map.of("Digits", digits));
    }

    Phone speak(String words, double confidence) throws Exception {
        return post(action("Gather"), Map.of("SpeechResult", words, "Confidence", String.valueOf(confidence)));
    }

    /** Nothing said or pressed: Twilio falls through to our Redirect. */
    Phone silence() throws Exception {
        return post(redirect(), Map.of());
    }

    Phone recorded(String url, int seconds) throws Exception {
        return post(action("Record"), Map.of("RecordingUrl", url, "RecordingDuration", String.valueOf(seconds),
                "RecordingSid", "RE0001"));
    }

    Phone dialEnded(String status) throws Exception {
        return post(action("Dial"), Map.of("DialCallStatus", status));
    }

    /** Twilio's status callback for this call (not a step: 204, no TwiML). */
    int status(String callStatus, int seconds) throws Exception {
        return raw("/twilio/voice/status", Map.of("CallStatus", callStatus, "CallDuration", String.valueOf(seconds)))
                .statusCode();
    }

    /** The spoken prompt of the current Gather. */
    String prompt() {
        return verb("Gather").getTextContent();
    }

    String text() {
        return String.join("", said);
    }

    boolean has(String verb) {
        return !TwimlRules.elements(TwimlRules.parse(xml).getDocumentElement()).stream()
                .filter(e -> e.getTagName().equals(verb)).toList().isEmpty();
    }

    Element verb(String verb) {
        return TwimlRules.elements(TwimlRules.parse(xml).getDocumentElement()).stream()
                .filter(e -> e.getTagName().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " in " + xml));
    }

    String action(String verb) {
        return path(verb(verb).getAttribute("action"));
    }

    String redirect() {
        return path(verb("Redirect").getTextContent().strip());
    }

    private static String path(String url) {
        assertThat(url).startsWith(Twilio.PUBLIC);
        return url.substring(Twilio.PUBLIC.length());
    }

    /** The raw response to one signed webhook (for retries and failures). */
    HttpResponse<String> raw(String pathAndQuery, Map<String, String> fields) throws Exception {
        Map<String, String> p = new TreeMap<>(fields);
        p.put("AccountSid", "AC00000000000000000000000000000000");
        p.put("CallSid", callSid);
        p.put("From", from);
        p.put("To", "+15005550006");
        p.put("Direction", "inbound");
        return Twilio.signed(port, pathAndQuery, p);
    }

    Phone post(String pathAndQuery, Map<String, String> fields) throws Exception {
        HttpResponse<String> r = raw(pathAndQuery, fields);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).containsIgnoringCase("charset=utf-8");
        xml = r.body();
        said = TwimlRules.check(xml, MAX_SAY);
        return this;
    }
}
