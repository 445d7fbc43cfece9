package cn.gongkai.markdown;

import java.util.List;

/** One block of a body, its inline marks already gone: what every channel lays out its own way. */
public sealed interface Block {
    /** The text of the block as one plain line (a table: its cells, row by row). */
    String text();

    record Heading(int level, String text) implements Block {}

    record Paragraph(String text) implements Block {}

    /** A list item: {@code marker} is "" for a bullet, "3." for the third of a numbered list. */
    record Item(String marker, int depth, String text) implements Block {}

    /** A table: the first row is the header (column names); rows are padded to its width. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            int width = header.size();
            for (List<String> r : rows) {
                width = Math.max(width, r.size());
            }
            header = padded(header, width);
            List<List<String>> all = new java.util.ArrayList<>();
            for (List<String> r : rows) {
                all.add(padded(r, width));
            }
            rows = List.copyOf(all);
        }

        private static List<String> padded(List<String> cells, int width) {
            List<String> p = new java.util.ArrayList<>(cells);
            while (p.size() < width) {
                p.add("");
            }
            return List.copyOf(p);
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder(String.join(" ", header));
            for (List<String> r : rows) {
                b.append(' ').append(String.join(" ", r));
            }
            return b.toString().strip();
        }
    }
}
