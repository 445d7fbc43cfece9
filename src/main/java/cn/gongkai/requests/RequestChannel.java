package cn.gongkai.requests;

/** How a formal request was handed in (Art. 29), which decides its receipt date (Art. 31). */
public enum RequestChannel {
    IN_PERSON("当面"),
    MAIL("信函"),
    ONLINE("网络"),
    SMS("短信"),
    KIOSK("自助终端"),
    PHONE("电话口头");

    public final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    /**
     * Art. 31(3): a request sent online (SMS and kiosk likewise) counts from the day the body
     * confirms it, so its receipt date waits for staff; in person or by post it is known at once.
     */
    public boolean needsConfirmation() {
        return this == ONLINE || this == SMS || this == KIOSK;
    }

    public static RequestChannel parse(String code) {
        return Codes.parse(RequestChannel.class, code, "受理渠道");
    }
}
