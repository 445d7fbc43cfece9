package cn.gongkai.kiosk;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How to use the kiosk, and a button that calls the staff. */
final class HelpScreen implements KioskScreen {
    private static final Logger log = LoggerFactory.getLogger(HelpScreen.class);
    private final Kiosk k;

    HelpScreen(Kiosk k) {
        this.k = k;
    }

    /*
     *  帮助                                                                  <- emphasis
     *  用手指点按钮就行，点一下就够了。每个按钮上都有一个数字……   (wrapped paragraph)
     *  ……
     * ┌────────────────────────────┐┌────────────────────────────┐
     * │      1 呼叫工作人员        ││       0 返回首页           │
     * └────────────────────────────┘└────────────────────────────┘
     *  (hint line)
     */
    @Override
    public void build(Page p) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        p.line(0, k.t("help.title"), TextBlock.Style.EMPHASIS);
        p.paragraph(2, bottom - 3, k.t("help.text"), TextBlock.Style.PLAIN);
        p.row(bottom, h, List.of(
                Page.Spec.of("1", k.t("help.call"), this::call),
                Page.Spec.of("0", k.t("common.home"), k::home)));
    }

    /**
     * Puts the call on the console's 今日 page (through the database) and rings the terminal's
     * bell; one call per person, pressing again only repeats that it was made.
     */
    private void call() {
        Session s = k.session();
        if (s.callId == null) {
            try {
                s.callId = k.backend.callStaff();
                s.callSeen = cn.gongkai.hall.StaffCalls.Outcome.WAITING;
                s.callAt = k.now();
            } catch (RuntimeException e) {
                log.error("kiosk: staff call not recorded: {}", e.getClass().getName());
                k.say(k.t("help.call_failed", "hall_phone", k.hallPhone()));
                return;
            }
            log.info("kiosk: a resident asked for staff at the kiosk (call {})", s.callId);
            // The hall's PC speaker or the terminal's bell is the only sound a kiosk has by itself.
            try {
                if (k.gui().getScreen() instanceof com.googlecode.lanterna.screen.TerminalScreen ts) {
                    ts.getTerminal().bell();
                }
            } catch (java.io.IOException | RuntimeException e) {
                log.debug("kiosk: no bell: {}", e.getClass().getName());
            }
        }
        if (s.callId == Backend.QUEUED_CALL) {
            // The console sees it only when the network is back: the person should not wait for that.
            k.say(k.t("remote.call_queued", "time", k.timeOfDay(s.callAt), "hall_phone", k.hallPhone()));
        } else {
            k.say(k.t("help.called", "time", k.timeOfDay(s.callAt)));
        }
    }

    /** Someone waiting for staff may stand still for minutes: wait as long as for reading. */
    @Override
    public boolean reading() {
        return k.session().callId != null;
    }

    @Override
    public String hint() {
        return k.t("common.hint");
    }
}
