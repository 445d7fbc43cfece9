package cn.gongkai.corpus;

import cn.gongkai.markdown.Markdown;
import java.time.LocalDate;
import java.util.List;

/**
 * One published disclosure (政府信息), as imported from a file and as stored in the index.
 *
 * @param id stable key: re-importing a file with the same id replaces, never duplicates
 * @param type 通知|公告|公示|规章|规范性文件|政策解读|办事指南|其他
 * @param repealed 废止日期, or null while in force
 * @param villages 村级 scope; empty means the whole district
 * @param summary plain-language explanation (通俗解读), or null
 * @param source the file it came from, for error messages and the console's edit form
 * @param written 成文日期 (the day the document was signed), or null; {@code published} (发布日期) orders results
 * @param lead 摘录: when there is no summary, the body's first meaningful sentences (not a salutation, a
 *     legal-basis sentence, metadata or a table), derived once and stored with the record; "" when the body
 *     has none; null when there is a summary
 * @param bodyId the disclosing body (公开主体) it belongs to: as the front matter names it when
 *     read, as bodies.yaml resolved it once indexed; null for a document of no body
 */
public record Disclosure(
        String id,
        String title,
        String docNo,
        String indexNo,
        String agency,
        String category,
        String type,
        LocalDate published,
        LocalDate repealed,
        List<String> villages,
        String summary,
        String body,
        String source,
        LocalDate written,
        String lead,
        String bodyId) {

    public Disclosure {
        villages = villages == null ? List.of() : List.copyOf(villages);
        if (summary != null && !summary.isBlank()) {
            lead = null;
        } else if (lead == null) {
            lead = Lead.of(body);
        }
    }

    /** A disclosure without a 成文日期; its lead is derived. */
    public Disclosure(String id, String title, String docNo, String indexNo, String agency, String category, String type,
            LocalDate published, LocalDate repealed, List<String> villages, String summary, String body, String source) {
        this(id, title, docNo, indexNo, agency, category, type, published, repealed, villages, summary, body, source,
                null, null, null);
    }

    /** Whether a plain-language summary (通俗解读) was written; otherwise channels show the {@link #lead} as an excerpt (摘录). */
    public boolean hasSummary() {
        return summary != null && !summary.isBlank();
    }

    /** The same disclosure with another summary (the console's edit form); the lead follows. */
    public Disclosure withSummaryAndVillages(String newSummary, List<String> newVillages) {
        return new Disclosure(id, title, docNo, indexNo, agency, category, type, published, repealed, newVillages,
                newSummary, body, source, written, null, bodyId);
    }

    /** The same disclosure, belonging to {@code owner} (null: to no body). */
    public Disclosure ofBody(String owner) {
        return new Disclosure(id, title, docNo, indexNo, agency, category, type, published, repealed, villages, summary,
                body, source, written, lead, owner);
    }

    /** In force (现行有效) on the given day: published by then and not yet repealed. */
    public boolean inForceOn(LocalDate day) {
        return (published == null || !published.isAfter(day)) && (repealed == null || repealed.isAfter(day));
    }

    /** The plain-language summary, else the lead, else the opening of the body: what every channel shows first. */
    public String summaryOrLead(int maxChars) {
        String s = plain(firstMarkdown() != null ? firstMarkdown() : body);
        return s.length() <= maxChars ? s : s.substring(0, maxChars) + "…";
    }

    /**
     * The Markdown a channel shows first: the summary, else the lead; null when there is neither
     * (a page that is a formula and a table: channels then show the table's first rows, never the
     * salutation or the legal-basis sentence).
     */
    public String firstMarkdown() {
        if (hasSummary()) {
            return summary;
        }
        return lead != null && !lead.isBlank() ? lead : null;
    }

    /** Markdown as plain running text: marks gone, a table as "row column value" runs. */
    public static String plain(String markdown) {
        return markdown == null ? "" : Markdown.plain(markdown);
    }
}
