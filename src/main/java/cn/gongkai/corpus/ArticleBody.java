package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a government page without per-site rules: every block of text counts for
 * the elements around it, positively when it reads like prose or a data table, negatively when
 * it is mostly links or site furniture (breadcrumbs, share buttons, footers). The element with the
 * best balance is the article; it is written out as paragraphs with Markdown tables.
 */
final class ArticleBody {
    /** Lines that belong to the site, not to the article; dropped even inside the article. */
    static final Pattern FURNITURE = Pattern.compile(
            "版权所有|主办单位|承办单位|主办：|承办：|ICP备|网站标识码|公网安备|技术支持|当前位置|您的位置|您现在的位置|分享到|"
            + "打印本页|【打印】|关闭窗口|【关闭】|字体[:：]?\\s*[【\\[]?\\s*[大中小]|浏览次数|访问次数|阅读次数|扫一扫|上一篇|下一篇|"
            + "相关链接|相关文章|相关阅读|返回顶部|网站地图|联系我们|【收藏】|加入收藏|无障碍|适老化|政务新媒体");
    private static final Pattern FURNITURE_CLASS = Pattern.compile(
            "(?i)(?<![a-z])(nav|navbar|menu|breadcrumb|crumbs?|position|location|dqwz|footer|foot|bottom|share|fenxiang|"
            + "bdsharebuttonbox|print|related|xgxx|xglj|sidebar|toolbar|header|copyright|search|login|banner|logo|pager|"
            + "comment|xgwj)(?![a-z])");
    private static final Pattern CONTENT_CLASS = Pattern.compile("(?i)content|article|zoom|editor|detail|zhengwen|main");
    private static final Pattern PROSE = Pattern.compile("[。，；！？、]");
    private static final String JUNK = "script, style, noscript, iframe, form, input, select, button, textarea, nav, header, "
            + "footer, aside, object, embed, svg, img, map";
    private static final String BLOCK = "p|div|td|th|li|dd|dt|h1|h2|h3|h4|h5|h6|section|article|main|tr|table|ul|ol|dl|"
            + "blockquote|pre|center|body|form|font";
    private static final char ROW = '\uE000';

    /** What was found: the text, and how much of the page is article rather than links. */
    record Result(String text, int proseChars, int linkChars) {}

    private ArticleBody() {}

