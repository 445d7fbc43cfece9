package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page saved from a government disclosure site, as published: a metadata block (索引号, 文号,
 * 发布机构, 成文日期, 发布日期…, labels padded and worded differently by each CMS), the article
 * among navigation, breadcrumbs and footers, and often attachments beside it.
 */
final class HtmlReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern SITE_NAME = Pattern.compile(
            "^.{0,24}(人民政府|政府网|门户网站|政务公开|信息公开|政府信息公开|政务服务网)(网站|网|平台)?$");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$");

    static boolean isAttachment(String fileName) {
        return ATTACHMENT.matcher(fileName).find();
    }

    /** A page that is not one disclosure: a list or channel page of a saved site. */
    static final class NotArticle extends BadFile {
        NotArticle() {
            super("栏目页或列表页 (没有正文和公开属性)");
        }
    }

    /** What a page holds besides a {@link Disclosure}: the 成文日期 and the attachments it links to. */
    record Page(Disclosure disclosure, String written, List<Attachment> attachments) {}

    record Attachment(String name, String href) {}

    /** The text of an attachment the page links to, when it was saved beside the page. */
    interface Attachments {
        Optional<String> text(Attachment attachment);

        Attachments NONE = a -> Optional.empty();
    }

    Disclosure read(String html, String defaultId, String source) throws BadFile {
        return page(html, defaultId, source, Attachments.NONE).disclosure();
    }

    Page page(String html, String defaultId, String source) throws BadFile {
        return page(html, defaultId, source, Attachments.NONE);
    }

    Page page(String html, String defaultId, String source, Attachments saved) throws BadFile {
        Document doc = Jsoup.parse(html);
        Map<String, String> f = new LinkedHashMap<>(PageMeta.read(doc));
        Map<String, String> metaTags = metaTags(doc);
        List<Attachment> attachments = attachments(doc);
        Element heading = heading(doc, metaTags);
        if (f.get("title") == null) {
            if (heading != null) {
                f.put("title", heading.text());
            } else if (metaTags.containsKey("articletitle")) {
                f.put("title", metaTags.get("articletitle"));
            } else {
                pageTitle(doc, metaTags).ifPresent(t -> f.put("title", t));
            }
        }
        String written = isoDate(f.get("written"));
        String published = isoDate(f.get("published"));
        if (published == null) {
            published = isoDate(metaTags.getOrDefault("pubdate", metaTags.get("firstpublishedtime")));
        }
        f.put("published", published != null ? published : written);
        f.putIfAbsent("agency", metaTags.get("contentsource"));
        f.put("repealed", repealed(f));
        f.put("type", DocTypes.of(f.get("type"), f.get("title"), f.get("doc_no")));
        boolean labelled = f.keySet().stream().anyMatch(k -> List.of("index_no", "doc_no", "written").contains(k))
                || f.get("published") != null;
        if (written == null || !DATE.matcher(written).find()) {
            f.remove("written"); // a 成文日期 cell that holds no date is not worth refusing the page for
        } else {
            f.put("written", written);
        }
        Element root = doc.body() == null ? doc : doc.body();
        ArticleBody.Result body = ArticleBody.extract(root, heading);
        if (!labelled && body.linkChars() > 2 * Math.max(body.proseChars(), 20)) {
            throw new NotArticle();
        }
        String text = body.text();
        String title = f.get("title");
        if (title != null && text.startsWith(title)) {
            text = text.substring(title.length()).strip();
        }
        text = withAttachments(text, attachments, saved);
        f.remove("villages");
        return new Page(Fields.build(f, List.of(), text, defaultId, source), written, attachments);
    }

    /** 2025年3月1日, 2025-03-01 10:20, 2025/3/1 → 2025-03-01; anything else stays for Fields to refuse. */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** 废止日期 when the page gives one; a page that only says 失效/废止 is out of force since it was published. */
    private static String repealed(Map<String, String> f) {
        String date = isoDate(f.get("repealed"));
        if (date != null && DATE.matcher(date).find()) {
            return date;
        }
        String validity = f.getOrDefault("validity", "");
        Matcher m = DATE.matcher(validity);
        if (m.find()) {
            return isoDate(validity);
        }
        if (validity.matches(".*(失效|废止|无效|已修改|已修订).*")) {
            return f.get("published");
        }
        return null;
    }

    /** The article heading: an h1-h3 or a "title" element, not a link, not the site's name. */
    private static Element heading(Document doc, Map<String, String> metaTags) {
        Element best = null;
        for (Element e : doc.select("h1, h2, h3, [class*=title], [id*=title], [class*=bt], [class*=Title]")) {
            String t = e.text().strip();
            if (t.length() < 6 || t.length() > 150 || e.hasAttr(PageMeta.MARK) || !e.select("a, table, ul, p p, div div").isEmpty()
                    || e.closest("a") != null || isSiteName(t, metaTags) || ArticleBody.FURNITURE.matcher(t).find()
                    || PageLabels.INLINE.matcher(t).find() || e.closest("nav, footer, header") != null) {
                continue;
            }
            if (best == null || t.length() > best.text().strip().length()) {
                best = e;
            }
        }
        return best;
    }

    private static boolean isSiteName(String t, Map<String, String> metaTags) {
        String site = metaTags.get("sitename");
        return SITE_NAME.matcher(t).matches() || site != null && t.equals(site);
    }

    /** The {@code <title>} less the site's name around it ("标题 - 青禾区人民政府"), or nothing when it is only the site's. */
    private static Optional<String> pageTitle(Document doc, Map<String, String> metaTags) {
        String best = null;
        for (String part : doc.title().split("\\s*[-_|｜—]+\\s*")) {
            String p = part.strip();
            if (p.length() >= 4 && !isSiteName(p, metaTags) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Element e : doc.select("meta[name][content]")) {
            if (!e.attr("content").isBlank()) {
                m.putIfAbsent(e.attr("name").toLowerCase(Locale.ROOT), e.attr("content").strip());
            }
        }
        return m;
    }

    private static List<Attachment> attachments(Document doc) {
        List<Attachment> out = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            String path = href.replaceAll("[?#].*$", "");
            if (ATTACHMENT.matcher(path).find() && out.stream().noneMatch(x -> x.href().equals(href))) {
                String name = a.text().isBlank() ? path.substring(path.lastIndexOf('/') + 1) : a.text().strip();
                out.add(new Attachment(name, href));
            }
        }
        return out;
    }

    /**
     * Attachments are listed under the body when the article text does not name them already,
     * and the text of each one saved beside the page follows, so that it is searched with the page.
     */
    private static String withAttachments(String text, List<Attachment> attachments, Attachments saved) {
        List<String> missing = attachments.stream().map(Attachment::name).filter(n -> !text.contains(n)).toList();
        StringBuilder sb = new StringBuilder(text);
        if (!missing.isEmpty()) {
            sb.append(text.isEmpty() ? "" : "\n\n").append("附件：");
            for (String n : missing) {
                sb.append("\n\n").append(n);
            }
        }
        for (Attachment a : attachments) {
            saved.text(a).filter(t -> !t.isBlank()).ifPresent(t -> sb.append("\n\n【附件】").append(a.name())
                    .append("\n\n").append(t.replaceAll("\n+", "\n\n")));
        }
        return sb.toString();
    }
}
