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
        List<Map.Entry<String, String>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Villages(ordered, names);
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

    /** A village named in a text: its canonical name and the words used. */
    public record Mention(String village, String words) {}
}
