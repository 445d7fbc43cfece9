package cn.gongkai.requests;

/** A challenge to how a request was handled: the three groups of section 四. */
public enum ReviewKind {
    /** 行政复议 */
    REVIEW,
    /** 行政诉讼 · 未经复议直接起诉 */
    SUIT_DIRECT,
    /** 行政诉讼 · 复议后起诉 */
    SUIT_AFTER_REVIEW;

    public static ReviewKind parse(String code) {
        return Codes.parse(ReviewKind.class, code, "复议诉讼类型");
    }
}
