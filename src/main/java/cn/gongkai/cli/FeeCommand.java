package cn.gongkai.cli;

import cn.gongkai.requests.CalendarFile;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.Fees;
import cn.gongkai.requests.Rules;

import cn.gongkai.config.ConfigFiles;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code requests fee}: the 国办函〔2020〕109号 calculator, per item or per page, never both. */
@Command(name = "fee", mixinStandardHelpOptions = true, description = "计算信息处理费 (国办函〔2020〕109号)")
class FeeCommand extends StaffCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Basis basis;

    static class Basis {
        @Option(names = "--items", required = true, description = "按件计收: 本申请的件数") Integer items;
        @Option(names = "--pages", required = true, description = "按量计收: 页数") Integer pages;
    }

    @Option(names = "--earlier-this-month", defaultValue = "0", description = "同一申请人本自然月此前已申请的件数")
    int earlier;

    @Option(names = "--notified", paramLabel = "YYYY-MM-DD", description = "收费通知日期: 算出缴费截止日")
    String notified;

    @Override
    public void run() {
        Rules.require((basis.items == null || basis.items >= 0) && (basis.pages == null || basis.pages >= 0)
                && earlier >= 0, "件数、页数不能是负数");
        if (basis.items != null) {
            long fee = Fees.perItem(earlier, basis.items);
            out().println(text("out.fee_items", "from", earlier + 1, "to", earlier + basis.items, "fee", fee));
        } else {
            out().println(text("out.fee_pages", "pages", basis.pages, "fee", Fees.perPage(basis.pages)));
        }
        if (notified != null) {
            // The applicant has 20 working days from the day after the notice to pay, or the
            // request ends as OTHER_FEE_UNPAID.
            Deadlines d = new Deadlines(CalendarFile.load(new ConfigFiles(home.home())));
            Deadlines.Due due = d.addWorkingDays(date("--notified", notified), 20, List.of());
            out().println(text(due.estimated() ? "out.fee_due_estimated" : "out.fee_due", "date", due.date()));
        }
    }
}
