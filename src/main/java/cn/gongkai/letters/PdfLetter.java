package cn.gongkai.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A letter as an A4 PDF with its Chinese font embedded (subset), for printing and sealing. */
final class PdfLetter {
    private PdfLetter() {}

    static byte[] render(List<LetterTemplate.Line> lines, String title) {
        CjkFont.Face face = CjkFont.find();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Official letters (GB/T 9704) use margins of about 37 mm top, 28 mm left: close enough in points.
        Document doc = new Document(PageSize.A4, 79, 74, 90, 80);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("gongkai");
            doc.open();
            BaseFont base = BaseFont.createFont(face.spec(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 14);
            Font heading = new Font(base, 20, Font.BOLD);
            for (LetterTemplate.Line line : lines) {
                Paragraph p = new Paragraph(line.text(), line.align() == LetterTemplate.Align.TITLE ? heading : body);
                p.setLeading(line.align() == LetterTemplate.Align.TITLE ? 32 : 26);
                switch (line.align()) {
                    case TITLE -> {
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(10);
                    }
                    case CENTER -> {
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(12);
                    }
                    case RIGHT -> p.setAlignment(Element.ALIGN_RIGHT);
                    case LEFT -> p.setAlignment(Element.ALIGN_JUSTIFIED);
                }
                doc.add(p);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF letter could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + face.file() + " could not be read", e);
        }
        return out.toByteArray();
    }
}