    static Result extract(Element body, Element titleElement) {
        body.select(JUNK).remove();
        for (Element e : body.select("[class], [id]")) {
            String names = e.className() + " " + e.id();
            if (e.parent() != null && FURNITURE_CLASS.matcher(names).find() && !CONTENT_CLASS.matcher(names).find()) {
                e.remove();
            }
        }
        removeMetadata(body);
        if (titleElement != null && titleElement.parent() != null) {
            titleElement.remove();
        }
        int links = 0;
        for (Element a : body.select("a")) {
            links += chars(a.text());
        }
        Map<Element, Integer> score = new HashMap<>();
        int[] prose = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                Element block = blockOf(t);
                int n = chars(t.text());
                int w = weight(t, block, n);
                if (w > 0) {
                    prose[0] += w;
                }
                for (Element e = block; e != null; e = e.parent()) {
                    score.merge(e, w, Integer::sum);
                }
            }
        }, body);
        Element best = body;
        int bestScore = Integer.MIN_VALUE;
        for (Element e : body.getAllElements()) {
            int s = score.getOrDefault(e, Integer.MIN_VALUE);
            if (s >= bestScore) {
                best = e;
                bestScore = s;
            }
        }
        // The best element may be one paragraph of several: take its parent while that only adds article.
        while (best.parent() != null && best != body && score.getOrDefault(best.parent(), 0) > bestScore) {
            best = best.parent();
            bestScore = score.get(best);
        }
        return new Result(render(best), prose[0], links);
    }

    /** A text's weight: prose and data-table cells count for, links and furniture against. */
    private static int weight(TextNode t, Element block, int n) {
        String line = block == null ? t.text() : block.text();
        if (FURNITURE.matcher(line).find() && chars(line) < 80) {
            return -2 * Math.max(n, 10);
        }
        if (insideLink(t)) {
            return -n;
        }
        if (block != null && (block.normalName().equals("td") || block.normalName().equals("th")) && isDataTable(block.closest("table"))) {
            return n;
        }
        if (PROSE.matcher(t.text()).find() && n >= 6) {
            return n;
        }
        return -n / 3;
    }

    /** Metadata blocks: each marked element grows to the largest wrapper that is still mostly metadata. */
    private static void removeMetadata(Element body) {
        List<Element> marked = new ArrayList<>(body.select("[" + PageMeta.MARK + "]"));
        List<Element> doomed = new ArrayList<>();
        for (Element e : marked) {
            Element top = e;
            while (top.parent() != null && top.parent() != body && metaShare(top.parent()) >= 0.7) {
                top = top.parent();
            }
            doomed.add(top);
        }
        doomed.forEach(d -> {
            if (d.parent() != null) {
                d.remove();
            }
        });
    }

    private static double metaShare(Element e) {
        int all = chars(e.text());
        if (all == 0) {
            return 1;
        }
        int meta = 0;
        for (Element m : e.select("[" + PageMeta.MARK + "]")) {
            boolean nested = false;
            for (Element p = m.parent(); p != null && p != e; p = p.parent()) {
                if (p.hasAttr(PageMeta.MARK)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                meta += chars(m.text());
            }
        }
        return (double) meta / all;
    }

    static boolean isDataTable(Element table) {
        if (table == null || !table.select("table table").isEmpty() || table.select("tr").size() < 2) {
            return false;
        }
        int cols = 0;
        for (Element tr : table.select("tr")) {
            cols = Math.max(cols, tr.select("> td, > th").size());
        }
        if (cols < 2 || !table.select("td p + p, td div div, td table").isEmpty()) {
            return false;
        }
        int text = chars(table.text());
        int linked = 0;
        for (Element a : table.select("a")) {
            linked += chars(a.text());
        }
        return text > 0 && linked * 3 < text;
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) {
                return true;
            }
        }
        return false;
    }

    private static Element blockOf(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().matches(BLOCK)) {
                return e;
            }
        }
        return null;
    }

    static int chars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    /** Paragraphs one per line (blank line between), tables as Markdown, furniture lines dropped. */
    static String render(Element root) {
        StringBuilder sb = new StringBuilder();
        write(root, sb);
        List<String> out = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String l = line.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
            if (l.isEmpty() || FURNITURE.matcher(l).find() && chars(l) < 80) {
                continue;
            }
            out.add(l.replace(ROW, '\n'));
        }
        return String.join("\n\n", out);
    }

    private static void write(Element e, StringBuilder sb) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text().replaceAll("[ \\t\\r\\n\\u00a0]+", " "));
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    sb.append('\n');
                } else if (tag.equals("table") && isDataTable(c)) {
                    sb.append('\n').append(markdownTable(c)).append('\n');
                } else if (tag.matches(BLOCK)) {
                    sb.append('\n');
                    write(c, sb);
                    sb.append('\n');
                } else {
                    write(c, sb);
                }
            }
        }
    }

    private static String markdownTable(Element table) {
        List<List<String>> rows = new ArrayList<>();
        int cols = 0;
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.select("> td, > th")) {
                cells.add(cell.text().replace('|', '｜').replaceAll("[\\s\\u3000\\u00a0]+", " ").strip());
            }
            if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                rows.add(cells);
                cols = Math.max(cols, cells.size());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < cols) {
                cells.add("");
            }
            if (r > 0) {
                sb.append(ROW);
            }
            sb.append("| ").append(String.join(" | ", cells)).append(" |");
            if (r == 0) {
                sb.append(ROW).append("|").append(" --- |".repeat(cols));
            }
        }
        return sb.toString();
    }
}
