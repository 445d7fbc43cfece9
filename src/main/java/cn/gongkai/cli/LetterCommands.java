package cn.gongkai.cli;

import cn.gongkai.app.Records;
import cn.gongkai.requests.FeeNotice;
import cn.gongkai.requests.Fees;

import cn.gongkai.config.UserException;
import cn.gongkai.letters.DeliveryMethod;
import cn.gongkai.letters.LetterFormat;
import cn.gongkai.letters.LetterKind;
import cn.gongkai.letters.Letters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The letters of a request from the shell: print one, record its delivery, record a fee notice. */
final class LetterCommands {
    private LetterCommands() {}

    @Command(name = "letter", mixinStandardHelpOptions = true,
            description = "出具文书（回执、告知书、答复书），PDF 供打印盖章，DOCX 供修改；再次打印编号不变")
    static class Print extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--kind", required = true, description = "receipt, correction, extension, later, consultation, fee, reply") String kind;
        @Option(names = "--format", defaultValue = "pdf", description = "pdf 或 docx") String format;
        @Option(names = "--out", paramLabel = "FILE", description = "写到哪个文件（默认当前目录 request-ID-KIND.pdf；- 为标准输出）") String out;

        @Override
        public void run() {
            Letters.Printed p = new Letters(records()).print(id, LetterKind.parse(kind), LetterFormat.parse(format), actor);
            if ("-".equals(out)) {
                try {
                    System.out.write(p.bytes());
                    System.out.flush();
                } catch (IOException e) {
                    throw new UserException("无法写到标准输出: " + e.getMessage(), e);
                }
                return;
            }
            Path file = Path.of(out == null ? p.fileName() : out);
            try {
                Files.write(file, p.bytes());
            } catch (IOException e) {
                throw new UserException("无法写入 " + file + ": " + e.getMessage(), e);
            }
            out().println(p.letter().numberText() + "\t" + file);
            out().flush();
        }
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true, description = "记录文书的送达方式和日期")
    static class Deliver extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--kind", required = true, description = "receipt, correction, extension, later, consultation, fee, reply") String kind;
        @Option(names = "--via", required = true, description = "IN_PERSON（当面）, MAIL（邮寄）, SMS（短信）, EMAIL（电子邮件）") String via;
        @Option(names = "--tracking", description = "邮件单号（邮寄时必填）") String tracking;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "送达日期（默认今天）") String date;

        @Override
        public void run() {
            Records r = records();
            new Letters(r).deliver(id, LetterKind.parse(kind), DeliveryMethod.parse(via), tracking,
                    date == null ? r.requests().today() : date("--date", date), actor);
        }
    }

    @Command(name = "fee-notice", mixinStandardHelpOptions = true,
            description = "记录收费通知（国办函〔2020〕109号）：按件或按页，本月此前件数从登记中统计")
    static class FeeNoticeCommand extends StaffCommand {
        @Parameters(paramLabel = "ID") long id;
        @ArgGroup(exclusive = true, multiplicity = "1") Basis basis;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "通知日期（默认今天）") String date;

        static class Basis {
            @Option(names = "--items", required = true, description = "按件计收：本申请的件数") Integer items;
            @Option(names = "--pages", required = true, description = "按量计收：页数（只限申请纸质件或复制件）") Integer pages;
        }

        @Override
        public void run() {
            Records r = records();
            FeeNotice n = r.feeNotices().notify(id, basis.items != null ? Fees.Basis.PER_ITEM : Fees.Basis.PER_PAGE,
                    basis.items != null ? basis.items : basis.pages,
                    date == null ? r.requests().today() : date("--date", date), actor);
            out().println(text("out.fee_notice", "amount", n.amount(), "due", n.payBy()));
        }
    }
}
