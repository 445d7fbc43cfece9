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
        return PARSER.parse(markdown == null ? "" : markdown);
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
                add(out, new Block.Paragraph(inline(p)));
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
        return clean(b.toString().replaceAll("(?<=[\\p{IsHan}，。、；：！？）》”])\u0001(?=\\S)|\u0001(?=[\\p{IsHan}（《“])", "")
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
