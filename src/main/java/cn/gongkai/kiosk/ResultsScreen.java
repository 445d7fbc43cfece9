package cn.gongkai.kiosk;

import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.corpus.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of documents, each a big button with its title, date and village; repealed ones say so. */
final class ResultsScreen implements KioskScreen {
    private final Kiosk k;
    private final String heading;
    private final String asked;
    private final String category;
    private final Listing listing;
    private int offset;
    private int shown;
    private Listing.Page current;

    ResultsScreen(Kiosk k, String heading, String asked, String category, Listing listing) {
        this.k = k;
        this.heading = heading;
        this.asked = asked;
        this.category = category;
        this.listing = listing;
    }

    /** What a search found, page by page from the index. */
    static ResultsScreen search(Kiosk k, String query) {
        Listing l = (offset, limit) -> {
            SearchResult r = k.backend.search(SearchRequest.of(query).page(offset, limit));
            return new Listing.Page(r.total(), r.hits().stream().map(ResultsScreen::item).toList());
        };
        return new ResultsScreen(k, k.t("results.search_heading", "query", query.toUpperCase()), query, null, l);
    }

    /** The newest documents of every category a home-screen button gathers. */
    static ResultsScreen category(Kiosk k, KioskConfig.MenuItem item) {
        Map<String, Listing.Item> all = new LinkedHashMap<>();
        for (String c : item.categories()) {
            for (SearchHit h : k.backend.latest(c, SearchRequest.MAX_LIMIT).hits()) {
                all.putIfAbsent(h.disclosure().id(), item(h));
            }
        }
        List<Listing.Item> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing((Listing.Item i) -> i.disclosure().published(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return new ResultsScreen(k, item.label(), item.label(), item.label(), fixed(sorted));
    }

    static ResultsScreen latest(Kiosk k) {
        List<Listing.Item> items = k.backend.latest(null, SearchRequest.MAX_LIMIT).hits().stream()
                .map(ResultsScreen::item).toList();
        return new ResultsScreen(k, k.t("results.latest_heading"), k.t("home.latest"), null, fixed(items));
    }

    private static Listing fixed(List<Listing.Item> items) {
        return (offset, limit) -> new Listing.Page(items.size(),
                items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size())));
    }

    private static Listing.Item item(SearchHit h) {
        return new Listing.Item(h.disclosure(), h.inForce());
    }

    /*
     *  搜索 SLFH：找到 3 条 · 第 1/1 页                                       <- emphasis
     *  点一下标题就能打开看。
     * ┌──────────────────────────────────────────────────────────────────────────────┐
     * │ 1 关于做好2025年秋季森林草原防灭火工作的通知                                 │
     * │   2025-10-09 · 全区 · 现行有效                                               │
     * │   解读：秋冬季节风大物燥……  (or 摘录：…; only when the button has a third row)   │
     * └──────────────────────────────────────────────────────────────────────────────┘
     * ┌ 2 【已废止】… ┐  (as many as fit, at most 7)
     * ┌────────────────────────┐┌────────────────────────┐┌────────────────────────┐
     * │       8 上一页         ││       9 下一页         ││      0 返回首页        │
     * └────────────────────────┘└────────────────────────┘└────────────────────────┘
     *  (hint line)
     */
    @Override
    public void build(Page p) {
        int h = p.buttonHeight();
        int itemH = h + 1;
        int bottom = p.rows - 1 - h;
        int fit = Math.max(1, Math.min(7, (bottom - 2) / itemH));
        if (current == null || shown != fit) {
            shown = fit;
            current = listing.page(offset, fit);
        }
        int pages = Math.max(1, (current.total() + fit - 1) / fit);
        int pageNo = offset / fit + 1;
        p.line(0, k.t("results.heading", "what", heading, "total", current.total(), "page", pageNo, "pages", pages),
                TextBlock.Style.EMPHASIS);
        p.line(1, current.total() == 0 ? k.t("results.none") : k.t("results.tap"), TextBlock.Style.BOLD);
        int y = 2;
        int digit = 1;
        for (Listing.Item it : current.items()) {
            Disclosure d = it.disclosure();
            String mark = it.inForce() ? "" : k.t("results.repealed_mark");
            String title = mark + Text.inert(d.title());
            String village = d.villages().isEmpty() ? k.t("results.whole_district")
                    : Text.inert(String.join("、", d.villages()));
            String info = k.t("results.info", "date", date(d.published()), "village", village, "status",
                    it.inForce() ? k.t("results.in_force") : k.t("results.repealed"));
            List<String> lines = new ArrayList<>(List.of(title, info));
            // On a screen tall enough for a third line: what it says — the summary, else the excerpt, marked as such.
            String first = d.hasSummary() ? d.summary() : d.lead();
            if (first != null && !first.isBlank()) {
                lines.add(k.t(d.hasSummary() ? "excerpt.summary_line" : "excerpt.line", "text",
                        Text.inert(Disclosure.plain(first))));
            }
            p.button(0, y, p.cols, itemH, new Page.Spec(String.valueOf(digit++), lines, () -> open(d)));
            y += itemH;
        }
        p.row(bottom, h, List.of(
                Page.Spec.of("8", k.t("common.previous"), () -> turn(-fit)),
                Page.Spec.of("9", k.t("common.next"), () -> turn(fit)),
                Page.Spec.of("0", k.t("common.home"), k::home)));
    }

    private void turn(int by) {
        int to = offset + by;
        if (to < 0 || to >= current.total()) {
            k.say(by < 0 ? k.t("results.first_page") : k.t("results.last_page"));
            return;
        }
        offset = to;
        current = listing.page(offset, shown);
        k.redraw();
    }

    private void open(Disclosure d) {
        cn.gongkai.inquiries.InquiryJournal.Ref inquiry = k.logView(asked, List.of(d.id()), category);
        k.show(new DocumentScreen(k, d, inquiry, this));
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @Override
    public String hint() {
        return k.t("results.hint");
    }
}
