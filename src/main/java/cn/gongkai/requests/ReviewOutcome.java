package cn.gongkai.requests;

/** The outcome columns of section 四: 结果维持, 结果纠正, 其他结果, 尚未审结. */
public enum ReviewOutcome {
    UPHELD,
    CORRECTED,
    OTHER,
    PENDING;

    public static ReviewOutcome parse(String code) {
        return Codes.parse(ReviewOutcome.class, code, "复议诉讼结果");
    }
}
