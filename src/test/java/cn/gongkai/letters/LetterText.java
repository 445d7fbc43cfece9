package cn.gongkai.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads a generated letter back the way a person would: pdftotext for PDF, POI for DOCX. */
final class LetterText {
    private LetterText() {}

    /** The PDF's text as poppler extracts it, with all white space (line breaks) removed. */
    static String pdf(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "letter", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pdftotext failed: " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
        return squeeze(new String(out, java.nio.charset.StandardCharsets.UTF_8));
    }

    static String docx(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return squeeze(x.getText());
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
