package cn.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The one Markdown parser (CommonMark with GFM tables) and the walk from its tree to
 * {@link Block}s. Emphasis, links and inline code keep their text and lose their marks; raw HTML
 * keeps its text, and an HTML table (as some saved pages carry) becomes a table block.
 */
public final class Markdown {
    static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private Markdown() {}

    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : withTableRules(markdown));
    }

    private static final java.util.regex.Pattern RULE_ROW = java.util.regex.Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    /**
     * Pipe rows without the {@code | --- |} line GFM needs (hand-made and converted annual
     * reports have them) get one after their first row, and a blank line before, so that every
     * channel sees a table rather than a paragraph of pipes.
     */
    static String withTableRules(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.strip().startsWith("```")) {
                fence = !fence;
            }
            boolean startsRun = !fence && PIPE_ROW.matcher(l).matches() && (i == 0 || !PIPE_ROW.matcher(lines[i - 1]).matches());
            if (startsRun && i + 1 < lines.length && !RULE_ROW.matcher(lines[i + 1]).matches()) {
                if (i > 0 && !lines[i - 1].isBlank()) {
                    out.append('\n');
                }
                String inner = l.strip();
                int cols = Math.max(1, inner.substring(1, inner.length() - 1).split("\\|", -1).length);
                out.append(l).append('\n').append("|").append(" --- |".repeat(cols));
            } else {
                out.append(l);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The body as blocks in reading order. */
    public static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        walk(parse(markdown), 0, out);
        return out;
    }

    /** The whole body as one line of running text, tables as "row column value" (for snippets and search previews). */
    public static String plain(String markdown) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks(markdown)) {
            if (b instanceof Block.Table t) {
                parts.addAll(SmsText.tableLines(t));
            } else {
                parts.add(b.text());
            }
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static void walk(Node parent, int depth, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            one(n, depth, out);
        }
    }

    private static void one(Node n, int depth, List<Block> out) {
        {
            if (n instanceof Heading h) {
                add(out, new Block.Heading(h.getLevel(), inline(h)));
            } else if (n instanceof Paragraph p) {
                paragraph(p, out);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                items(n, depth, out);
            } else if (n instanceof BlockQuote) {
                walk(n, depth, out);
            } else if (n instanceof FencedCodeBlock c) {
                lines(c.getLiteral(), out);
            } else if (n instanceof IndentedCodeBlock c) {
                lines(c.getLiteral(), out);
            } else if (n instanceof HtmlBlock h) {
                html(h.getLiteral(), out);
            } else if (n instanceof TableBlock t) {
                table(t, out);
            }
            // a thematic break (---) is only a line on the page: nothing to show or say
        }
    }

    private static final java.util.regex.Pattern PIPE_ROW = java.util.regex.Pattern.compile("^\\s*\\|.*\\|\\s*$");

    /**
     * A paragraph, or pipe rows without the {@code | --- |} line GFM needs (as hand-made and
     * converted annual reports have them): those rows are a table all the same, first row as header.
     */
    private static void paragraph(Paragraph p, List<Block> out) {
        StringBuilder raw = new StringBuilder();
        collect(p, raw);
        String[] lines = raw.toString().split("\u0001");
        if (java.util.Arrays.stream(lines).noneMatch(l -> PIPE_ROW.matcher(l).matches())) {
            add(out, new Block.Paragraph(joined(raw.toString())));
            return;
        }
        List<String> prose = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            if (PIPE_ROW.matcher(l).matches()) {
                if (!prose.isEmpty()) {
                    add(out, new Block.Paragraph(joined(String.join("\u0001", prose))));
                    prose.clear();
                }
                String inner = l.strip();
                inner = inner.substring(1, inner.length() - 1);
                rows.add(java.util.Arrays.stream(inner.split("\\|", -1)).map(Markdown::clean).toList());
            } else {
                if (!rows.isEmpty()) {
                    out.add(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
                    rows = new ArrayList<>();
                }
                prose.add(l);
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
        }
        if (!prose.isEmpty()) {
            add(out, new Block.Paragraph(joined(String.join("\u0001", prose))));
        }
    }

    private static void items(Node list, int depth, List<Block> out) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? number++ + "." : "";
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    add(out, new Block.Item(first ? marker : "", depth, inline(p)));
                    first = false;
                } else if (c instanceof BulletList || c instanceof OrderedList) {
                    items(c, depth + 1, out);
                } else {
                    one(c, depth + 1, out);
                }
            }
        }
    }

    private static void lines(String literal, List<Block> out) {
        for (String l : literal.split("\n")) {
            add(out, new Block.Paragraph(l.strip()));
        }
    }

    /** Raw HTML in a body: a table stays a table, anything else is its text. */
    private static void html(String literal, List<Block> out) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(literal);
        for (Element table : doc.select("table")) {
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                rows.add(tr.select("> td, > th").stream().map(c -> clean(c.text())).toList());
            }
            rows.removeIf(r -> r.stream().allMatch(String::isEmpty));
            if (!rows.isEmpty()) {
                out.add(new Block.Table(rows.get(0), rows.subList(1, rows.size())));
            }
            table.remove();
        }
        for (String l : doc.body().wholeText().split("\n")) {
            add(out, new Block.Paragraph(clean(l)));
        }
    }

    private static void table(TableBlock t, List<Block> out) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        cells.add(inline(c));
                    }
                }
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(cells);
                }
            }
        }
        out.add(new Block.Table(header, rows));
    }

    private static void add(List<Block> out, Block b) {
        if (!b.text().isBlank()) {
            out.add(b);
        }
    }

    /** The text of a block's inline content: marks dropped, soft breaks joined the way the script wants. */
    static String inline(Node block) {
        StringBuilder b = new StringBuilder();
        collect(block, b);
        return joined(b.toString());
    }

    private static String joined(String withBreaks) {
        return clean(withBreaks.replaceAll("(?<=[\\p{IsHan}，。、；：！？）》”])\u0001(?=\\S)|\u0001(?=[\\p{IsHan}（《“])", "")
                .replace('\u0001', ' '));
    }

    private static void collect(Node parent, StringBuilder b) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                b.append(t.getLiteral());
            } else if (n instanceof Code c) {
                b.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                b.append('\u0001'); // a space between Latin words, nothing between Chinese characters
            } else if (n instanceof HardLineBreak) {
                b.append(' ');
            } else if (n instanceof HtmlInline) {
                continue; // a tag: its text, if any, is in the neighbouring Text nodes
            } else {
                collect(n, b);
            }
        }
    }

    static String clean(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
