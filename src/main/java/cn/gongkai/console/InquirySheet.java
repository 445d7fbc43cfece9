package cn.gongkai.console;

import cn.gongkai.inquiries.Inquiry;
import cn.gongkai.requests.Phones;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 咨询记录 as an Excel workbook (.xlsx), the rows the page's filter selects. Numbers are masked
 * unless an admin asked for them in full (and that is audited by the caller). Every value is
 * written as text, so a question starting with {@code =} stays a question, never a formula.
 */
final class InquirySheet {
    static final List<String> HEADERS = List.of("编号", "时间", "渠道", "村", "问题", "查询结果", "反馈", "号码");

    private InquirySheet() {}

    static byte[] xlsx(List<Inquiry> rows, boolean fullPhones) {
        // Streaming: a year of a busy hall's questions is written a window of rows at a time.
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("咨询记录");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Inquiry q : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(q.id());
                text(row, 1, Labels.time(q.at()));
                text(row, 2, Labels.channel(q.channel()));
                text(row, 3, q.village());
                text(row, 4, q.text());
                text(row, 5, q.nothingFound() ? "没查到" : String.join(" ", q.resultIds()));
                text(row, 6, q.feedback() == null ? "" : "HELPFUL".equals(q.feedback()) ? "有用" : "没用");
                text(row, 7, q.senderPhone() == null ? "" : fullPhones ? q.senderPhone() : Phones.mask(q.senderPhone()));
            }
            // Widths in characters; a Chinese character takes about two.
            int[] widths = {8, 18, 10, 12, 60, 30, 8, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }
}
