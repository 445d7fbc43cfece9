package cn.gongkai.console;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.DisclosureIds;
import cn.gongkai.corpus.ImportResult;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.IndexBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Disclosures written from the console: one Markdown file with YAML front matter each, in
 * {@code disclosures/} under the home (the contract's canonical format, so {@code index
 * --source disclosures} rebuilds them), checked by the same importer and indexed at once.
 */
public final class DisclosureFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final Home home;
    private final Corpus corpus;
    /** The database's copy, which every other node's index follows. */
    private final cn.gongkai.cluster.SharedContent shared;

    DisclosureFiles(Home home, Corpus corpus, cn.gongkai.cluster.SharedContent shared) {
        this.home = home;
        this.corpus = corpus;
        this.shared = shared;
    }

    Path folder() {
        return home.root().resolve("disclosures");
    }

    /**
     * Writes, re-reads with the importer (so a bad field is refused as {@code index} would),
     * records it in the database (other nodes index it from there), indexes it here.
     */
    Disclosure save(Disclosure d, String actor) {
        // The id came from a form: refused before anything touches the disk, and every path
        // built from it must stay in its folder.
        DisclosureIds.problem(d.id()).ifPresent(p -> {
            throw new UserException("没有保存: 编号 “" + d.id() + "” 不可用，" + p);
        });
        Path dir = folder();
        Path staging = dir.resolve(".staging-" + Sessions.token().substring(0, 10));
        Path file = DisclosureIds.fileIn(staging, d.id(), ".md").orElseThrow(() -> refused(d));
        Path target = DisclosureIds.fileIn(dir, d.id(), ".md").orElseThrow(() -> refused(d));
        try {
            Files.createDirectories(staging);
            String text = markdown(d);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ImportResult checked = new Importer().read(List.of(staging));
            if (!checked.problems().isEmpty() || checked.disclosures().size() != 1) {
                throw new UserException("没有保存: " + (checked.problems().isEmpty() ? "文件无法读取"
                        : checked.problems().get(0).reason()));
            }
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Disclosure saved = new Importer().read(List.of(dir)).disclosures().stream()
                    .filter(x -> x.id().equals(d.id())).findFirst()
                    .orElseThrow(() -> new UserException("保存后无法读回 " + target));
            shared.disclosure(saved.id(), text, actor);
            new IndexBuilder(corpus.indexDir(), cn.gongkai.bodies.Bodies.load(new cn.gongkai.config.ConfigFiles(home)))
                    .build(List.of(saved), false);
            corpus.refresh();
            return saved;
        } catch (IOException e) {
            throw new UserException("无法写入 " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static UserException refused(Disclosure d) {
        return new UserException("没有保存: 编号 “" + d.id() + "” 不能用作文件名");
    }

    /** A disclosure as the contract's Markdown file (front matter and body), as the console saves it. */
    public static String markdown(Disclosure d) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("id", d.id());
        front.put("title", d.title());
        put(front, "doc_no", d.docNo());
        put(front, "index_no", d.indexNo());
        put(front, "agency", d.agency());
        put(front, "body", d.bodyId());
        put(front, "category", d.category());
        put(front, "type", d.type());
        if (d.published() != null) front.put("published", d.published().toString());
        if (d.written() != null) front.put("written", d.written().toString());
        if (d.repealed() != null) front.put("repealed", d.repealed().toString());
        if (!d.villages().isEmpty()) front.put("villages", d.villages());
        put(front, "summary", d.summary());
        try {
            return "---\n" + YAML.writeValueAsString(front) + "---\n" + (d.body() == null ? "" : d.body().strip() + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Map<String, Object> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover staging folder starts with a dot: the importer skips nothing in it, but it is harmless
        }
    }
}
