package cn.gongkai.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A letter as DOCX, for staff who edit it in WPS or Word before printing. */
final class DocxLetter {
    private DocxLetter() {}

    static byte[] render(List<LetterTemplate.Line> lines, String title) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (LetterTemplate.Line line : lines) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(line.text());
                // 仿宋 is what official letters use; WPS and Word substitute when it is missing.
                run.setFontFamily(line.align() == LetterTemplate.Align.TITLE ? "宋体" : "仿宋");
                run.setFontSize(line.align() == LetterTemplate.Align.TITLE ? 22 : 16);
                run.setBold(line.align() == LetterTemplate.Align.TITLE);
                p.setAlignment(switch (line.align()) {
                    case TITLE, CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                    case LEFT -> ParagraphAlignment.BOTH;
                });
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
