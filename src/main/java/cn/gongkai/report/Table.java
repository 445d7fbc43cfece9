package cn.gongkai.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the national report format with merged cells, built once and rendered two ways:
 * as the seed report's pipe rows (a merged cell appears once; each row is padded to the full
 * width) and as HTML with real rowspan/colspan.
 */
final class Table {

    /** A cell; a header cell is a label, the others are figures. */
    record Cell(String text, int rowspan, int colspan, boolean header) {
        static Cell th(String text) {
            return new Cell(text, 1, 1, true);
        }

        static Cell th(String text, int rowspan, int colspan) {
            return new Cell(text, rowspan, colspan, true);
        }

        static Cell td(Object value) {
            return new Cell(String.valueOf(value), 1, 1, false);
        }

        static Cell td(Object value, int colspan) {
            return new Cell(String.valueOf(value), 1, colspan, false);
        }
    }

    private final int columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(int columns) {
        this.columns = columns;
    }

    Table row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    Table row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * The seed's layout: {@code | a | b | ||} — the cells a row starts, then one bar per cell
     * spanned away. Every row is padded to the full width, so a {@code |---|} line after the
     * first makes it a table a Markdown viewer renders (the first row becomes its header).
     */
    String markdown() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            if (r == 1) {
                b.append("|").append(" --- |".repeat(columns)).append('\n');
            }
            List<String> texts = new ArrayList<>();
            row.forEach(c -> texts.add(c.text()));
            b.append("| ").append(String.join(" | ", texts)).append(" |");
            int missing = columns - row.size();
            if (missing > 0) {
                b.append(' ').append("|".repeat(missing));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * The table on a grid of {@code columns} cells a row, as a spreadsheet lays it out: a merged
     * cell's text sits in its top-left cell and the cells it covers stay empty.
     */
    List<String[]> grid() {
        List<String[]> out = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (out.size() <= r) {
                out.add(blank());
                taken.add(new boolean[columns]);
            }
            int col = 0;
            for (Cell c : rows.get(r)) {
                while (col < columns && taken.get(r)[col]) {
                    col++;
                }
                if (col >= columns) {
                    break;
                }
                out.get(r)[col] = c.text();
                for (int dr = 0; dr < c.rowspan(); dr++) {
                    while (out.size() <= r + dr) {
                        out.add(blank());
                        taken.add(new boolean[columns]);
                    }
                    for (int dc = 0; dc < c.colspan() && col + dc < columns; dc++) {
                        taken.get(r + dr)[col + dc] = true;
                    }
                }
                col += c.colspan();
            }
        }
        return out;
    }

    private String[] blank() {
        String[] row = new String[columns];
        java.util.Arrays.fill(row, "");
        return row;
    }

    String html() {
        StringBuilder b = new StringBuilder("<table>\n");
        for (List<Cell> row : rows) {
            b.append("<tr>");
            for (Cell c : row) {
                String tag = c.header() ? "th" : "td";
                b.append('<').append(tag);
                if (c.rowspan() > 1) b.append(" rowspan=\"").append(c.rowspan()).append('"');
                if (c.colspan() > 1) b.append(" colspan=\"").append(c.colspan()).append('"');
                b.append('>').append(Html.escape(c.text())).append("</").append(tag).append('>');
            }
            b.append("</tr>\n");
        }
        return b.append("</table>\n").toString();
    }
}
