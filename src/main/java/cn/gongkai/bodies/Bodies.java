package cn.gongkai.bodies;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of a platform's bodies. Read from the home's own {@code kiosk-config/bodies.yaml}
 * only — never from a default in the jar — so a home without the file stays what it was: one
 * body, id {@value #DEFAULT_ID}, named after the hall, owning every request and every document.
 */
public final class Bodies {
    public static final String FILE = "bodies.yaml";
    /** The id of the one body of a home without bodies.yaml; migration V9 gives it every old request. */
    public static final String DEFAULT_ID = "default";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private final Map<String, Body> byId;
    private final Map<String, Body> byAgency;
    private final boolean single;

    private Bodies(List<Body> bodies, boolean single) {
        this.single = single;
        this.byId = new LinkedHashMap<>();
        this.byAgency = new LinkedHashMap<>();
        for (Body b : bodies) {
            byId.put(b.id(), b);
            for (String a : b.agencies()) {
                byAgency.put(a, b);
            }
        }
    }

    /** The bodies of a home: its bodies.yaml, or the one default body named after the hall. */
    public static Bodies load(ConfigFiles config) {
        var file = config.home().configDir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return single(hallName(config));
        }
        return parse(config.read(FILE));
    }

    /** One body owning everything: a home as it was before bodies.yaml existed. */
    public static Bodies single(String name) {
        return new Bodies(List.of(new Body(DEFAULT_ID, name, name, List.of(), null, null, null, null)), true);
    }

    /** Several bodies, for tests and the benchmark (ids checked as in the file). */
    public static Bodies of(List<Body> bodies) {
        return new Bodies(bodies, false);
    }

    static Bodies parse(ConfigFiles.Source src) {
        JsonNode root = ConfigFiles.yaml(src);
        JsonNode list = root == null ? null : root.path("bodies");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new UserException(src.location() + ": 应有 bodies: 列表，每个公开主体一项");
        }
        List<Body> out = new ArrayList<>();
        Map<String, String> agencyOwner = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode b : list) {
            n++;
            String where = src.location() + " 第 " + n + " 个主体";
            String id = text(b, "id");
            if (id == null || !ID.matcher(id).matches()) {
                throw new UserException(where + ": id 应为小写字母、数字、- 或 _ (如 qh-mz)，不能是 \"" + id + "\"");
            }
            if (out.stream().anyMatch(x -> x.id().equals(id))) {
                throw new UserException(where + ": id " + id + " 重复");
            }
            String name = text(b, "name");
            if (name == null) {
                throw new UserException(where + " (" + id + "): 缺少 name");
            }
            List<String> agencies = new ArrayList<>();
            for (JsonNode a : b.path("agencies")) {
                String s = a.asText().strip();
                if (!s.isEmpty()) {
                    String before = agencyOwner.putIfAbsent(s, id);
                    if (before != null) {
                        throw new UserException(where + " (" + id + "): 发布机构 " + s + " 已属于 " + before);
                    }
                    agencies.add(s);
                }
            }
            if (agencies.isEmpty()) {
                agencies.add(name); // a body publishes at least under its own name
                agencyOwner.putIfAbsent(name, id);
            }
            String shortName = text(b, "short");
            out.add(new Body(id, name, shortName == null ? name : shortName, agencies, text(b, "phone"),
                    text(b, "address"), text(b, "letter_prefix"), text(b, "parent")));
        }
        for (Body b : out) {
            if (b.parent() != null && out.stream().noneMatch(x -> x.id().equals(b.parent()))) {
                throw new UserException(src.location() + ": " + b.id() + " 的 parent " + b.parent() + " 不在本文件中");
            }
        }
        return new Bodies(out, false);
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        if (!v.isValueNode() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }

    /** The hall's name from kiosk.yaml, which a home without bodies.yaml is named after. */
    private static String hallName(ConfigFiles config) {
        JsonNode root;
        try {
            root = ConfigFiles.yaml(config.read("kiosk.yaml"));
        } catch (UserException e) {
            // The kiosk reports a broken kiosk.yaml itself, with file and line; the record still opens.
            return "本机关";
        }
        String hall = root == null ? null : text(root.path("hall"), "name");
        return hall == null ? "本机关" : hall;
    }

    /** True for a home without bodies.yaml: one body, everything is its own. */
    public boolean single() {
        return single;
    }

    public List<Body> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Body> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.strip()));
    }

    /** The body of {@code id}, or one polite line listing the ids there are. */
    public Body require(String id) {
        return find(id).orElseThrow(() -> new UserException("没有这个公开主体: " + id + "；可用的有 " + String.join(", ", byId.keySet())));
    }

    /** The one body of a single-body home; null when there are several. */
    public Body only() {
        return single || byId.size() == 1 ? byId.values().iterator().next() : null;
    }

    /** The body whose documents an agency (发布机构) publishes, if the platform has one. */
    public Optional<Body> ofAgency(String agency) {
        if (single) {
            return Optional.of(only());
        }
        return agency == null ? Optional.empty() : Optional.ofNullable(byAgency.get(agency.strip()));
    }

    /**
     * The body a document belongs to: the one its front matter names, else its agency's. A
     * front matter naming a body not on this platform makes it nobody's (it is searchable but
     * counted in no report) — even on a single-body home, so another body's report that sits in
     * the index is never counted as this one's.
     */
    public Optional<Body> ofDocument(String declaredBody, String agency) {
        if (declaredBody != null && !declaredBody.isBlank()) {
            return find(declaredBody);
        }
        return ofAgency(agency);
    }

    /**
     * Art. 36(五): the sentence telling the applicant which body is responsible for the
     * information and how to reach it. {@code who} is a body of this platform (id, name or one
     * of its agencies: its phone and address come from bodies.yaml) or any other body's name
     * and contact as staff write them.
     */
    public String referral(String who) {
        if (who == null || who.isBlank()) {
            throw new UserException("请写明负责公开该信息的行政机关 (--refer-to)");
        }
        String w = who.strip();
        Optional<Body> b = find(w).or(() -> byId.values().stream().filter(x -> x.name().equals(w)).findFirst())
                .or(() -> single ? Optional.empty() : ofAgency(w));
        if (b.isEmpty()) {
            return "负责公开该信息的行政机关：" + w + "。";
        }
        Body body = b.get();
        return "负责公开该信息的行政机关：" + body.name()
                + (body.phone() == null ? "" : "，联系电话：" + body.phone())
                + (body.address() == null ? "" : "，地址：" + body.address()) + "。";
    }

    /** The short name of a body for a result line, or null for a document of no body. */
    public String shortName(String id) {
        return find(id).map(Body::shortName).orElse(null);
    }
}
