package cn.gongkai.kiosk;

import cn.gongkai.corpus.SearchHit;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.corpus.Text;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Search by pinyin initials on big letter keys (森林防火 = SLFH), by hot words, or by typing;
 * the first results show as the letters go in.
 */
final class SearchScreen implements KioskScreen {
    static final int MAX_QUERY = 20;
    private static final int MAX_SHOWN = 3;
    /** Candidate words take the four digit keys 1–4 the hot words use (5–7 are results). */
    static final int MAX_SUGGESTIONS = 4;
    private final Kiosk k;

    SearchScreen(Kiosk k) {
        this.k = k;
    }

    private StringBuilder query() {
        return k.session().query;
    }

    /*
     *  搜索：点字母，拼出每个字拼音的第一个字母。例如 森林防火 = SLFH        <- emphasis
     *  已输入：SLFH                                        找到 3 条          <- bold
     * ┌──────────────────┐┌──────────────────┐┌──────────────────┐┌──────────────────┐
     * │      1 低保      ││    2 养老保险    ││    3 森林防火    ││      4 补贴      │  hot words
     * └──────────────────┘└──────────────────┘└──────────────────┘└──────────────────┘
     * ┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐┌────┐
     * │ A  ││ B  ││ C  ││ D  ││ E  ││ F  ││ G  ││ H  ││ I  ││ J  ││ K  ││ L  ││ M  │
     * └────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘└────┘
     *   N ... Z
     * ┌──────────────────────────────────────────────────────────────────────────────┐
     * │ 5 关于做好2025年秋季森林草原防灭火工作的通知                                 │  up to 3
     * └──────────────────────────────────────────────────────────────────────────────┘
     * ┌────────────────────────┐┌────────────────────────┐┌────────────────────────┐
     * │         8 删除         ││      9 看全部结果      ││       0 返回首页       │
     * └────────────────────────┘└────────────────────────┘└────────────────────────┘
     *  (hint line)
     */
    @Override
    public void build(Page p) {
        int h = p.buttonHeight();
        String q = query().toString();
        SearchResult r = q.isBlank() ? null : k.backend.search(SearchRequest.of(q).page(0, MAX_SHOWN));
        p.line(0, k.t("search.title"), TextBlock.Style.EMPHASIS);
        String found = r == null ? "" : "    " + k.t("search.found", "total", r.total());
        p.line(1, k.t("search.entered", "query", q.toUpperCase()) + found, TextBlock.Style.BOLD);
        List<Page.Spec> hot = new ArrayList<>();
        int digit = 1;
        // Letters tapped so far: the row offers the words they begin (d → 低保, 电表), ranked by
        // what residents ask, so one more tap finishes the word; otherwise the hot words.
        List<String> words = suggestions(q);
        for (String w : words.isEmpty() ? k.config.hotWords() : words) {
            hot.add(Page.Spec.of(String.valueOf(digit++), w, () -> results(w)));
        }
        int y = hot.isEmpty() ? 2 : p.row(2, h, hot);
        y = Keyboard.place(p, y, h, this::letter);
        int bottom = p.rows - 1 - h;
        if (r != null) {
            int d = 5;
            for (SearchHit hit : r.hits()) {
                if (y + h > bottom || d > 7) {
                    break;
                }
                String mark = hit.inForce() ? "" : k.t("results.repealed_mark");
                String title = mark + Text.inert(hit.disclosure().title());
                p.button(0, y, p.cols, h, Page.Spec.of(String.valueOf(d++), title, () -> open(hit, r)));
                y += h;
            }
            if (r.nothingFound()) {
                p.paragraph(y, Math.max(0, bottom - y), k.t("search.nothing"), TextBlock.Style.BOLD);
            }
        }
        p.row(bottom, h, List.of(
                Page.Spec.of("8", k.t("common.delete"), this::delete),
                Page.Spec.of("9", k.t("search.all"), () -> results(query().toString())),
                Page.Spec.of("0", k.t("common.home"), k::home)));
    }

    /** Up to as many candidate words as there are hot-word keys (four when none are set). */
    List<String> suggestions(String q) {
        int keys = Math.max(MAX_SUGGESTIONS, k.config.hotWords().size());
        return k.backend.suggest(q, k.config.hotWords(), Math.min(keys, MAX_SUGGESTIONS));
    }

    private void letter(char c) {
        if (query().length() < MAX_QUERY) {
            query().append(Character.toLowerCase(c));
        }
        k.redraw();
    }

    private void delete() {
        if (query().length() > 0) {
            query().setLength(query().length() - 1);
        }
        k.redraw();
    }

    private void results(String q) {
        String clean = Text.query(q, MAX_QUERY);
        if (clean.isBlank()) {
            k.say(k.t("search.empty"));
            return;
        }
        ResultsScreen next = ResultsScreen.search(k, clean);
        SearchResult first = k.backend.search(SearchRequest.of(clean).page(0, 10));
        logOnce(clean, first);
        k.show(next);
    }

    private void open(SearchHit hit, SearchResult r) {
        String q = Text.query(query().toString(), MAX_QUERY);
        logOnce(q, r);
        cn.gongkai.inquiries.InquiryJournal.Ref inquiry = k.logView(q, List.of(hit.disclosure().id()), null);
        k.show(new DocumentScreen(k, hit.disclosure(), inquiry, this));
    }

    /** One log line per query, however it was reached (list or a result opened from here). */
    private void logOnce(String q, SearchResult r) {
        if (!q.equals(k.session().lastLoggedQuery)) {
            k.session().lastLoggedQuery = q;
            k.logInquiry(q, r.hits().stream().map(h -> h.disclosure().id()).toList(), null);
        }
    }

    @Override
    public boolean onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Backspace) {
            delete();
            return true;
        }
        if (key.getKeyType() == KeyType.Enter) {
            results(query().toString());
            return true;
        }
        if (key.getKeyType() == KeyType.Character) {
            char c = key.getCharacter();
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Text.isCjk(c)) {
                if (query().length() < MAX_QUERY) {
                    query().append(Character.toLowerCase(c));
                }
                k.redraw();
                return true;
            }
        }
        return false;
    }

    @Override
    public String hint() {
        return k.t("search.hint");
    }
}
