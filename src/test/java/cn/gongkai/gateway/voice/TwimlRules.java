package cn.gongkai.gateway.voice;

import cn.gongkai.gateway.sms.Twilio;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The structure Twilio accepts for a voice answer, as far as this line uses it: root
 * {@code Response}; known verbs with known attributes; {@code <Say>} in cmn-CN with Polly.Zhiyu (Twilio's pair for Mandarin), never longer
 * than the limit and free of what a Mandarin engine reads wrongly; at most one {@code <Gather>},
 * speech in cmn-Hans-CN, always followed by a {@code <Redirect>}; nothing after a verb that
 * ends the document. Returns every spoken text.
 */
final class TwimlRules {
    static final Set<String> VERBS = Set.of("Say", "Gather", "Redirect", "Record", "Dial", "Hangup", "Pause");
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "Say", Set.of("language", "voice", "loop"),
            "Gather", Set.of("input", "action", "method", "timeout", "language", "hints", "numDigits", "finishOnKey",
                    "speechTimeout", "actionOnEmptyResult"),
            "Redirect", Set.of("method"),
            "Record", Set.of("action", "method", "maxLength", "timeout", "finishOnKey", "playBeep", "trim"),
            "Dial", Set.of("action", "method", "timeout", "callerId"),
            "Hangup", Set.of(),
            "Pause", Set.of("length"));

    private TwimlRules() {}

    static Document parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    /** Checks the answer and returns its spoken texts in order. */
    static List<String> check(String xml, int maxSay) {
        Element root = parse(xml).getDocumentElement();
        require(root.getTagName().equals("Response"), "root is not Response", xml);
        List<String> said = new ArrayList<>();
        List<Element> verbs = elements(root);
        int gathers = 0;
        for (int i = 0; i < verbs.size(); i++) {
            Element v = verbs.get(i);
            String name = v.getTagName();
            require(VERBS.contains(name), "unknown verb " + name, xml);
            attributes(v, xml);
            if (Set.of("Redirect", "Hangup", "Dial").contains(name)) {
                require(i == verbs.size() - 1, name + " must be the last verb", xml);
            }
            switch (name) {
                case "Say" -> said.add(say(v, maxSay, xml));
                case "Gather" -> {
                    gathers++;
                    require(i + 1 < verbs.size() && verbs.get(i + 1).getTagName().equals("Redirect"),
                            "Gather not followed by Redirect", xml);
                    Set<String> inputs = Set.of(v.getAttribute("input").split(" "));
                    require(Set.of("dtmf", "speech").containsAll(inputs), "bad input " + inputs, xml);
                    if (inputs.contains("speech")) {
                        require(v.getAttribute("language").equals("cmn-Hans-CN"), "speech language", xml);
                    }
                    url(v.getAttribute("action"), xml);
                    for (Element c : elements(v)) {
                        require(Set.of("Say", "Pause").contains(c.getTagName()), "Gather holds " + c.getTagName(), xml);
                        attributes(c, xml);
                        if (c.getTagName().equals("Say")) {
                            said.add(say(c, maxSay, xml));
                        }
                    }
                }
                case "Record" -> {
                    require(i + 1 < verbs.size() && verbs.get(i + 1).getTagName().equals("Redirect"),
                            "Record not followed by Redirect", xml);
                    url(v.getAttribute("action"), xml);
                }
                case "Redirect" -> url(v.getTextContent().strip(), xml);
                case "Dial" -> {
                    url(v.getAttribute("action"), xml);
                    require(v.getTextContent().strip().matches("\\+?\\d{5,15}"), "Dial number", xml);
                }
                default -> { }
            }
            if (v.hasAttribute("method")) {
                require(v.getAttribute("method").equals("POST"), "method", xml);
            }
        }
        require(gathers <= 1, "more than one Gather", xml);
        require(!verbs.isEmpty() && Set.of("Redirect", "Hangup", "Dial").contains(verbs.get(verbs.size() - 1).getTagName()),
                "the answer must end in Redirect, Hangup or Dial: never a dead line", xml);
        return said;
    }

    private static String say(Element s, int maxSay, String xml) {
        String text = s.getTextContent();
        require(s.getAttribute("language").equals("cmn-CN"), "Say language", xml);
        require(s.getAttribute("voice").equals("Polly.Zhiyu"), "Say voice", xml);
        speakable(text, maxSay);
        return text;
    }

    /**
     * A text a Mandarin engine reads as a person would: short, nothing it would spell out as
     * symbols, and no digit, Latin letter, bracket or markup left unconverted.
     */
    static void speakable(String text, int maxSay) {
        require(!text.isBlank(), "empty Say", text);
        require(text.length() <= maxSay, "Say longer than " + maxSay + " (" + text.length() + ")", text);
        require(!Speech.UNSPEAKABLE.matcher(text).find(), "unspeakable characters", text);
        require(!Spoken.UNSPOKEN.matcher(text).find(), "digits, Latin letters, brackets or markup", text);
    }

    private static void url(String url, String xml) {
        require(url.startsWith(Twilio.PUBLIC + "/twilio/voice"), "action URL not on the public base: " + url, xml);
    }

    private static void attributes(Element e, String xml) {
        NamedNodeMap a = e.getAttributes();
        for (int i = 0; i < a.getLength(); i++) {
            String n = a.item(i).getNodeName();
            require(ATTRIBUTES.getOrDefault(e.getTagName(), Set.of()).contains(n), e.getTagName() + " has " + n, xml);
        }
    }

    static List<Element> elements(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static void require(boolean ok, String what, String xml) {
        if (!ok) {
            throw new AssertionError(what + " in: " + xml);
        }
    }
}
