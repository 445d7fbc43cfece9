package cn.gongkai.kiosk;

import java.util.ArrayList;
import java.util.List;

/** The first screen: the hall's name and one big button for each way in. */
final class HomeScreen implements KioskScreen {
    private final Kiosk k;

    HomeScreen(Kiosk k) {
        this.k = k;
    }

    /*
     *  青禾区便民服务大厅 · 政务公开专区                      <- hall name, emphasis
     *  想了解政府的哪方面消息？用手指点一下，或按按钮上的数字。
     * ┌──────────────────────────────────────┐┌──────────────────────────────────────┐
     * │            1 救助与保障              ││            2 农业与村容              │
     * └──────────────────────────────────────┘└──────────────────────────────────────┘
     *   3 安全与应急        4 村务与政务        (menu from kiosk.yaml, up to 5)
     *   5 上学与交通        6 搜索
     *   7 最新公开          8 我要申请
     *   9 取件码            0 帮助 / 呼叫工作人员
     *  (hint line)
     */
    @Override
    public void build(Page p) {
        p.line(0, k.config.hallName(), TextBlock.Style.EMPHASIS);
        p.line(1, k.t("home.welcome"), TextBlock.Style.BOLD);
        List<Page.Spec> specs = new ArrayList<>();
        int digit = 1;
        for (KioskConfig.MenuItem item : k.config.menu()) {
            specs.add(Page.Spec.of(String.valueOf(digit++), item.label(), () -> k.show(ResultsScreen.category(k, item))));
        }
        specs.add(Page.Spec.of(String.valueOf(digit++), k.t("home.search"), () -> k.show(new SearchScreen(k))));
        specs.add(Page.Spec.of(String.valueOf(digit++), k.t("home.latest"), () -> k.show(ResultsScreen.latest(k))));
        specs.add(Page.Spec.of(String.valueOf(digit++), k.t("home.request"), () -> k.show(new RequestScreen(k))));
        specs.add(Page.Spec.of(String.valueOf(digit), k.t("home.pickup"), () -> k.show(new PickupScreen(k))));
        if (!k.backend.bodies().single()) {
            // A platform of several bodies: 按部门/乡镇找 (B), after the digits the menu already uses.
            specs.add(Page.Spec.of(digit < 9 ? String.valueOf(digit + 1) : "B", k.t("bodies.menu"),
                    () -> k.show(new BodiesScreen(k))));
        }
        specs.add(Page.Spec.of("0", k.t("home.help"), () -> k.show(new HelpScreen(k))));
        int h = p.buttonHeight();
        int perRow = 2;
        int needed = ((specs.size() + perRow - 1) / perRow) * h;
        int top = Math.max(3, Math.min(3 + (p.rows - 4 - needed) / 2, p.rows - 1 - needed));
        p.grid(top, h, perRow, specs);
    }

    @Override
    public String hint() {
        return k.t("home.hint");
    }
}
