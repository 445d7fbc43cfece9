package cn.gongkai.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads disclosure files from folders: Markdown (canonical), saved HTML pages, CSV catalogues.
 * A file that cannot be read is reported with its path and the reason, and the rest import.
 */
public final class Importer {
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Where the bundled sample lives inside the jar (and under target/classes in a build). */
    static final String SAMPLE_RESOURCE = "/sample/disclosures";

    private final MarkdownReader markdown = new MarkdownReader();
    private final HtmlReader html = new HtmlReader();
    private final CsvReader csv = new CsvReader();
    private final AttachmentText attachmentText = new AttachmentText();

    /** Imports every file under each folder; later files with the same id replace earlier ones. */
    public ImportResult read(List<Path> folders) {
        Map<String, Disclosure> byId = new LinkedHashMap<>();
        List<ImportResult.Problem> problems = new ArrayList<>();
        List<ImportResult.Problem> passedOver = new ArrayList<>();
        Map<String, String> pagesSeen = new HashMap<>();
        Map<Path, Path> unsupported = new LinkedHashMap<>();
        java.util.Set<Path> attached = new java.util.HashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                problems.add(new ImportResult.Problem(folder.toString(), "不是一个可读的文件夹"));
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(new ImportResult.Problem(folder.toString(), "无法列出文件: " + e.getMessage()));
                continue;
            }
            for (Path file : files) {
                readFile(folder, file, byId, problems, passedOver, pagesSeen, unsupported, attached);
            }
        }
        // Known only once every page was read: an attachment imported with its page is no error.
        for (var u : unsupported.entrySet()) {
            Path file = u.getKey();
            if (attached.contains(file.toAbsolutePath().normalize())) {
                passedOver.add(new ImportResult.Problem(file.toString(), "附件, 已随其页面导入"));
            } else if (SitePaths.nested(u.getValue(), file)) {
                passedOver.add(new ImportResult.Problem(file.toString(), "附件, 没有页面链接到它, 略过"));
            } else {
                problems.add(new ImportResult.Problem(file.toString(), "不支持的文件类型 (只导入 .md .html .csv)"));
            }
        }
        return new ImportResult(List.copyOf(byId.values()), problems, passedOver);
    }

    /** The sample disclosures that ship inside the jar. */
    public ImportResult readSample() {
        return read(List.of(sampleFolder()));
    }

    private void readFile(Path folder, Path file, Map<String, Disclosure> byId, List<ImportResult.Problem> problems,
            List<ImportResult.Problem> passedOver, Map<String, String> pagesSeen, Map<Path, Path> unsupported, java.util.Set<Path> attached) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return;
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String where = file.toString();
        List<Disclosure> found = new ArrayList<>();
        try {
            switch (ext) {
                case "md", "markdown" -> found.add(markdown.read(text(file), stem, where));
                case "html", "htm", "shtml", "xhtml" -> {
                    Disclosure page = html.page(PageCharset.decode(bytes(file)), SitePaths.id(folder, file), where, a ->
                            AttachmentText.fileFor(folder, file, a.href()).flatMap(f -> {
                                attached.add(f);
                                try {
                                    return java.util.Optional.of(attachmentText.read(f));
                                } catch (BadFile e) {
                                    problems.add(new ImportResult.Problem(f.toString(), e.getMessage() + " (页面已导入)"));
                                    return java.util.Optional.empty();
                                }
                            })).disclosure();
                    // A mirrored site reaches one article by several paths (channel copies, ?page= names).
                    String same = pagesSeen.putIfAbsent(page.title() + "\n" + page.published() + "\n" + page.body(), where);
                    if (same != null) {
                        passedOver.add(new ImportResult.Problem(where, "与 " + same + " 是同一篇, 只导入一次"));
                    } else {
                        found.add(page);
                    }
                }
                case "csv" -> csv.read(text(file), where, found, problems);
                default -> {
                    if (SitePaths.isAsset(ext)) {
                        passedOver.add(new ImportResult.Problem(where, "不是公开信息页面, 略过"));
                    } else if (SitePaths.nested(folder, file) && !HtmlReader.isAttachment(name)) {
                        passedOver.add(new ImportResult.Problem(where, "不是公开信息页面, 略过"));
                    } else {
                        unsupported.put(file, folder);
                    }
                }
            }
        } catch (HtmlReader.NotArticle e) {
            passedOver.add(new ImportResult.Problem(where, e.getMessage()));
        } catch (BadFile e) {
            problems.add(new ImportResult.Problem(where, e.getMessage()));
        }
        for (Disclosure d : found) {
            // An id ends up in file names (console, pickup codes): one that breaks the rule is refused here, for every format.
            Optional<String> badId = DisclosureIds.problem(d.id());
            if (badId.isPresent()) {
                problems.add(new ImportResult.Problem(where, "编号 “" + d.id() + "” 不可用: " + badId.get() + "，这一条没有导入"));
                continue;
            }
            Disclosure earlier = byId.put(d.id(), d);
            if (earlier != null) {
                problems.add(new ImportResult.Problem(d.source(), "编号 " + d.id() + " 与 " + earlier.source() + " 重复, 保留 " + d.source()));
            }
        }
    }

    /** Reads a file as strict UTF-8 text: binary, huge or mis-encoded files are refused by name. */
    static String text(Path file) throws BadFile {
        byte[] bytes = bytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFile("不是 UTF-8 编码的文本, 请另存为 UTF-8");
        }
    }

    /** A text file's bytes: huge or binary files are refused by name. */
    static byte[] bytes(Path file) throws BadFile {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadFile("文件太大 (超过 5 MB)");
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new BadFile("不是文本文件 (含二进制内容)");
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new BadFile("无法读取: " + e.getMessage());
        }
    }

    static Path sampleFolder() {
        URL url = Importer.class.getResource(SAMPLE_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("sample disclosures missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(SAMPLE_RESOURCE);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled sample", e);
        }
    }
}
