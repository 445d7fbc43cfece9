package cn.gongkai.console;

import cn.gongkai.inquiries.InquiryChannel;
import java.time.LocalDate;
import java.util.Map;

/**
 * Small charts drawn on the server as inline SVG: no script, they print, and every bar carries
 * its number as text. Every text is escaped here, because the page embeds the SVG unescaped.
 */
public final class Svg {
    private static final String[] COLOURS = {"#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a"};

    private Svg() {}

    /** Inquiries per day, one stacked column a day, one colour a channel, with a legend. */
    static String stacked(LocalDate first, Map<InquiryChannel, int[]> perDay) {
        int days = 30, w = 24, h = 180, left = 36, top = 30;
        int max = 1;
        for (int d = 0; d < days; d++) {
            int sum = 0;
            for (int[] n : perDay.values()) sum += n[d];
            max = Math.max(max, sum);
        }
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"近30天每天的咨询数\" width=\"")
                .append(left + days * w + 10).append("\" height=\"").append(top + h + 40).append("\">");
        int lx = left;
        int ci = 0;
        for (InquiryChannel c : perDay.keySet()) {
            b.append(rect(lx, 4, 14, 14, COLOURS[ci % COLOURS.length], null))
                    .append(text(lx + 18, 16, Labels.channel(c), "start"));
            lx += 110;
            ci++;
        }
        b.append(text(left - 4, top + 10, String.valueOf(max), "end")).append(text(left - 4, top + h, "0", "end"));
        b.append("<line x1=\"").append(left).append("\" y1=\"").append(top + h).append("\" x2=\"").append(left + days * w)
                .append("\" y2=\"").append(top + h).append("\" stroke=\"#333\"/>");
        for (int d = 0; d < days; d++) {
            int y = top + h;
            ci = 0;
            int sum = 0;
            for (Map.Entry<InquiryChannel, int[]> e : perDay.entrySet()) {
                int n = e.getValue()[d];
                sum += n;
                int bh = Math.round((float) h * n / max);
                if (n > 0) {
                    y -= bh;
                    b.append(rect(left + d * w + 2, y, w - 4, bh, COLOURS[ci % COLOURS.length],
                            first.plusDays(d) + " " + Labels.channel(e.getKey()) + " " + n));
                }
                ci++;
            }
            if (sum > 0) {
                b.append(text(left + d * w + w / 2, y - 3, String.valueOf(sum), "middle"));
            }
            if (d % 5 == 0 || d == days - 1) {
                LocalDate day = first.plusDays(d);
                b.append(text(left + d * w + w / 2, top + h + 16, day.getMonthValue() + "/" + day.getDayOfMonth(), "middle"));
            }
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, label on the left and the count at the end of each bar. */
    static String bars(Map<String, Integer> values, String empty) {
        if (values.isEmpty()) {
            return "<p class=\"muted\">" + esc(empty) + "</p>";
        }
        int labelW = 330, barW = 360, row = 26;
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelW + barW + 50)
                .append("\" height=\"").append(values.size() * row + 10).append("\">");
        int y = 4;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int bw = Math.max(2, Math.round((float) barW * e.getValue() / max));
            b.append(text(labelW - 6, y + 16, Labels.shorten(e.getKey(), 24), "end"))
                    .append(rect(labelW, y + 3, bw, row - 8, COLOURS[0], e.getKey() + " " + e.getValue()))
                    .append(text(labelW + bw + 6, y + 16, String.valueOf(e.getValue()), "start"));
            y += row;
        }
        return b.append("</svg>").toString();
    }

    private static String rect(int x, int y, int w, int h, String fill, String title) {
        String r = "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" fill=\"" + fill + "\"";
        return title == null ? r + "/>" : r + "><title>" + esc(title) + "</title></rect>";
    }

    private static String text(int x, int y, String s, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"13\" text-anchor=\"" + anchor + "\">" + esc(s) + "</text>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
