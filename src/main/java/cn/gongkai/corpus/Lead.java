package cn.gongkai.corpus;

import cn.gongkai.markdown.Block;
import cn.gongkai.markdown.Markdown;
import java.util.regex.Pattern;

/**
 * The 摘录 of a page that has no plain-language summary: its first sentences that say something.
 * Real disclosures open with a salutation (各乡镇人民政府，区直各单位：), a legal basis
 * (根据《…条例》规定，) and a formula (现将有关事项通知如下：); a person asking by text message
 * needs none of them. Headings, tables, metadata lines and attachment lists are passed over too.
 */
final class Lead {
    /** About two SMS lines; a lead is an opening, not a summary. */
    static final int MAX_CHARS = 90;
    private static final int ENOUGH = 36;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；])");
    private static final Pattern SALUTATION = Pattern.compile("^[^。！？；]{1,80}[：:]$");
    private static final Pattern FORMULA = Pattern.compile("(通知|公示|公告|通报|报告|说明|答复|明确|规定|安排|公布|解读)如下|如下[：:]|现予(公示|公告|公布|印发)"
            + "|现将.{0,40}(印发|转发)给你们|请认真(贯彻|遵照|组织)|特此(通知|公告|公示)|^(请|望)?遵照执行|^此复");
    private static final Pattern LEGAL_BASIS = Pattern.compile(
            "^(根据|依据|依照|按照|遵照|为(了)?(认真|深入|全面|进一步)?(贯彻|落实|执行))[^。；]{0,80}(《|规定|要求|精神|部署)");
    /** A sentence that only names its legal basis (本报告根据《…》编制。): what remains without the title is short. */
    private static final Pattern CITES = Pattern.compile("(根据|依据|依照|按照|遵照)《");
    private static final Pattern NOT_PROSE = Pattern.compile("^(附件|【附件】|抄送|联系人|联系电话|电话|地址|邮编|监督电话)");
    private static final Pattern DATE_OR_NAME = Pattern.compile("^[^，。；！？,]{0,30}$");

    private Lead() {}

    /** The lead of a Markdown body, or "" when nothing in it reads as a sentence. */
    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        StringBuilder lead = new StringBuilder();
        for (Block b : Markdown.blocks(body.length() > 20_000 ? body.substring(0, 20_000) : body)) {
            if (!(b instanceof Block.Paragraph || b instanceof Block.Item)) {
                continue;
            }
            String text = b.text().strip();
            if (SALUTATION.matcher(text).matches() || NOT_PROSE.matcher(text).find() || !PageLabels.inline(text).isEmpty()
                    || DATE_OR_NAME.matcher(text).matches()) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                String s = sentence.strip();
                if (s.length() < 6 || FORMULA.matcher(s).find() || LEGAL_BASIS.matcher(s).find()
                        || SALUTATION.matcher(s).matches() || onlyCites(s)) {
                    continue;
                }
                if (lead.length() > 0 && lead.length() + s.length() > MAX_CHARS) {
                    return lead.toString();
                }
                lead.append(s);
                if (lead.length() >= ENOUGH) {
                    return cut(lead.toString());
                }
            }
        }
        return cut(lead.toString());
    }

    private static boolean onlyCites(String s) {
        return CITES.matcher(s).find() && s.replaceAll("《[^》]*》", "").length() < 20;
    }

    /** A first sentence longer than the limit ends at a comma before it, with "…". */
    private static String cut(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int comma = Math.max(s.lastIndexOf('，', MAX_CHARS - 1), s.lastIndexOf('；', MAX_CHARS - 1));
        return (comma > MAX_CHARS / 2 ? s.substring(0, comma) : s.substring(0, MAX_CHARS - 1)) + "…";
    }
}
