package cn.gongkai.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page saved from a government disclosure site. Such pages carry a metadata table
 * (索引号 | 11211381… , 文号 | …, 发布机构 | …, 发布日期 | …) and often {@code <meta>} tags
 * (ArticleTitle, PubDate, ContentSource); the article sits in one content container.
 */
final class HtmlReader {
    /** Label in the metadata table → our field. Several sites, several wordings. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("索引号", "index_no"),
            Map.entry("文号", "doc_no"),
            Map.entry("发文字号", "doc_no"),
            Map.entry("发布机构", "agency"),
            Map.entry("发文机关", "agency"),
            Map.entry("发布日期", "published"),
            Map.entry("成文日期", "published"),
            Map.entry("主题分类", "category"),
            Map.entry("分类", "category"),
            Map.entry("标题", "title"),
            Map.entry("名称", "title"),
            Map.entry("废止日期", "repealed"),
            Map.entry("体裁分类", "type"));

    private static final List<String> CONTENT = List.of(
            ".article-content", "#zoom", ".TRS_Editor", ".content", "article", "#content", "main");

    Disclosure read(String html, String defaultId, String source) throws BadFile {
        Document doc = Jsoup.parse(html);
        Map<String, String> f = new HashMap<>();
        for (Element cell : doc.select("td, th")) {
            String label = cell.text().replaceAll("[\\s:：]", "");
            String field = LABELS.get(label);
            Element value = cell.nextElementSibling();
            if (field != null && value != null && !f.containsKey(field)) {
                f.put(field, value.text());
            }
        }
        meta(doc, "ArticleTitle").ifPresent(v -> f.putIfAbsent("title", v));
        meta(doc, "PubDate").ifPresent(v -> f.putIfAbsent("published", v));
        meta(doc, "ContentSource").ifPresent(v -> f.putIfAbsent("agency", v));
        if (!f.containsKey("title")) {
            Element h1 = doc.selectFirst("h1");
            String t = h1 != null ? h1.text() : doc.title();
            if (!t.isBlank()) {
                f.put("title", t);
            }
        }
        Element body = null;
        for (String css : CONTENT) {
            body = doc.selectFirst(css);
            if (body != null) {
                break;
            }
        }
        String text = body == null ? (doc.body() == null ? "" : doc.body().wholeText()) : paragraphs(body);
        List<String> villages = f.containsKey("villages") ? List.of(f.get("villages").split("[,，、;；]")) : List.of();
        return Fields.build(f, villages, text, defaultId, source);
    }

    /** Keeps paragraph breaks: one line per block element, which reads better aloud. */
    private static String paragraphs(Element body) {
        StringBuilder sb = new StringBuilder();
        var blocks = body.select("p, li, h2, h3, h4");
        if (blocks.isEmpty()) {
            return body.wholeText();
        }
        for (Element p : blocks) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static java.util.Optional<String> meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[name=" + name + "]");
        return m == null || m.attr("content").isBlank() ? java.util.Optional.empty() : java.util.Optional.of(m.attr("content"));
    }
}
