package cn.gongkai.corpus;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Village names and their aliases from {@code kiosk-config/villages.txt}
 * ({@code 石门村: 石门, 石门子}). A villager's own village shapes what they are shown first.
 */
public final class Villages {
    /** alias (or name) → canonical name, longest alias first for matching inside a sentence. */
    private final Map<String, String> canonical;
    private final List<String> names;

    Villages(Map<String, String> canonical, List<String> names) {
        this.canonical = canonical;
        this.names = List.copyOf(names);
    }

    public static Villages load(ConfigFiles config) {
        ConfigFiles.Source src = config.read("villages.txt");
        return parse(src.location(), src.text());
    }

    static Villages parse(String location, String text) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            String name = parts[0].strip();
            if (name.isEmpty()) {
                throw new UserException(location + " 第 " + (i + 1) + " 行: 缺少村名 (格式: 石门村: 石门, 石门子)");
            }
            names.add(name);
            map.put(name, name);
            if (parts.length > 1) {
                for (String alias : parts[1].split("[,，、]")) {
                    if (!alias.isBlank()) {
                        map.put(alias.strip(), name);
                    }
                }
            }
        }
        // The folk names every village has, listed or not (柳河 and 柳河屯 for 柳河村): people drop 村
        // or say 屯 and 子 for it. Never over a listed alias, which may belong to another village.
        // Bare names before the 屯/子 forms: 石门子 is 石门子村's own name before it is 石门村's folk one.
        for (int form = 0; form < 3; form++) {
            for (String name : names) {
                List<String> folk = folkNames(name);
                if (!folk.isEmpty()) {
                    map.putIfAbsent(folk.get(form), name);
                }
            }
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Villages(ordered, names);
    }

    /** 柳河村 → 柳河, 柳河屯, 柳河子; none when the rest would be one character (王村). */
    static List<String> folkNames(String name) {
        if (!name.endsWith("村") || name.length() < 3) {
            return List.of();
        }
        String base = name.substring(0, name.length() - 1);
        return List.of(base, base + "屯", base + "子");
    }

    /** Every way of naming the village (its name first), for finding it named inside a text. */
    public List<String> namings(String village) {
        List<String> out = new ArrayList<>();
        out.add(village);
        canonical.forEach((alias, name) -> {
            if (name.equals(village) && !alias.equals(village) && alias.length() >= 2) {
                out.add(alias);
            }
        });
        return out;
    }

    public List<String> names() {
        return names;
    }

    /** The canonical name for a name or alias typed by a person. */
    public Optional<String> resolve(String nameOrAlias) {
        return Optional.ofNullable(nameOrAlias == null ? null : canonical.get(nameOrAlias.strip()));
    }

    /** The first village named inside a sentence, with the exact words that named it. */
    public Optional<Mention> findIn(String text) {
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            // Bare aliases of one character would match everywhere; a name must be 2+ chars.
            if (e.getKey().length() >= 2 && text.contains(e.getKey())) {
                return Optional.of(new Mention(e.getValue(), e.getKey()));
            }
        }
        return Optional.empty();
    }

    /**
     * Two villages named as the ends of a way (柳河屯到马家营, 从石门到东岭, 马家营和柳河之间): the question is
     * about what joins them (the road between), not about either village's own affairs.
     */
    public Optional<List<Mention>> routeIn(String text) {
        List<int[]> taken = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            String words = e.getKey();
            for (int at = words.length() < 2 ? -1 : text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
                int start = at;
                if (taken.stream().noneMatch(r -> start < r[1] && r[0] < start + words.length())) {
                    taken.add(new int[] {start, start + words.length(), found.size()});
                    found.add(new Mention(e.getValue(), words));
                }
            }
        }
        taken.sort(Comparator.comparingInt(r -> r[0]));
        for (int i = 0; i + 1 < taken.size(); i++) {
            Mention left = found.get(taken.get(i)[2]);
            Mention right = found.get(taken.get(i + 1)[2]);
            String between = text.substring(taken.get(i)[1], taken.get(i + 1)[0]);
            if (!left.village().equals(right.village()) && JOINS.matcher(between).matches()) {
                return Optional.of(List.of(left, right));
            }
        }
        return Optional.empty();
    }

    /** What stands between the two ends of a way: 到, 至, 通, 去, 和, 跟, 与, with a 村/屯 left of a name. */
    private static final java.util.regex.Pattern JOINS = java.util.regex.Pattern.compile("[村屯子]?(到|至|通|去|往|和|跟|与|同)");

    /** A village named in a text: its canonical name and the words used. */
    public record Mention(String village, String words) {}
}
