package cn.gongkai.requests;

/** How the applicant wants the answer delivered (Art. 29); a posted answer needs an address. */
public enum DeliveryWanted {
    IN_PERSON("当面领取"),
    MAIL("邮寄"),
    SMS("短信"),
    EMAIL("电子邮件");

    public final String label;

    DeliveryWanted(String label) {
        this.label = label;
    }

    public static DeliveryWanted parse(String code) {
        return Codes.parse(DeliveryWanted.class, code, "送达方式");
    }
}
