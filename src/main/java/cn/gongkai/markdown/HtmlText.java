package cn.gongkai.markdown;

import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A body as HTML for the staff console and any web view: real {@code <table>}s, lists and
 * headings; raw HTML in a body is escaped (never passed through) and link targets are sanitized,
 * so an imported page cannot put script or markup into the console.
 */
public final class HtmlText {
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(Markdown.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private HtmlText() {}

    public static String of(String markdown) {
        return RENDERER.render(Markdown.parse(markdown));
    }
}
