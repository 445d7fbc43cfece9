package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.inquiries.InquiryFilter;
import cn.gongkai.app.Records;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 需求清单 — the seed report's own improvement plan: questions nobody found an answer to (or
 * said the answer did not help), grouped by meaning with counts. Questions mean the same when
 * the search understood the same content words in them; with no words understood, when their
 * text is the same once punctuation and spaces are gone.
 */
public final class DemandPages {
    private final Home home;
    private final Corpus corpus;
    private final Records records;

    DemandPages(Home home, Corpus corpus, Records records) {
        this.home = home;
        this.corpus = corpus;
        this.records = records;
    }

    /** One group of questions that mean the same, and what staff decided about it. */
    public record Group(String key, List<String> terms, int count, int nothingFound, int unhelpful,
            List<String> examples, Set<String> channels, Instant last, String decision, List<Long> inquiryIds,
            SynonymMining.Pair proposal) {}

    public void show(Context ctx) {
        List<Group> groups = groups();
        List<Group> open = groups.stream().filter(g -> g.decision() == null).toList();
        List<Group> done = groups.stream().filter(g -> g.decision() != null).toList();
        Web.render(ctx, "demand.jte", "需求清单", "demand", "open", open, "done", done);
    }

    List<Group> groups() {
        Map<String, String> decisions = new HashMap<>();
        Map<Long, String> decidedKey = new HashMap<>();
        records.database().read(tx -> {
            tx.list("SELECT group_key, action, disclosure_id, detail, actor, at FROM demand_decisions ORDER BY id",
                    rs -> decisions.put(rs.getString("group_key"), rs.getString("action").equals("ANSWERED")
                            ? "已由公开信息 " + rs.getString("disclosure_id") + " 解答（" + rs.getString("actor") + "）"
                            : "已加入同义词表：" + rs.getString("detail") + "（" + rs.getString("actor") + "）"));
            return tx.list("SELECT d.inquiry_id, k.group_key FROM demand_decided d JOIN demand_decisions k ON k.id = d.decision_id",
                    rs -> decidedKey.put(rs.getLong(1), rs.getString(2)));
        });
        Map<String, List<Inquiry>> byKey = new LinkedHashMap<>();
        Map<String, List<String>> termsOf = new HashMap<>();
        Map<String, List<String>> understood = new HashMap<>();
        List<Inquiry> all = records.inquiries().list(InquiryFilter.all());
        Map<Long, SynonymMining.Pair> proposals = SynonymMining.propose(all, text -> understood.computeIfAbsent(text,
                t -> corpus.search().search(SearchRequest.of(t)).terms().stream().distinct().sorted().toList()));
        for (Inquiry q : all) {
            if (!q.nothingFound() && !"UNHELPFUL".equals(q.feedback())) {
                continue;
            }
            List<String> terms = understood.computeIfAbsent(q.text(),
                    t -> corpus.search().search(SearchRequest.of(t)).terms().stream().distinct().sorted().toList());
            String key = decidedKey.getOrDefault(q.id(), terms.isEmpty() ? normalise(q.text()) : String.join(" ", terms));
            if (key.isEmpty()) {
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            termsOf.putIfAbsent(key, decidedKey.containsKey(q.id()) ? List.of(key.split(" ")) : terms);
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((key, qs) -> {
            Set<String> examples = new LinkedHashSet<>();
            Set<String> channels = new LinkedHashSet<>();
            int nothing = 0, unhelpful = 0;
            Instant last = null;
            for (Inquiry q : qs) {
                if (examples.size() < 3) examples.add(q.text());
                channels.add(Labels.channel(q.channel()));
                if (q.nothingFound()) nothing++;
                if ("UNHELPFUL".equals(q.feedback())) unhelpful++;
                if (last == null || q.at().isAfter(last)) last = q.at();
            }
            // The pair most of the group's rephrasings point to.
            Map<SynonymMining.Pair, Integer> votes = new HashMap<>();
            qs.stream().map(q -> proposals.get(q.id())).filter(java.util.Objects::nonNull)
                    .forEach(p -> votes.merge(p, 1, Integer::sum));
            SynonymMining.Pair proposal = votes.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            out.add(new Group(key, termsOf.get(key), qs.size(), nothing, unhelpful, List.copyOf(examples), channels, last,
                    decisions.get(key), qs.stream().map(Inquiry::id).toList(), proposal));
        });
        out.sort(Comparator.comparing(Group::count).reversed().thenComparing(Group::last, Comparator.reverseOrder()));
        return out;
    }

    /** Marks a group answered by a published disclosure (which must exist). */
    public void answered(Context ctx) {
        try {
            String key = RequestPages.required(ctx, "key", "问题组");
            String id = RequestPages.required(ctx, "disclosure_id", "解答它的公开信息编号");
            RequestPages.require(corpus.get(id).isPresent(), "没有编号为 " + id + " 的公开信息；请先在“公开信息”里发布");
            decide(ctx, key, covered(key), "ANSWERED", id, null);
            Web.done(ctx, "已标记为由 " + id + " 解答", "/staff/demand");
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/demand");
        }
    }

    /**
     * Adds "people's word, official word" to the home's added-synonyms file (merged with
     * synonyms.txt on load; kiosk-config's own files are never rewritten at run time) and
     * searches with it at once, so the next villager who asks that way finds the document.
     */
    public void synonym(Context ctx) {
        try {
            String key = RequestPages.required(ctx, "key", "问题组");
            List<Long> covered = covered(key);
            String people = term(RequestPages.required(ctx, "people", "群众的说法"));
            String official = term(RequestPages.required(ctx, "official", "文件里的说法"));
            RequestPages.require(!people.equals(official), "两个说法相同，不用加");
            Path file = home.addedSynonyms();
            String line = people + ", " + official;
            try {
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.writeString(file, "# 工作台“需求清单”里加入的同义词，和 synonyms.txt 一起生效；可以改，也可以删行。\n",
                            StandardCharsets.UTF_8);
                }
                String existing = Files.readString(file, StandardCharsets.UTF_8);
                String add = (existing.endsWith("\n") || existing.isEmpty() ? "" : "\n")
                        + "# 需求清单 " + LocalDate.now(records.clock()) + " " + Web.actor(ctx) + "\n" + line + "\n";
                Files.writeString(file, add, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UserException("无法写入 " + file + ": " + e.getMessage());
            }
            // The database's copy is what a node on another machine searches with.
            var shared = new cn.gongkai.cluster.SharedContent(records.database(), records.clock());
            shared.synonym(line, Web.actor(ctx));
            corpus.sharedSynonyms(shared.synonyms());
            decide(ctx, key, covered, "SYNONYM", null, line);
            Web.done(ctx, "已把“" + line + "”加入同义词表，检索已生效", "/staff/demand");
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/demand");
        }
    }

    /** The questions of an open group, fixed before a new synonym changes how they are understood. */
    private List<Long> covered(String key) {
        return groups().stream().filter(g -> g.key().equals(key) && g.decision() == null)
                .findFirst().map(Group::inquiryIds).orElseThrow(() -> new UserException("这组问题已经处理过了"));
    }

    private void decide(Context ctx, String key, List<Long> covered, String action, String disclosureId, String detail) {
        String actor = Web.actor(ctx);
        Instant now = records.clock().instant();
        records.database().write(tx -> {
            long decision = tx.insert("INSERT INTO demand_decisions (group_key, action, disclosure_id, detail, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
                    key, action, disclosureId, detail, actor, now);
            for (long id : covered) {
                tx.update("INSERT INTO demand_decided (inquiry_id, decision_id) VALUES (?, ?) ON CONFLICT (inquiry_id) DO UPDATE SET decision_id = excluded.decision_id", id, decision);
            }
            AuditLog.record(tx, now, actor, "DEMAND_" + action, key + (disclosureId != null ? " -> " + disclosureId : " -> " + detail));
            return null;
        });
    }

    private static String term(String t) {
        String s = t.strip();
        RequestPages.require(s.length() <= 30 && !s.matches(".*[,，、#\\r\\n].*"),
                "一个说法里不能有逗号、顿号、# 或换行，最多 30 个字: " + t);
        return s;
    }

    /** Text without punctuation, spaces and case: "低保 怎么办？" and "低保怎么办" are one question. */
    static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase();
    }
}
