package cn.gongkai.letters;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code kiosk-config/letters/letters.yaml}: who signs the letters and how they are numbered.
 * One body today; its id is part of every letter number's key so that a later bodies.yaml with
 * a {@code letter_prefix} per body numbers each body on its own.
 */
public record LetterSettings(
        String bodyId,
        String bodyName,
        String letterPrefix,
        Map<LetterKind, String> kindPrefix,
        String phone,
        String address,
        String progress,
        String reviewBody,
        String court,
        String payHow) {

    public static final String FILE = "letters/letters.yaml";
    public static final String DEFAULT_BODY = "default";

    public static LetterSettings load(ConfigFiles config) {
        ConfigFiles.Source src = config.read(FILE);
        JsonNode root = ConfigFiles.yaml(src);
        if (root == null || !root.isObject()) {
            throw new UserException(src.location() + ": 应为 键: 值 的列表");
        }
        Map<LetterKind, String> kinds = new EnumMap<>(LetterKind.class);
        JsonNode k = root.path("kind_prefix");
        JsonNode shipped = null;
        for (LetterKind kind : LetterKind.values()) {
            JsonNode own = k.path(kind.code());
            if (!own.isMissingNode() || src.location().startsWith("jar:")) {
                kinds.put(kind, text(src, k, kind.code(), "kind_prefix." + kind.code()));
                continue;
            }
            // A district's letters.yaml written before a kind existed (later, Art. 35) keeps
            // working: that kind takes the shipped prefix until the district sets its own.
            ConfigFiles.Source dflt = ConfigFiles.readDefault(FILE);
            shipped = shipped == null ? ConfigFiles.yaml(dflt).path("kind_prefix") : shipped;
            kinds.put(kind, text(dflt, shipped, kind.code(), "kind_prefix." + kind.code()));
        }
        String bodyId = root.path("body_id").asText(DEFAULT_BODY).strip();
        return new LetterSettings(bodyId.isEmpty() ? DEFAULT_BODY : bodyId,
                text(src, root, "body_name", "body_name"), text(src, root, "letter_prefix", "letter_prefix"), kinds,
                text(src, root, "phone", "phone"), text(src, root, "address", "address"),
                text(src, root, "progress", "progress"), text(src, root, "review_body", "review_body"),
                text(src, root, "court", "court"), text(src, root, "pay_how", "pay_how"));
    }

    private static String text(ConfigFiles.Source src, JsonNode node, String key, String path) {
        JsonNode v = node.path(key);
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw new UserException(src.location() + ": 缺少 " + path);
        }
        return v.asText().strip();
    }

    /**
     * The settings a request's letters are signed and numbered with: on a platform of several
     * bodies, its own body's name, phone, address and letter prefix from bodies.yaml (numbers
     * run per body, year and prefix); a single-body home keeps letters.yaml as it is.
     */
    public LetterSettings forBody(cn.gongkai.bodies.Bodies bodies, cn.gongkai.requests.RequestRecord request) {
        if (bodies.single()) {
            return this;
        }
        cn.gongkai.bodies.Body b = bodies.find(request.body()).orElseThrow(() -> new UserException(
                "申请 #" + request.id() + " 还在平台待分办，分给一个公开主体后才能出具文书 (requests assign)"));
        return new LetterSettings(b.id(), b.name(), b.letterPrefix() == null ? letterPrefix : b.letterPrefix(), kindPrefix,
                b.phone() == null ? phone : b.phone(), b.address() == null ? address : b.address(), progress, reviewBody,
                court, payHow);
    }

    /** The prefix a kind's numbers run under: 青禾政依申 + 复. */
    public String prefixOf(LetterKind kind) {
        return letterPrefix + kindPrefix.get(kind);
    }

    /** 青禾政依申复〔2026〕第12号 */
    public static String format(String prefix, int year, int number) {
        return prefix + "〔" + year + "〕第" + number + "号";
    }
}
