package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Segments;
import cn.gongkai.outreach.SmsSettings;

import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.markdown.SmsText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders SMS replies from messages.yaml inside the segment budget: result lists lose title
 * characters, then results, before they overflow; a summary is cut to the room left.
 */
final class Replies {
    private final Messages messages;
    private final int budget;
    private final int perReply;
    private final DateTimeFormatter dates;

    Replies(Messages messages, SmsSettings settings) {
        this.messages = messages;
        this.budget = settings.segments();
        this.perReply = settings.resultsPerReply();
        this.dates = DateTimeFormatter.ofPattern(messages.get("sms.date_pattern"));
    }

    int budget() {
        return budget;
    }

    /** A text of messages.yaml's {@code sms.} section, filled, the hall phone always available, cut to the budget. */
    String text(String key, Object... params) {
        return fit(fill(key, params));
    }

    String fill(String key, Object... params) {
        Object[] all = new Object[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = "hall_phone";
        all[params.length + 1] = messages.get("common.hall_phone");
        return messages.get("sms." + key, all);
    }

    String fit(String text) {
        return Segments.cut(text, budget);
    }

    /** A page of results numbered from {@code first}; the lines that fit, and which were shown. */
    record Page(String text, List<String> ids) {}

    Page results(int total, List<SearchHit> hits, int first, boolean moreAfterAll) {
        String header = fill("results_header", "total", total);
        // Each line filled once, with a mark where its title goes: the loop below tries up to 25
        // title lengths, and only the title changes. (The mark, a private-use character, is one
        // Intent.clean takes out of titles, so it cannot occur in one.)
        List<String> lines = new ArrayList<>(hits.size());
        List<String> titles = new ArrayList<>(hits.size());
        for (int i = 0; i < Math.min(perReply, hits.size()); i++) {
            SearchHit h = hits.get(i);
            titles.add(Intent.clean(h.disclosure().title()));
            lines.add(messages.get("sms.result_line", "n", first + i, "title",
                    (h.inForce() ? "" : messages.get("sms.repealed")) + TITLE_MARK, "date", date(h.disclosure().published())));
        }
        for (int k = Math.min(perReply, hits.size()); k >= 1; k--) {
            boolean more = moreAfterAll || k < hits.size();
            String footer = fill(more ? "results_footer" : "results_footer_last");
            for (int titleMax = 30; titleMax >= 6; titleMax--) {
                StringBuilder b = new StringBuilder(header);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    SearchHit h = hits.get(i);
                    b.append('\n').append(lines.get(i).replace(TITLE_MARK, Segments.shorten(titles.get(i), titleMax)));
                    ids.add(h.disclosure().id());
                }
                b.append('\n').append(footer);
                if (Segments.fits(b.toString(), budget)) {
                    return new Page(b.toString(), ids);
                }
            }
        }
        SearchHit h = hits.get(0);
        return new Page(fit(header + "\n" + lines.get(0).replace(TITLE_MARK, Segments.shorten(titles.get(0), 8))),
                List.of(h.disclosure().id()));
    }

    private static final String TITLE_MARK = "\uE000";

    String date(LocalDate d) {
        return d == null ? "" : dates.format(d);
    }

    /**
     * One disclosure: title, as much of the plain summary as fits, where to read it all. Without a
     * summary, the derived lead, marked as an excerpt (摘录); a page that is only a table sends its
     * first "行 列 值" lines, whole lines only.
     */
    String detail(Disclosure d, String pickupCode) {
        return detail(d, pickupCode, null);
    }

    /** As above, naming the disclosing body (公开主体) it comes from when {@code body} is given. */
    String detail(Disclosure d, String pickupCode, String body) {
        String tail = fill("detail_tail", "code", pickupCode);
        String title = Segments.shorten(Intent.clean(d.title()), 18);
        if (body != null) {
            title = messages.get("sms.title_of_body", "body", body, "title", title);
        }
        String first = d.firstMarkdown();
        String text = first != null ? SmsText.of(first) : SmsText.tables(d.body());
        String template = d.hasSummary() ? "sms.detail" : "sms.detail_excerpt";
        if (first == null) {
            // Lines (a table's cells): as many whole lines as fit.
            String lines = null;
            for (String line : text.split("\n")) {
                // a line break before the tail too, so the last row's value is not run into it
                String more = (lines == null ? Intent.clean(line) : lines.strip() + "\n" + Intent.clean(line)) + "\n";
                if (!Segments.fits(detailText(template, title, more, tail), budget)) {
                    break;
                }
                lines = more;
            }
            if (lines != null) {
                return detailText(template, title, lines, tail);
            }
        }
        String summary = Intent.clean(text.replace('\n', ' '));
        if (summary.length() > 400) {
            summary = summary.substring(0, 400);
        }
        int lo = 0;
        int hi = summary.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (Segments.fits(detailText(template, title, Segments.shorten(summary, mid), tail), budget)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return fit(detailText(template, title, Segments.shorten(summary, lo), tail));
    }

    private String detailText(String template, String title, String summary, String tail) {
        return messages.get(template, "title", title, "summary", summary) + tail;
    }
}
