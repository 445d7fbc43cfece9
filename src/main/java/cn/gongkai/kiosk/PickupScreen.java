package cn.gongkai.kiosk;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/** 取件码: the six digits an SMS reply gave open that document here in large print. */
final class PickupScreen implements KioskScreen {
    static final int LENGTH = 6;
    private final Kiosk k;
    private final StringBuilder code = new StringBuilder();

    PickupScreen(Kiosk k) {
        this.k = k;
    }

    /*
     *  取件码                                                                 <- emphasis
     *  请输入短信里的 6 位数字：
     *  已输入：1 2 3 _ _ _                                                    <- emphasis
     * ┌─────────────────────────┐┌─────────────────────────┐┌─────────────────────────┐
     * │           1             ││           2             ││           3             │
     * └─────────────────────────┘└─────────────────────────┘└─────────────────────────┘
     *              4                          5                          6
     *              7                          8                          9
     *           * 删除                        0                       # 打开
     *  输错了按 * 删除；按 Esc 回首页。                                        <- hint
     */
    @Override
    public void build(Page p) {
        p.line(0, k.t("pickup.title"), TextBlock.Style.EMPHASIS);
        p.line(1, k.t("pickup.prompt", "length", LENGTH), TextBlock.Style.BOLD);
        p.line(2, k.t("pickup.entered", "digits", Keypad.spaced(code, LENGTH)), TextBlock.Style.EMPHASIS);
        int h = p.buttonHeight();
        int y = Keypad.place(p, 3, h, this::digit, this::delete, k.t("pickup.open"), this::open);
        if (y + h <= p.rows - 1) {
            p.row(y, h, List.of(Page.Spec.of("Esc", k.t("common.home"), k::home)));
        }
    }

    private void digit(String d) {
        if (code.length() < LENGTH) {
            code.append(d);
        }
        if (code.length() == LENGTH) {
            open();
        } else {
            k.redraw();
        }
    }

    private void delete() {
        if (code.length() > 0) {
            code.setLength(code.length() - 1);
        }
        k.redraw();
    }

    private void open() {
        if (code.length() < LENGTH) {
            k.say(k.t("pickup.too_short", "length", LENGTH));
            return;
        }
        String entered = code.toString();
        code.setLength(0);
        var id = k.backend.pickup(entered);
        if (id.isEmpty()) {
            // Codes live in the server's record: offline, say why rather than "wrong code".
            k.say(k.backend.offline() ? k.t("remote.pickup_offline", "hall_phone", k.hallPhone()) : k.t("pickup.unknown"));
            return;
        }
        cn.gongkai.inquiries.InquiryJournal.Ref inquiry = k.logView(k.t("home.pickup"), List.of(id.get().id()), null);
        k.show(new DocumentScreen(k, id.get(), inquiry, this));
    }

    @Override
    public boolean onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Backspace) {
            delete();
            return true;
        }
        if (key.getKeyType() == KeyType.Enter) {
            open();
            return true;
        }
        return false;
    }

    @Override
    public String hint() {
        return k.t("pickup.hint");
    }
}
