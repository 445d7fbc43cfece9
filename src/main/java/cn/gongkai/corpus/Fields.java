package cn.gongkai.corpus;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the fields read from any format (front matter, an HTML metadata table, a CSV row) into
 * a {@link Disclosure}, applying the same rules to all three.
 */
final class Fields {
    /** Ids become file names and keys: letters, digits, '-', '_', '.'; never a path. */
    private static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]{0,99}");
    static final int MAX_BODY_CHARS = 200_000;

    private Fields() {}

    static Disclosure build(Map<String, String> f, List<String> villages, String body, String defaultId, String source)
            throws BadFile {
        String id = clean(f.getOrDefault("id", defaultId));
        if (id == null || !SAFE_ID.matcher(id).matches() || id.contains("..")) {
            throw new BadFile("编号 (id) 不合规: 只能用字母、数字、汉字和 - _ . , 不能含路径");
        }
        String title = clean(f.get("title"));
        if (title == null) {
            throw new BadFile("缺少标题 (title)");
        }
        if (title.length() > 300) {
            throw new BadFile("标题太长 (超过 300 字)");
        }
        String cleanBody = Text.inert(body == null ? "" : body).strip();
        if (cleanBody.length() > MAX_BODY_CHARS) {
            throw new BadFile("正文太长 (超过 " + MAX_BODY_CHARS + " 字)");
        }
        List<String> cleanVillages = new ArrayList<>();
        for (String v : villages) {
            String c = clean(v);
            if (c != null) {
                cleanVillages.add(c);
            }
        }
        LocalDate published = date(f.get("published"), "published");
        LocalDate repealed = date(f.get("repealed"), "repealed");
        // 成文日期: kept as its own field; it never orders results (发布日期 does).
        LocalDate written = date(f.get("written"), "written");
        if (published != null && repealed != null && repealed.isBefore(published)) {
            throw new BadFile("废止日期 (repealed) 早于发布日期 (published)");
        }
        return new Disclosure(
                id,
                title,
                clean(f.get("doc_no")),
                clean(f.get("index_no")),
                clean(f.get("agency")),
                clean(f.get("category")),
                clean(f.get("type")),
                published,
                repealed,
                cleanVillages,
                clean(f.get("summary")),
                cleanBody,
                source,
                written,
                null,
                clean(f.get("body_id")));
    }

    /** Accepts 2025-10-09, 2025/10/09, 2025.10.09 and 2025年10月9日. */
    static LocalDate date(String raw, String field) throws BadFile {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        String iso = s.replaceAll("[年月/.]", "-").replace("日", "").strip();
        String[] p = iso.split("-");
        try {
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()),
                        Integer.parseInt(p[2].strip().substring(0, Math.min(2, p[2].strip().length()))));
            }
            return LocalDate.parse(s);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new BadFile("日期 " + field + " 无法识别: " + s + "，格式应为 YYYY-MM-DD，如 2025-10-09");
        }
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Text.inert(s).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
