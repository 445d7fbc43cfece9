package cn.gongkai.corpus;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.UserException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of equivalent terms from {@code kiosk-config/synonyms.txt}, one group a line
 * ({@code 农保, 城乡居民基本养老保险}). Villagers ask in their words (农保, 合疗, 低保); documents
 * are written in the government's; a group makes either find the other.
 */
public final class Synonyms {
    private final Map<String, Set<String>> groupOf;
    /** Every known term, longest first, so the longest match in a query wins. */
    private final List<String> termsLongestFirst;
    /** Terms of the district's own list (synonyms.txt), as against the shipped dialect lexicon. */
    private final Set<String> district;

    Synonyms(List<List<String>> groups) {
        this(groups, groups.size());
    }

    /** The first {@code districtGroups} groups are the district's own. */
    Synonyms(List<List<String>> groups, int districtGroups) {
        Set<String> own = new java.util.HashSet<>();
        for (List<String> g : groups.subList(0, districtGroups)) {
            own.addAll(g);
        }
        this.district = Set.copyOf(own);
        Map<String, Set<String>> map = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            for (String term : g) {
                Set<String> group = map.computeIfAbsent(term, k -> new LinkedHashSet<>());
                // A dialect line reads one way: the spoken word means the documents' words, but a
                // documents' word does not bring every spoken word of the lexicon (高龄津贴 would
                // search for thirty ways of saying it, none of which a notice uses).
                // Nor do the documents' words of one line mean each other: together they say what
                // the spoken word means (过年钱 → 春节 and 困难群众), each alone is no other (春节 is
                // not 困难群众; a question about a Spring Festival payment is not one about winter relief).
                if (i < districtGroups || term.equals(g.get(0))) {
                    group.addAll(g);
                } else {
                    group.add(term);
                }
            }
        }
        // A dialect line names the spoken word first and the documents' words after it: the spoken
        // word also reaches the district's group of each of those (修道 → 修路 → 道路硬化, 村道修缮),
        // so the lexicon need not repeat what synonyms.txt says. One step, from the spoken word only:
        // chaining every word through every group would make each word mean everything.
        Map<String, Set<String>> districtOf = new HashMap<>();
        for (List<String> g : groups.subList(0, districtGroups)) {
            for (String term : g) {
                districtOf.computeIfAbsent(term, k -> new LinkedHashSet<>()).addAll(g);
            }
        }
        for (List<String> g : groups.subList(districtGroups, groups.size())) {
            Set<String> spoken = map.get(g.get(0));
            for (String official : g.subList(1, g.size())) {
                spoken.addAll(districtOf.getOrDefault(official, Set.of()));
            }
        }
        this.groupOf = map;
        this.termsLongestFirst = new ArrayList<>(map.keySet());
        termsLongestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t));
    }

    /**
     * The district's own synonyms.txt together with dialect.txt, the shipped lexicon of Northeast
     * rural speech: kept apart so a district's edits never mix with the general list, and both
     * can be edited.
     */
    public static Synonyms load(ConfigFiles config) {
        return load(config, List.of());
    }

    /**
     * As {@link #load(ConfigFiles)}, plus {@code sharedLines}: synonyms staff added through any
     * node of a cluster, as the database holds them (a node on another machine has no file of them).
     */
    public static Synonyms load(ConfigFiles config, List<String> sharedLines) {
        ConfigFiles.Source src = config.read("synonyms.txt");
        ConfigFiles.Source dialect = config.read("dialect.txt");
        List<List<String>> groups = new ArrayList<>(groups(src.location(), src.text()));
        // Staff-approved additions (需求清单, the home's overlay) are the district's own words too.
        java.nio.file.Path added = config.home().addedSynonyms();
        if (java.nio.file.Files.isRegularFile(added)) {
            try {
                groups.addAll(groups(added.toString(), java.nio.file.Files.readString(added)));
            } catch (java.io.IOException e) {
                throw new UserException("无法读取 " + added + ": " + e.getMessage(), e);
            }
        }
        if (!sharedLines.isEmpty()) {
            groups.addAll(groups("database", String.join("\n", sharedLines)));
        }
        int own = groups.size();
        groups.addAll(groups(dialect.location(), dialect.text()));
        return new Synonyms(groups, own);
    }

    static Synonyms parse(String location, String text) {
        return new Synonyms(groups(location, text));
    }

    private static List<List<String>> groups(String location, String text) {
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String t : line.split("[,，、]")) {
                String term = Text.query(t, 40).toLowerCase();
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
            if (terms.size() < 2) {
                throw new UserException(location + " 第 " + (i + 1) + " 行: 一组同义词至少要有两个词, 用逗号隔开");
            }
            groups.add(terms);
        }
        return groups;
    }

    /** The term's group (itself included), or just itself. */
    public Set<String> expand(String term) {
        return groupOf.getOrDefault(term, Set.of(term));
    }

    /** In the district's own synonyms.txt (not only in the shipped dialect lexicon). */
    public boolean districtTerm(String term) {
        return district.contains(term);
    }

    public boolean knows(String term) {
        return groupOf.containsKey(term);
    }

    /** Known terms longest first: the query planner looks for these inside a question. */
    public List<String> termsLongestFirst() {
        return termsLongestFirst;
    }
}
