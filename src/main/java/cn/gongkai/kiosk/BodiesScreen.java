package cn.gongkai.kiosk;

import cn.gongkai.bodies.Body;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * 按部门/乡镇找: the platform's disclosing bodies as big buttons; choosing one lists its own
 * documents, newest first. Shown only on a platform of several bodies.
 */
final class BodiesScreen implements KioskScreen {
    private final Kiosk k;
    private final List<Body> bodies;
    private int offset;
    private int shown;

    BodiesScreen(Kiosk k) {
        this.k = k;
        this.bodies = k.backend.bodies().all();
    }

    /*
     *  按部门/乡镇找：共 11 个 · 第 1/2 页                                     <- emphasis
     *  点一下部门或乡镇，看它公开的消息。
     * ┌──────────────────────┐┌──────────────────────┐
     * │ 1 区政府办公室       ││ 2 区民政局           │   (two a row, at most 7)
     * └──────────────────────┘└──────────────────────┘
     * ┌ 8 上一页 ┐┌ 9 下一页 ┐┌ 0 返回首页 ┐
     */
    @Override
    public void build(Page p) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        int rowsFit = Math.max(1, (bottom - 2) / h);
        int fit = Math.max(1, Math.min(7, rowsFit * 2));
        shown = fit;
        int pages = Math.max(1, (bodies.size() + fit - 1) / fit);
        p.line(0, k.t("bodies.heading", "total", bodies.size(), "page", offset / fit + 1, "pages", pages),
                TextBlock.Style.EMPHASIS);
        p.line(1, k.t("bodies.tap"), TextBlock.Style.BOLD);
        List<Page.Spec> specs = new ArrayList<>();
        int digit = 1;
        for (Body b : bodies.subList(Math.min(offset, bodies.size()), Math.min(offset + fit, bodies.size()))) {
            specs.add(Page.Spec.of(String.valueOf(digit++), b.shortName(), () -> k.show(listing(k, b))));
        }
        p.grid(2, h, 2, specs);
        p.row(bottom, h, List.of(
                Page.Spec.of("8", k.t("common.previous"), () -> turn(-fit)),
                Page.Spec.of("9", k.t("common.next"), () -> turn(fit)),
                Page.Spec.of("0", k.t("common.home"), k::home)));
    }

    private void turn(int by) {
        int to = offset + by;
        if (to < 0 || to >= bodies.size()) {
            k.say(by < 0 ? k.t("results.first_page") : k.t("results.last_page"));
            return;
        }
        offset = to;
        k.redraw();
    }

    /** One body's documents, newest first, page by page from the index. */
    static ResultsScreen listing(Kiosk k, Body b) {
        Listing l = (offset, limit) -> {
            SearchResult r = k.backend.search(
                    new SearchRequest("", null, null, null, null, null, offset, limit).withBody(b.id()));
            return new Listing.Page(r.total(), r.hits().stream().map(h -> new Listing.Item(h.disclosure(), h.inForce())).toList());
        };
        return new ResultsScreen(k, b.shortName(), b.shortName(), null, l);
    }

    @Override
    public String hint() {
        return k.t("bodies.hint");
    }
}
