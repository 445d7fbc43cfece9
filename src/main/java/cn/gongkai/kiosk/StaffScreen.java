package cn.gongkai.kiosk;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.slf4j.LoggerFactory;

/** After the staff key sequence: the PIN from kiosk.yaml, or back home. */
final class StaffScreen implements KioskScreen {
    private final Kiosk k;
    private final StringBuilder pin = new StringBuilder();

    StaffScreen(Kiosk k) {
        this.k = k;
    }

    /*
     *  工作人员退出                                                           <- emphasis
     *  请输入密码：* * * _ _ _
     *  (number pad: 1-9, * 删除, 0, # 确定)
     *  Esc 返回首页
     */
    @Override
    public void build(Page p) {
        p.line(0, k.t("staff.title"), TextBlock.Style.EMPHASIS);
        p.line(1, k.t("staff.prompt", "pin", "* ".repeat(pin.length()).strip()), TextBlock.Style.BOLD);
        int h = p.buttonHeight();
        int y = Keypad.place(p, 2, h, d -> {
            pin.append(d);
            k.redraw();
        }, () -> {
            pin.setLength(Math.max(0, pin.length() - 1));
            k.redraw();
        }, k.t("staff.ok"), this::check);
        if (y + h <= p.rows - 1) {
            p.row(y, h, List.of(Page.Spec.of("Esc", k.t("common.home"), k::home)));
        }
    }

    private void check() {
        if (pin.toString().equals(k.config.pin())) {
            LoggerFactory.getLogger(StaffScreen.class).info("kiosk: staff left kiosk mode");
            k.exit();
        } else {
            LoggerFactory.getLogger(StaffScreen.class).warn("kiosk: wrong staff PIN");
            k.reset();
            k.say(k.t("staff.wrong"));
        }
    }

    @Override
    public boolean onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            check();
            return true;
        }
        return false;
    }

    @Override
    public String hint() {
        return k.t("staff.hint");
    }
}
