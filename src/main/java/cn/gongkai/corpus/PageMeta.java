package cn.gongkai.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the metadata block of a disclosure page, wherever the template puts it: label and value
 * in neighbouring {@code td}/{@code th}/{@code dt}/{@code dd}/{@code span} elements, or
 * "label：value" text inside one {@code li}, {@code p}, {@code div} or {@code span}. Every element
 * that held metadata is marked {@value #MARK}, so that the body extractor can leave it out.
 */
final class PageMeta {
    static final String MARK = "data-gk-meta";
    private static final int MAX_LINE = 400;
    /** A line holding one of these is a wrapper: its own lines are read instead. */
    private static final String BLOCKS = "table, tr, td, ul, ol, li, p, div, dl, dd, dt, h1, h2, h3, h4";

    private PageMeta() {}

    /** Fields in document order; the first value for a field wins (the header comes before the body). */
    static Map<String, String> read(Document doc) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
            if (e.hasAttr(MARK)) {
                continue;
            }
            String own = e.text();
            if (own.isBlank() || own.length() > MAX_LINE) {
                continue;
            }
            Optional<String> pairField = isCell(e) ? PageLabels.fieldOf(own) : Optional.empty();
            if (pairField.isPresent()) {
                Element value = e.nextElementSibling();
                if (value != null && !value.text().isBlank() && PageLabels.fieldOf(value.text()).isEmpty()) {
                    f.putIfAbsent(pairField.get(), PageLabels.value(value.text()));
                    e.attr(MARK, "");
                    value.attr(MARK, "");
                }
                continue;
            }
            if (isLine(e) && e.select(BLOCKS).stream().allMatch(x -> x == e)) {
                Map<String, String> found = PageLabels.inline(own);
                if (!found.isEmpty()) {
                    found.forEach(f::putIfAbsent);
                    e.attr(MARK, "");
                }
            }
        }
        return f;
    }

    private static boolean isCell(Element e) {
        return switch (e.normalName()) {
            case "td", "th", "dt", "span", "b", "strong", "label", "em", "div" -> true;
            default -> false;
        };
    }

    private static boolean isLine(Element e) {
        return switch (e.normalName()) {
            case "li", "p", "div", "span", "dd", "td", "font", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }
}
