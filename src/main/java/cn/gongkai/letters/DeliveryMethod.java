package cn.gongkai.letters;

import cn.gongkai.config.UserException;

/** How a letter reached its addressee; a posted letter needs its tracking number. */
public enum DeliveryMethod {
    IN_PERSON("当面送达"),
    MAIL("邮寄"),
    SMS("短信"),
    EMAIL("电子邮件");

    public final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public static DeliveryMethod parse(String s) {
        for (DeliveryMethod m : values()) {
            if (m.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return m;
            }
        }
        throw new UserException("送达方式只能是 IN_PERSON（当面）、MAIL（邮寄）、SMS（短信）或 EMAIL（电子邮件），不是 " + s);
    }
}
