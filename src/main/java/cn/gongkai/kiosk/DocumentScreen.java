package cn.gongkai.kiosk;

import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Text;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.markdown.KioskText;
import cn.gongkai.markdown.SpokenText;
import java.util.ArrayList;
import java.util.List;

/**
 * One document: the plain-language summary first, in the strongest emphasis the screen has,
 * then the full text a page at a time; read aloud, and "did this help?".
 */
final class DocumentScreen implements KioskScreen {
    private final Kiosk k;
    private final Disclosure d;
    private final InquiryJournal.Ref inquiry;
    private final KioskScreen back;
    private int pageNo;
    /** null until the person says whether this helped. */
    private Boolean answer;

    DocumentScreen(Kiosk k, Disclosure d, InquiryJournal.Ref inquiry, KioskScreen back) {
        this.k = k;
        this.d = d;
        this.inquiry = inquiry;
        this.back = back;
        k.session().lastTitle = Text.inert(d.title());
    }

    /*
     *  关于做好2025年秋季森林草原防灭火工作的通知                           <- bold title
     *  【说的是什么】                                                         <- emphasis
     *  秋冬季节风大物燥，进山不要带火种……                                     <- emphasis (summary)
     *  2025-10-09 · 青禾区应急管理局 · 全区 · 现行有效
     *  【原文】
     *  各村、各单位：……                                                       <- plain body, paged
     * ┌──────────────────┐┌──────────────────┐┌──────────────────┐┌──────────────────┐
     * │     1 上一页     ││     2 下一页     ││      3 朗读      ││    9 返回列表    │
     * └──────────────────┘└──────────────────┘└──────────────────┘└──────────────────┘
     * ┌──────────────────────────┐┌──────────────────────────┐┌──────────────────────────┐
     * │        4 有帮助          ││        5 没帮助          ││       0 返回首页         │
     * └──────────────────────────┘└──────────────────────────┘└──────────────────────────┘
     *  第 1/3 页 · 按 2 看下一页                                              <- hint line
     */
    @Override
    public void build(Page p) {
        int h = p.buttonHeight();
        int buttonsTop = p.rows - 1 - 2 * h;
        int perPage = Math.max(1, buttonsTop - 1);
        List<TextBlock.Line> all = lines(p.cols - 2);
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        pageNo = Math.min(pageNo, pages - 1);
        p.line(0, Text.inert(d.title()), TextBlock.Style.BOLD);
        int from = pageNo * perPage;
        p.text(1, 1, p.cols - 2, perPage, all.subList(from, Math.min(all.size(), from + perPage)));
        String speak = !k.voice.available() ? k.t("document.no_voice")
                : k.voice.speaking() ? k.t("document.stop") : k.t("document.read");
        // Only moves that exist: no 上一页 on the first page (the focus would rest on a dead
        // button), no 下一页 on the last, and the hint says the same.
        List<Page.Spec> moves = new ArrayList<>();
        if (pageNo > 0) {
            moves.add(Page.Spec.of("1", k.t("common.previous"), () -> turn(-1, pages)));
        }
        if (pageNo < pages - 1) {
            moves.add(Page.Spec.of("2", k.t("common.next"), () -> turn(1, pages)));
        }
        moves.add(Page.Spec.of("3", speak, this::readAloud));
        moves.add(Page.Spec.of("9", k.t("document.back"), () -> k.show(back)));
        p.row(buttonsTop, h, moves);
        // One answer per reading: once given, the two buttons give way to the thanks.
        List<Page.Spec> last = new ArrayList<>();
        if (answer == null) {
            last.add(Page.Spec.of("4", k.t("document.helpful"), () -> feedback(true)));
            last.add(Page.Spec.of("5", k.t("document.unhelpful"), () -> feedback(false)));
        }
        last.add(Page.Spec.of("0", k.t("common.home"), k::home));
        p.row(buttonsTop + h, h, last);
        int n = pageNo + 1;
        hint = pages == 1 ? k.t("document.hint_only")
                : pageNo == 0 ? k.t("document.hint_first", "page", n, "pages", pages)
                : pageNo == pages - 1 ? k.t("document.hint_last", "page", n, "pages", pages)
                : k.t("document.hint_middle", "page", n, "pages", pages);
    }

