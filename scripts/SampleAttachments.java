import java.io.*;
import java.nio.file.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.fontbox.ttf.*;
import org.apache.poi.xssf.usermodel.*;
import org.apache.poi.xwpf.usermodel.*;

/** Writes the SAMPLE attachments (XLSX, DOCX, PDF) beside the saved-site fixtures. Run after sample-pages.py:
 * java -cp "$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" scripts/SampleAttachments.java src/test/resources/pages/site */
public class SampleAttachments {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        // XLSX: 名单 table
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("zwgk/gsgg/202503/P020250303_1.xlsx"))) {
            var sh = wb.createSheet("名单（示例）");
            String[][] rows = {{"序号", "镇", "村", "户主姓名", "改造方式"}, {"1", "青禾镇", "柳河村", "王某某", "维修加固"},
                    {"2", "石门镇", "石门村", "李某某", "原址重建"}, {"3", "青禾镇", "西坡村", "韩某某", "维修加固"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        // DOCX: the policy itself
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("xxgk/tzgg/202503/P020250324_1.docx"))) {
            for (String p : new String[] {"青禾区城乡居民医疗救助办法（示例）", "第一条 为完善医疗救助制度，减轻困难群众医疗费用负担，制定本办法。",
                    "第二条 救助对象为特困人员、低保对象和返贫致贫人口。", "第三条 年度救助限额为每人三万元。"}) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        // PDF: the measure as a scanned-free text PDF with an embedded CJK font
        try (PDDocument pdf = new PDDocument()) {
            TrueTypeCollection ttc = new TrueTypeCollection(new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(60, 700);
                for (String line : new String[] {"青禾区临时救助实施办法（示例）", "第四条 急难型临时救助可先行救助，事后补充说明情况。", "第五条 支出型临时救助标准为当地低保标准的三至六倍。"}) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -20);
                }
                cs.endText();
            }
            pdf.save(dir.resolve("col/col12/art/202503/P020250304_1.pdf").toFile());
        }
    }
}
