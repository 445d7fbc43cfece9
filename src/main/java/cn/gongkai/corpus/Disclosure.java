package cn.gongkai.corpus;

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
        String bodyId) {

    public Disclosure {
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    /** A disclosure whose body is left to its agency (bodies.yaml decides at indexing). */
    public Disclosure(String id, String title, String docNo, String indexNo, String agency, String category, String type,
            LocalDate published, LocalDate repealed, List<String> villages, String summary, String body, String source) {
        this(id, title, docNo, indexNo, agency, category, type, published, repealed, villages, summary, body, source, null);
    }

    /** The same disclosure, belonging to {@code owner} (null: to no body). */
    public Disclosure ofBody(String owner) {
        return new Disclosure(id, title, docNo, indexNo, agency, category, type, published, repealed, villages, summary,
                body, source, owner);
    }

    /** In force (现行有效) on the given day: published by then and not yet repealed. */
    public boolean inForceOn(LocalDate day) {
        return (published == null || !published.isAfter(day)) && (repealed == null || repealed.isAfter(day));
    }

    /** The plain-language summary, or else the opening of the body: what every channel shows first. */
    public String summaryOrLead(int maxChars) {
        String s = plain(summary != null && !summary.isBlank() ? summary : body);
        return s.length() <= maxChars ? s : s.substring(0, maxChars) + "…";
    }

    /** Markdown as plain running text: drops the marks a reader or a speech engine would stumble on. */
    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
                .replace("**", "")
                .replace("`", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