    private String hint = "";

    /** Summary (emphasised), facts line, then the body's paragraphs, wrapped to the width. */
    private List<TextBlock.Line> lines(int cols) {
        List<TextBlock.Line> out = new ArrayList<>();
        // A written summary is an interpretation (解读); a derived lead is only an excerpt (摘录) and says so.
        String first = d.hasSummary() ? d.summary() : d.lead();
        if (first != null && !first.isBlank()) {
            out.add(new TextBlock.Line(k.t(d.hasSummary() ? "document.summary_label" : "excerpt.label"),
                    TextBlock.Style.EMPHASIS));
            Cells.wrap(Text.inert(Disclosure.plain(first)), cols).forEach(l -> out.add(new TextBlock.Line(l, TextBlock.Style.EMPHASIS)));
        }
        boolean inForce = d.inForceOn(k.today());
        String village = d.villages().isEmpty() ? k.t("results.whole_district") : String.join("、", d.villages());
        String facts = k.t("document.facts", "date", ResultsScreen.date(d.published()),
                "agency", d.agency() == null ? "" : d.agency(), "village", village,
                "status", inForce ? k.t("results.in_force") : k.t("document.repealed_on", "date", ResultsScreen.date(d.repealed())));
        Cells.wrap(Text.inert(facts), cols).forEach(l -> out.add(new TextBlock.Line(l, TextBlock.Style.BOLD)));
        out.add(new TextBlock.Line(k.t("document.body_label"), TextBlock.Style.BOLD));
        // Headings bold, lists with their bullets, tables in columns or as 列名：值 lines: no raw Markdown.
        for (KioskText.Line l : KioskText.lines(Text.inert(d.body() == null ? "" : d.body()), cols)) {
            TextBlock.Style style = l.kind() == KioskText.Kind.HEADING || l.kind() == KioskText.Kind.TABLE_HEAD
                    ? TextBlock.Style.BOLD : TextBlock.Style.PLAIN;
            if (l.wrap()) {
                Cells.wrap(l.text(), cols).forEach(w -> out.add(new TextBlock.Line(w, style)));
            } else {
                out.add(new TextBlock.Line(l.text(), style));
            }
        }
        return out;
    }

    private void turn(int by, int pages) {
        int to = pageNo + by;
        if (to < 0 || to >= pages) {
            k.say(by < 0 ? k.t("document.first_page") : k.t("document.last_page"));
            return;
        }
        pageNo = to;
        k.redraw();
    }

    private void readAloud() {
        if (!k.voice.available()) {
            k.say(k.t("document.no_voice_said"));
            return;
        }
        if (k.voice.speaking()) {
            k.voice.stop();
            k.redraw();
            return;
        }
        String summary = d.hasSummary() ? SpokenText.of(d.summary()) : "";
        String text = Text.inert(Disclosure.plain(d.title()) + "。" + summary + "。" + SpokenText.of(d.body()));
        KioskScreen me = this;
        k.voice.speak(text, () -> k.gui().getGUIThread().invokeLater(() -> {
            if (k.screen() == me) {
                k.redraw();
            }
        }));
        k.redraw();
    }

    private void feedback(boolean helpful) {
        if (answer != null) {
            return;
        }
        answer = helpful;
        k.backend.feedback(inquiry, helpful);
        k.say(helpful ? k.t("document.thanks_helpful") : k.t("document.thanks_unhelpful"));
    }

    @Override
    public String hint() {
        return hint;
    }

    @Override
    public boolean reading() {
        return true;
    }
}
