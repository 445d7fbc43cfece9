package cn.gongkai.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of an attachment saved beside its page (a PDF policy, a DOCX 名单, an XLSX 财务公开
 * table), read with Apache Tika so that it is indexed with the page. Only files inside the
 * source folder are read: a link never leads the importer elsewhere on the disk.
 */
final class AttachmentText {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_CHARS = 100_000;
    private final AutoDetectParser parser = new AutoDetectParser();

    /** The file a page's link names, when it was saved beside the page inside {@code root}. */
    static Optional<Path> fileFor(Path root, Path page, String href) {
        if (href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || href.startsWith("/")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(href.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path base = root.toAbsolutePath().normalize();
        Path file = page.toAbsolutePath().getParent().resolve(path).normalize();
        return file.startsWith(base) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The attachment's text, or a reason it could not be read (a damaged or locked file). */
    String read(Path file) throws BadFile {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadFile("附件 " + file.getFileName() + " 太大 (超过 20 MB), 未读取其内容");
            }
            BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, handler, new Metadata(), new ParseContext());
            } catch (SAXException e) {
                // A long attachment is cut at the limit: the start is what people search for.
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw new BadFile("附件 " + file.getFileName() + " 无法读取: " + e.getMessage());
                }
            }
            return handler.toString().replaceAll("[ \\t\\u00a0\\u3000]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        } catch (IOException | TikaException e) {
            throw new BadFile("附件 " + file.getFileName() + " 无法读取: " + e.getMessage());
        }
    }
}
